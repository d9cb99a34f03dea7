"""What build.spec leaves out of both bundles (Linux and Windows): files PyInstaller collects that
Bagdar never loads, named as they are on each system (``libqgif.so`` / ``qgif.dll``).

Kept on purpose: Qt's ``xcb``, ``windows`` and ``offscreen`` platforms (the desktop and the CI
self-test), the Windows 11 style, QtSvg and the SVG plugins (matplotlib's Qt backend imports
QtSvg), JPEG (Qt's PDF writer may compress report images with it), the app's own translation
catalogues in ``resources/i18n`` (including ``qtbase_ru`` and the ``qtbase_kk`` we ship, since
Qt has no Kazakh one).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

UNUSED_QT = (
    # Linux: Wayland/EGL/VNC back-ends, the GTK theme, extra image formats
    "wayland", "egldeviceintegrations", "libqeglfs", "libqlinuxfb", "libqvnc",
    "libqvkkhrdisplay", "libqminimalegl", "libqgtk3", "libqxdgdesktopportal",
    "libQt6EglFS", "libQt6WlShell", "libQt6WaylandClient", "libqtuiotouchplugin",
    "libqgif", "libqicns", "libqtga", "libqtiff", "libqwbmp", "libqwebp",
    "xcbglintegrations", "libQt6EglFsKms",
    # needed only by the plugins above and by the QtNetwork/QtOpenGL modules left out
    "libQt6Network", "libQt6OpenGL",
    # GTK's stack, pulled in only by the GTK theme plugin left out above
    "libatk-1.0", "libcairo", "libpango", "libgdk_pixbuf", "libpixman", "libthai", "libdatrie",
    # Windows: the software OpenGL renderer (21 MB; Bagdar draws no OpenGL), the Direct2D
    # platform (qwindows is the one used), touch-screen input via TUIO, extra image formats,
    # and the network and OpenGL libraries of the modules left out
    "opengl32sw.dll", "qdirect2d.dll", "qtuiotouchplugin.dll", "qgif.dll", "qicns.dll",
    "qtga.dll", "qtiff.dll", "qwbmp.dll", "qwebp.dll", "Qt6Network.dll", "Qt6OpenGL.dll",
    # rapidfuzz's AVX2 builds: it falls back to its generic build (typo matching in search
    # only, well under a millisecond either way), which also runs on PCs without AVX2
    "_avx2.",
)

# Linux: base-system libraries PyInstaller copies from the build machine (23 MB) although every
# Debian/Ubuntu PC that can run the bundle has them: what apt itself needs (libstdc++, GnuTLS,
# systemd, compression), glib, X11, fontconfig, freetype, D-Bus and xkbcommon (the README's apt
# line, checked by `make check-system`), and harfbuzz/fribidi/readline, which nothing loads.
# The system's own copies also match its graphics drivers. Kept: libpython, OpenSSL's libcrypto
# (hashlib's scrypt), SQLite (the records' format), libffi, CUPS and Kerberos (printing), and
# the xcb helper libraries Qt's xcb platform needs.
LINUX_SYSTEM_LIBS = re.compile(r"^lib(" + "|".join(re.escape(name) for name in (
    "stdc++", "gcc_s", "glib-2.0", "gio-2.0", "gobject-2.0", "gmodule-2.0", "gthread-2.0",
    "mount", "blkid", "selinux", "pcre2-8", "z", "bz2", "lzma", "zstd", "lz4", "systemd",
    "gcrypt", "gpg-error", "cap", "gnutls", "p11-kit", "nettle", "hogweed", "gmp", "idn2",
    "unistring", "tasn1", "X11", "xcb", "Xau", "Xdmcp", "bsd", "md", "fontconfig", "freetype",
    "png16", "expat", "brotlicommon", "brotlidec", "dbus-1", "xkbcommon", "harfbuzz",
    "graphite2", "fribidi", "readline", "tinfo", "uuid")) + r")\.so(\.\d+)*$")

# Qt's own catalogues for ~40 languages (6.6 MB): the app loads qtbase_<lang> from
# resources/i18n first, where build.spec puts the Russian one and our Kazakh one.
QT_TRANSLATIONS = ("PySide6/Qt/translations/", "PySide6/translations/")

# matplotlib's own fonts: charts use DejaVu Sans (the style says so, and formulas are off), so
# the serif, mono, STIX and Computer Modern families, the PostScript metrics and the sample
# data stay out (7 MB). LastResort stays: matplotlib falls back to it for a missing glyph.
MPL_FONTS = "matplotlib/mpl-data/fonts/"
MPL_FONTS_KEPT = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                  "DejaVuSans-BoldOblique.ttf", "LastResortHE-Regular.ttf")

# Python modules never imported by the app (besides Qt modules): tests, the Tk bridge, Pillow's
# AVIF/WebP codecs (5 MB; matplotlib only writes PNG) and colour management, TLS (Bagdar never
# goes online; the standard library copes without ssl).
EXCLUDED_MODULES = [
    "tkinter", "pydoc", "pytest", "hypothesis", "_pytest", "IPython",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtSvgWidgets",
    "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PIL._avif", "PIL._webp", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageCms", "PIL._imagingcms",
    "ssl", "_ssl", "readline",
    # Chinese, Japanese and Korean text codecs (1 MB on Linux): Bagdar reads UTF-8 and cp1251
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
]


def wanted(destination: str) -> bool:
    """Does a collected file (its path inside the bundle, either slash) belong in the bundle?"""
    name = destination.replace("\\", "/")
    if "/" not in name and LINUX_SYSTEM_LIBS.match(name):
        return False
    if any(folder in name for folder in QT_TRANSLATIONS):
        return False
    if MPL_FONTS in name:
        return PurePosixPath(name).name in MPL_FONTS_KEPT
    if "matplotlib/mpl-data/sample_data/" in name:
        return False
    return not any(part in name for part in UNUSED_QT)
