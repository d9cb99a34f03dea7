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

Charts are matplotlib ``Figure``s drawn with the Agg canvas into images (imported on first use, so
opening the counsellor's room does not wait for matplotlib) and added as image resources.
"""

from __future__ import annotations

import html
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
    QTextCursor,
    QTextDocument,
    QTextFormat,
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
KEEP_SHARE = 0.4  # tables shorter than this share of a page are never split
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
td.line { border-bottom: 1px solid #c8c8c8; }
"""
# Tables: LIST_TABLE has only a line under each row (reports), GRID_TABLE a box round every
# cell (answer sheets). Qt draws the cell borders only with border-style set explicitly.
LIST_TABLE = '<table width="100%" cellspacing="0" cellpadding="2">'
GRID_TABLE = ('<table width="100%" cellspacing="0" cellpadding="3" border="1" '
              'style="border-collapse:collapse; border-style:solid; border-color:#777777;">')

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


def set_body(doc: QTextDocument, parts: list[str]) -> None:
    """Fill the report with its HTML parts, keeping its title (``setHtml`` clears it)."""
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    doc.setHtml("<html><body>" + "".join(parts) + "</body></html>")
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)


def mm_to_css(mm: float) -> int:
    return round(mm / MM_PER_INCH * CSS_DPI)


def body_width_mm() -> float:
    return A4_WIDTH_MM - MARGINS_MM.left() - MARGINS_MM.right()


def figure_image(fig, width_mm: float, dpi: int = CHART_DPI) -> QImage:
    """The figure drawn once by Agg straight into an image of ``dpi`` dots per inch of paper
    when printed ``width_mm`` wide, in the Bagdar chart style.

    Saving a PNG cost a class report most of its time: a 9-inch figure shown 15 cm wide was
    drawn at 200 dpi of the figure (300 on paper), ``savefig`` drew it twice (a dry run for
    the layout engine, then the picture), and the PNG was compressed only to be decoded again.
    The layout is the same: only the picture's resolution follows the paper."""
    from guidance.charts.style import styled
    from guidance.charts.text_cache import ChartCanvasAgg

    canvas = ChartCanvasAgg(fig)
    fig.set_dpi(dpi * width_mm / MM_PER_INCH / fig.get_figwidth())
    with styled():
        canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    return QImage(canvas.buffer_rgba(), width, height, QImage.Format.Format_RGBA8888).copy()


def add_figure(doc: QTextDocument, fig, name: str, width_mm: float | None = None) -> str:
    """Add ``fig`` to ``doc`` as the image resource ``bagdar-chart:<name>``; returns the HTML
    that shows it ``width_mm`` wide (the whole text width by default), centred.

    The chart's title moves out of the picture into the text, as a heading above it, and its
    footnote (the sources) as a small paragraph under it: so they are real text in the PDF
    (found by a search, read by a screen reader, never blurred), they keep the report's font
    size whatever the chart's scale, and the picture is drawn with fewer texts.
    """
    width = width_mm or body_width_mm()
    return add_picture(doc, *chart_picture(fig, width), name, width)


def chart_picture(fig, width_mm: float) -> tuple[str, QImage, str]:
    """The chart's title, its picture without the title and footnote, ``width_mm`` wide on
    paper, and the footnote."""
    from guidance.charts.layout import parts

    chart = parts(fig)
    title = fig.get_suptitle()
    if title:
        fig.suptitle("")
        chart.title_text = ""  # else the layout writes the title back at the draw
    note = chart.footnote_text
    if chart.footnote is not None:
        chart.footnote.set_text("")
        chart.footnote_text = ""
    return title, figure_image(fig, width_mm), note


def add_picture(doc: QTextDocument, title: str, image: QImage, note: str, name: str,
                width_mm: float) -> str:
    """``add_figure`` for a picture drawn before (``chart_picture``), e.g. kept in a cache."""
    url = f"bagdar-chart:{name}"
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    height = width_mm * image.height() / max(image.width(), 1)
    img = f'<img src="{url}" width="{mm_to_css(width_mm)}" height="{mm_to_css(height)}">'
    heading = f"<h3>{html.escape(title)}</h3>" if title else ""
    under = f'<p class="small muted">{html.escape(note)}</p>' if note else ""
    return f'{heading}<p align="center">{img}</p>{under}'


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


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _break_before(item) -> bool:
    """Start ``item`` (a table or a heading block) on a new page; False if it already does."""
    before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    is_frame = hasattr(item, "frameFormat")
    fmt = item.frameFormat() if is_frame else item.blockFormat()
    if fmt.pageBreakPolicy() & before:
        return False
    fmt.setPageBreakPolicy(before)
    if is_frame:
        item.setFrameFormat(fmt)
    else:
        QTextCursor(item).setBlockFormat(fmt)
    return True


def _first_line_top(layout, block) -> float:
    """Where the block's first line is drawn: an image too tall for the rest of the page
    starts its block on one page but is drawn on the next."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    return top + lines.lineAt(0).y() if lines.lineCount() else top


def _lead_in(doc: QTextDocument, frame):
    """The heading that introduces a table — just above it, or above one short paragraph
    (an introduction) — so that it moves to the next page with the table."""
    above = doc.findBlock(frame.firstPosition() - 1)
    for block in (above, above.previous()):
        if block.isValid() and block.blockFormat().headingLevel():
            return block
    return None


def _move_one(doc: QTextDocument, page_height: float) -> bool:
    """One short table (with the heading above it) or one lone heading to the next page."""
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        crosses = _page_of(rect.top(), page_height) != _page_of(rect.bottom() - 1, page_height)
        if crosses and rect.height() < page_height * KEEP_SHARE and \
                _break_before(_lead_in(doc, frame) or frame):
            return True
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            here = layout.blockBoundingRect(block).top()
            there = _first_line_top(layout, following)
            if _page_of(here, page_height) != _page_of(there, page_height) and \
                    _break_before(block):
                return True
        block = following
    return False


def keep_together(doc: QTextDocument, page_height: float, rounds: int = 30) -> None:
    """Qt cuts a table row in two at a page break when its first lines still fit, and may leave
    a heading alone at the foot of a page. Move to the next page every short top-level table
    (under ``KEEP_SHARE`` of a page) that crosses a page boundary, with the heading just above
    it, and every heading whose next paragraph starts on the next page, one at a time (each
    move shifts everything after it). Longer tables run on, their ``<thead>`` repeated on each
    page, rather than leave half a page blank; Qt moves a row whole when none of its first
    lines fits, so rows of one line are never cut — report tables keep their rows short."""
    for _ in range(rounds):
        if not _move_one(doc, page_height):
            return


def paint_document(doc: QTextDocument, device: QPagedPaintDevice, first: int = 1,
                   last: int = 0) -> int:
    """Lay a clone of ``doc`` out on ``device``'s pages and paint pages ``first``–``last``
    (1-based, 0 = to the end) with the footer; returns the document's number of pages."""
    painter = QPainter(device)
    try:
        return _paint_pages(doc, device, painter, first, last, new_page_first=False)
    finally:
        painter.end()


def paint_documents(docs: list[QTextDocument], device: QPagedPaintDevice) -> int:
    """Several reports one after another (a whole class's reports for the parents' meeting),
    each starting on a new sheet with its own footer and page numbers ("page 1 of 2" of that
    child's report), so the printed pile splits into one report per family. Returns the
    number of pages."""
    painter = QPainter(device)
    try:
        return sum(_paint_pages(doc, device, painter, 1, 0, new_page_first=index > 0)
                   for index, doc in enumerate(docs))
    finally:
        painter.end()


def _paint_pages(doc: QTextDocument, device: QPagedPaintDevice, painter: QPainter, first: int,
                 last: int, new_page_first: bool) -> int:
    ensure_fonts()
    laid = doc.clone()
    laid.documentLayout().setPaintDevice(device)
    dpi = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(dpi)
    footer_font = QFont(APP_FONT_FAMILY)
    footer_font.setPointSizeF(FOOTER_POINTS)
    footer_height = FOOTER_POINTS / 72 * dpi * 3.8  # room for two lines: a footer wraps
    body = QSizeF(page.width(), page.height() - footer_height)
    laid.setPageSize(body)
    keep_together(laid, body.height())
    pages = laid.pageCount()
    footer = str(doc.property(FOOTER_PROPERTY) or "")
    chosen = range(max(first, 1) - 1, min(last or pages, pages))
    for index in chosen:
        if index != chosen.start or new_page_first:
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
                             Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter
                             | Qt.TextFlag.TextWordWrap, text)
    return len(chosen)


def _pdf_writer(path: Path | str, title: str) -> QPdfWriter:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setTitle(title)
    writer.setCreator("Bagdar")
    return writer


def write_pdf(doc: QTextDocument, path: Path | str) -> int:
    """Write ``doc`` as an A4 PDF at 300 dpi; returns the number of pages."""
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    return paint_document(doc, _pdf_writer(path, title))


def write_batch_pdf(docs: list[QTextDocument], path: Path | str, title: str) -> int:
    """Several reports in one PDF (``paint_documents``); returns the number of pages."""
    return paint_documents(docs, _pdf_writer(path, title))


def print_document(doc: QTextDocument, parent: QWidget | None = None) -> bool:
    """The "Print" button: Bagdar's own print dialog (``ui.print_dialog``: a logout can close
    it, which the system's native one cannot), then the pages with their footers. Returns
    False when the user cancels or no printer is set up."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.print_dialog import ask_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    if not ask_printer(printer, parent):
        return False
    paint_document(doc, printer, printer.fromPage(), printer.toPage())
    return True
