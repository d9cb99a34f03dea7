# Wine settings shared by the Windows build and its checks (sourced, not run).
# Test environment only: nothing here ends up in the bundle.
#  - an own 64-bit prefix in the build cache; no Mono/Gecko prompts; no debugger that would
#    wait forever on a crash;
#  - wine hides QT_* variables from Windows programs, so Qt's platform goes as WINEQT_*;
#  - Windows Python under wine dies ("init_sys_streams ... WinError 6") when a standard handle
#    is a regular file: every call reads /dev/null and writes through a pipe.
export WINEPREFIX="${WINEPREFIX:-${CACHE:?}/prefix}"
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d"
export WINEQT_QPA_PLATFORM=offscreen

# Run a Windows program; its exit code is the function's (pipefail is on in the callers).
wine_run() { wine "$@" </dev/null 2>&1 | cat; }

# A Linux path as wine's Z: drive sees it.
winpath() { local path; path="$(realpath -m "$1")"; echo "Z:${path//\//\\}"; }
