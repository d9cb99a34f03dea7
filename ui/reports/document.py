"""What every Bagdar report shares: an A4 page, the bundled font, charts as images, a footer
with page numbers, and the two ways out — a PDF file or the school's printer.

Reports are ``QTextDocument``s built from simple HTML, because Qt lays out text, tables and
page breaks itself and the same document goes to ``QPdfWriter`` and to ``QPrinter``. The
document's default font is DejaVu Sans (``ui.fonts``): a school PC may have no font with the
Kazakh letters, and the PDF embeds the font it used, so the file reads the same anywhere.

Pages are painted here rather than with ``QTextDocument.print``, so that every page gets a
footer (the school, whose report it is, "page 2 of 3"): a sheet that falls out of a pile still
says where it belongs. Painting works on a clone laid out for the device, so the caller's
document is never changed and can be printed or saved again.

Charts are matplotlib ``Figure``s drawn with the Agg canvas into PNG (imported on first use, so
opening the counsellor's room does not wait for matplotlib) and added as image resources.
"""

from __future__ import annotations

import html
import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from ui.badges import KIND_COLOURS
from ui.fonts import APP_FONT_FAMILY, register_fonts

A4_WIDTH_MM = 210.0
RESOLUTION = 300  # dots per inch of the PDF: sharp charts and text when printed
MARGINS_MM = QMarginsF(15, 14, 15, 12)
CHART_DPI = 200
BODY_POINTS = 10.0
FOOTER_POINTS = 7.5
FOOTER_PROPERTY = "bagdar_footer"  # the footer's text, "{page}" and "{pages}" filled per page
MM_PER_INCH = 25.4
CSS_DPI = 96  # image widths in the HTML are CSS pixels; Qt scales them to the device

STYLE_SHEET = """
body { color: #222222; }
h1 { font-size: 16pt; font-weight: bold; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 12.5pt; font-weight: bold; color: #0b4f7c; margin-top: 12px;
     margin-bottom: 4px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
.muted { color: #555555; }
.small { font-size: 8.5pt; }
th { background-color: #e8eef3; font-weight: bold; text-align: left; }
"""

_fonts_ready = False


def ensure_fonts() -> None:
    """Register the bundled font once (a QGuiApplication must exist)."""
    global _fonts_ready
    if not _fonts_ready:
        register_fonts()
        _fonts_ready = True


def new_document(title: str, footer: str = "") -> QTextDocument:
    """An empty report: DejaVu Sans, the report style sheet, ``title`` as the PDF's title.
    ``footer`` may hold "{page}" and "{pages}"; it is printed at the foot of every page."""
    ensure_fonts()
    doc = QTextDocument()
    font = QFont(APP_FONT_FAMILY)
    font.setPointSizeF(BODY_POINTS)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE_SHEET)
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setProperty(FOOTER_PROPERTY, footer)
    return doc


def mm_to_css(mm: float) -> int:
    return round(mm / MM_PER_INCH * CSS_DPI)


def body_width_mm() -> float:
    return A4_WIDTH_MM - MARGINS_MM.left() - MARGINS_MM.right()



def figure_png(fig, dpi: int = CHART_DPI) -> bytes:
    """The figure as PNG bytes, drawn by Agg in the Bagdar chart style (no GUI backend)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from guidance.charts.style import SAVE_METADATA, styled

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    with styled():
        fig.savefig(buffer, format="png", dpi=dpi, metadata=SAVE_METADATA["png"])
    return buffer.getvalue()


def add_figure(doc: QTextDocument, fig, name: str, width_mm: float | None = None) -> str:
    """Add ``fig`` to ``doc`` as the image resource ``bagdar-chart:<name>``; returns the
    ``<img>`` HTML that shows it ``width_mm`` wide (the whole text width by default)."""
    image = QImage.fromData(figure_png(fig), "PNG")
    url = f"bagdar-chart:{name}"
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    width = width_mm or body_width_mm()
    height = width * image.height() / max(image.width(), 1)
    return f'<img src="{url}" width="{mm_to_css(width)}" height="{mm_to_css(height)}">'


def badge(kind: str | None, label: str) -> str:
    """A source-status badge: the kind's colour with its label written out (print may be
    black and white, so the word carries the meaning, the colour only helps)."""
    if not kind:
        return ""
    colour = KIND_COLOURS.get(kind, "#555555")
    return (f'<span style="color:white; background-color:{colour}; font-size:7.5pt;">'
            f"&nbsp;{html.escape(label)}&nbsp;</span>")


def date_text(day: date) -> str:
    """dd.mm.yyyy, as dates are written in Kazakhstan in every language of the app."""
    return day.strftime("%d.%m.%Y")


def header_html(title: str, school: str, right: str = "") -> str:
    """The report's heading: the title on the left, the school and ``right`` (the date)
    on the right."""
    e = html.escape
    side = "<br>".join(e(part) for part in (school, right) if part)
    return (f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="bottom"><h1>{e(title)}</h1></td>'
            f'<td align="right" valign="bottom" class="muted">{side}</td></tr></table>'
            '<hr style="color:#0b4f7c;">')


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       MARGINS_MM, QPageLayout.Unit.Millimeter)


def paint_document(doc: QTextDocument, device: QPagedPaintDevice, first: int = 1,
                   last: int = 0) -> int:
    """Lay a clone of ``doc`` out on ``device``'s pages and paint pages ``first``–``last``
    (1-based, 0 = to the end) with the footer; returns the document's number of pages."""
    ensure_fonts()
    laid = doc.clone()
    laid.documentLayout().setPaintDevice(device)
    dpi = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(dpi)
    footer_font = QFont(APP_FONT_FAMILY)
    footer_font.setPointSizeF(FOOTER_POINTS)
    footer_height = FOOTER_POINTS / 72 * dpi * 2.4
    body = QSizeF(page.width(), page.height() - footer_height)
    laid.setPageSize(body)
    pages = laid.pageCount()
    footer = str(doc.property(FOOTER_PROPERTY) or "")
    painter = QPainter(device)
    try:
        chosen = range(max(first, 1) - 1, min(last or pages, pages))
        for index in chosen:
            if index != chosen.start:
                device.newPage()
            clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.save()
            painter.translate(0, -clip.top())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            laid.documentLayout().draw(painter, context)
            painter.restore()
            if footer:
                painter.setFont(footer_font)
                painter.setPen(QColor("#666666"))
                text = footer.replace("{page}", str(index + 1)).replace("{pages}", str(pages))
                painter.drawText(QRectF(0, body.height(), body.width(), footer_height),
                                 Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                                 text)
    finally:
        painter.end()
    return pages


def write_pdf(doc: QTextDocument, path: Path | str) -> int:
    """Write ``doc`` as an A4 PDF at 300 dpi; returns the number of pages."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Bagdar")
    return paint_document(doc, writer)


def print_document(doc: QTextDocument, parent: QWidget | None = None) -> bool:
    """The "Print" button: the system's print dialog, then the pages with their footers.
    Returns False when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_document(doc, printer, printer.fromPage(), printer.toPage())
    return True
