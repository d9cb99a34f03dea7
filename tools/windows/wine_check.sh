#!/usr/bin/env bash
# Prove the Windows build under wine, as a school's IT person would use it:
#   1. the bundle's --self-test (a scripted student, every chart, a PDF report; exit code 0);
#   2. a silent install (/S) for all users into Program Files: files, both Start-menu
#      shortcuts, the "Apps & features" entry with the package's version;
#   3. the installed copy's --self-test;
#   4. a silent uninstall: the program, shortcuts and entry are gone, the school's records stay.
# Any failure stops the script with a message. Every wine call runs under `timeout`: a Windows
# error dialog would otherwise wait for a click forever.
# Qt's own Windows platform plugin does not run under wine 8.0, so the app runs offscreen here;
# the README's manual check list covers what wine cannot (windows, printing, display scaling).
#
# Usage: tools/windows/wine_check.sh   (after tools/windows/build.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${BAGDAR_WINDOWS_CACHE:-$ROOT/build/windows-cache}"
DIST="$ROOT/dist/windows"
LIMIT="${BAGDAR_WINE_TIMEOUT:-600}"
# shellcheck source=tools/windows/wine_env.sh
source "$ROOT/tools/windows/wine_env.sh"

VERSION="$("$ROOT/.venv/bin/python" -c "import sys; sys.path.insert(0, '$ROOT'); import guidance; print(guidance.__version__)")"
SETUP="$DIST/bagdar-setup-$VERSION.exe"
UNINSTALL_KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Bagdar'

say() { echo "windows-check: $*"; }
die() { echo "windows-check: FAILED: $*" >&2; exit 1; }

# Run a Windows program under a time limit; prints its output, returns its exit code.
timed() { timeout "$LIMIT" wine "$@" </dev/null 2>&1 | cat; }

settle() { timeout 120 wineserver -w || die "wine processes still running after 120 s"; }

unix_of() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }

self_test() {
  local exe="$1" what="$2" rc=0
  timed "$exe" --self-test || rc=$?
  [ "$rc" = 0 ] || die "$what: --self-test exit code $rc (124 = timed out after $LIMIT s)"
  say "$what: self-test OK"
}

[ -f "$DIST/bagdar/bagdar.exe" ] || die "no $DIST/bagdar/bagdar.exe: run make windows first"
[ -f "$SETUP" ] || die "no $SETUP: run make windows first"

self_test "$(winpath "$DIST/bagdar/bagdar.exe")" "bundle"

PROGRAMS="$(unix_of 'C:\Program Files\Bagdar')"
START_MENU="$(unix_of 'C:\ProgramData\Microsoft\Windows\Start Menu\Programs')"
APPDATA_DIR="$(unix_of "$(wine cmd /c 'echo %APPDATA%' </dev/null 2>/dev/null | tr -d '\r')")"
[ -n "$PROGRAMS" ] && [ -n "$APPDATA_DIR" ] || die "cannot map the wine prefix's folders"

rc=0
timed "$(winpath "$SETUP")" /S || rc=$?
settle
[ "$rc" = 0 ] || die "silent install: exit code $rc"
[ -f "$PROGRAMS/bagdar.exe" ] || die "not installed into $PROGRAMS"
[ -f "$PROGRAMS/uninstall.exe" ] || die "no uninstaller in $PROGRAMS"
[ -f "$START_MENU/Bagdar.lnk" ] || die "no Start-menu shortcut 'Bagdar'"
[ -f "$START_MENU/Bagdar (kiosk).lnk" ] || die "no Start-menu shortcut 'Bagdar (kiosk)'"
LC_ALL=C grep -qaP -- '-\x00-\x00k\x00i\x00o\x00s\x00k' "$START_MENU/Bagdar (kiosk).lnk" \
  || die "the kiosk shortcut lacks --kiosk"  # .lnk arguments are UTF-16
entry="$(timed reg query "$UNINSTALL_KEY" || true)"
grep -q "DisplayVersion.*REG_SZ.*$VERSION" <<<"$entry" || die "no uninstall entry with version $VERSION"
grep -q 'QuietUninstallString.*/S' <<<"$entry" || die "no quiet uninstall command in the entry"
say "silent install OK ($(du -s --apparent-size -BM "$PROGRAMS" | cut -f1) in C:\\Program Files\\Bagdar)"

self_test 'C:\Program Files\Bagdar\bagdar.exe' "installed copy"

# A stand-in for the school's records: the uninstaller must leave them where they are.
mkdir -p "$APPDATA_DIR/Bagdar/Bagdar"
echo "records kept by the uninstaller" >"$APPDATA_DIR/Bagdar/Bagdar/uninstall-check.txt"

rc=0
timed 'C:\Program Files\Bagdar\uninstall.exe' /S || rc=$?
settle  # the uninstaller runs from a temporary copy: wait until it has finished
[ "$rc" = 0 ] || die "silent uninstall: exit code $rc"
[ ! -e "$PROGRAMS" ] || die "the uninstaller left $PROGRAMS: $(ls "$PROGRAMS")"
[ ! -e "$START_MENU/Bagdar.lnk" ] && [ ! -e "$START_MENU/Bagdar (kiosk).lnk" ] \
  || die "the uninstaller left a Start-menu shortcut"
if timed reg query "$UNINSTALL_KEY" >/dev/null; then die "the uninstall entry is still there"; fi
[ -f "$APPDATA_DIR/Bagdar/Bagdar/uninstall-check.txt" ] || die "the uninstaller removed the records"
rm -rf "$APPDATA_DIR/Bagdar"
say "silent uninstall OK (program, shortcuts and entry gone; records kept)"
