#!/usr/bin/env bash
# Before `make run`/`make test`/`make bundle` start: are the system packages there that a pip
# install cannot bring? Prints the exact apt line for whatever is missing (Debian/Ubuntu names)
# and fails for what the app needs; what only some tests need is reported, and those tests skip.
#
# Usage: tools/check_system.sh [run|test|bundle|windows]    (PYTHON=python3 by default)
# BAGDAR_SKIP_SYSTEM_CHECK=1 skips it (another distribution, or libraries in unusual places).
set -uo pipefail

[ "${BAGDAR_SKIP_SYSTEM_CHECK:-0}" = 1 ] && exit 0
PYTHON="${PYTHON:-python3}"
need=()      # packages without which the app (or the asked-for target) cannot work
optional=()  # packages only some tests use (they skip without them)

add() { local -n list="$1"; local p; for p in "${@:2}"; do
  [[ " ${list[*]} " == *" $p "* ]] || list+=("$p"); done; }

# Python 3.11+ with venv (Debian splits ensurepip into python3-venv).
if ! command -v "$PYTHON" >/dev/null; then
  add need python3 python3-venv
elif ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "check-system: $PYTHON is $("$PYTHON" -V 2>&1); Bagdar needs Python 3.11 or newer" \
       "(set PYTHON=python3.11 or newer)" >&2
  exit 1
elif ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  add need python3-venv
fi

# The shared libraries PySide6's wheels load, by Debian package: Qt itself (enough for the
# tests, which run offscreen), and for a window on a desktop Qt's xcb platform as well.
LIBS="libEGL.so.1:libegl1 libGL.so.1:libgl1 libglib-2.0.so.0:libglib2.0-0
libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 libdbus-1.so.3:libdbus-1-3
libxkbcommon.so.0:libxkbcommon0"
[ "${1:-}" = run ] && LIBS="$LIBS libxkbcommon-x11.so.0:libxkbcommon-x11-0
libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4
libxcb-keysyms.so.1:libxcb-keysyms1"
LDCONFIG="$(command -v ldconfig || echo /sbin/ldconfig)"
if known="$("$LDCONFIG" -p 2>/dev/null)"; then
  for pair in $LIBS; do
    grep -q "${pair%%:*} " <<<"$known" || add need "${pair#*:}"
  done
fi

[ "${1:-}" = test ] && ! command -v pdftotext >/dev/null && add optional poppler-utils
case "${1:-}" in
  bundle) command -v objdump >/dev/null || add need binutils ;;
  windows) for pair in wine:wine osslsigncode:osslsigncode unzip:unzip \
                       x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64-win32 makensis:nsis; do
             command -v "${pair%%:*}" >/dev/null || add need "${pair#*:}"
           done
           [ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null || add need wine64 ;;
esac

if [ ${#optional[@]} -gt 0 ]; then
  echo "check-system: the PDF tests will be skipped; to run them:"
  echo "  sudo apt-get install ${optional[*]}"
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "check-system: missing system packages; install them with:" >&2
  echo "  sudo apt-get install --no-install-recommends ${need[*]}" >&2
  exit 1
fi
exit 0
