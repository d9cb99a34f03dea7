"""How a figure's source status looks: a coloured, labelled badge with the source's name.

Colours are from the Okabe–Ito colour-blind-safe palette, and the label is always written out,
so the status never depends on colour alone.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, QUrl, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from guidance.atlas.models import Source
from ui.dates import shown_date

KIND_COLOURS = {
    "official": "#007a5a",
    "press": "#0072B2",
    "estimate": "#b36b00",
    "sample": "#a3467f",
}


def kind_label(kind: str) -> str:
    labels = {
        "official": QCoreApplication.translate("SourceBadge", "official"),
        "press": QCoreApplication.translate("SourceBadge", "press"),
        "estimate": QCoreApplication.translate("SourceBadge", "estimate"),
        "sample": QCoreApplication.translate("SourceBadge", "sample"),
    }
    return labels.get(kind, kind)


def kind_explanation(kind: str) -> str:
    texts = {
        "official": QCoreApplication.translate(
            "SourceBadge", "a government document, a national classifier or the "
            "organisation's own publication."),
        "press": QCoreApplication.translate(
            "SourceBadge", "a figure reported in a newspaper or on a news site."),
        "estimate": QCoreApplication.translate(
            "SourceBadge", "worked out by the Bagdar team from published figures; "
            "not official."),
        "sample": QCoreApplication.translate(
            "SourceBadge", "an illustrative entry not confirmed by any source."),
    }
    return texts.get(kind, kind)


def kind_sentence(kind: str) -> str:
    """One plain sentence per kind, for "About the data": what a student may do with it."""
    texts = {
        "official": QCoreApplication.translate(
            "SourceBadge", "Official: taken from a government document, a national classifier "
            "or the organisation's own website."),
        "press": QCoreApplication.translate(
            "SourceBadge", "Press: reported by a newspaper or a news site; the article's address "
            "and date are listed below."),
        "estimate": QCoreApplication.translate(
            "SourceBadge", "Estimate: the Bagdar team divided a published total (for example the "
            "1,300 new jobs of 2025) between professions and districts; the total is real, the "
            "split is ours."),
        "sample": QCoreApplication.translate(
            "SourceBadge", "Example: an entry that only shows how the atlas works; it is never "
            "used to recommend anything, so check it with the college or employer."),
    }
    return texts.get(kind, kind)


def not_published() -> str:
    """What the app says where a source does not publish a value: unknown is never zero."""
    return QCoreApplication.translate("SourceBadge", "not published")


def sample_note(source: Source) -> str:
    """A warning after a figure that rests on an illustrative row (HTML, empty otherwise)."""
    if source.kind != "sample":
        return ""
    text = QCoreApplication.translate("SourceBadge", "example only: check with the college")
    return f' <i style="color:{KIND_COLOURS["sample"]};">{html.escape(text)}</i>'


def code_status_note(source: Source) -> str:
    """After a speciality code: says so when the code was not seen in the official classifier
    or a published list (HTML, empty for a confirmed code)."""
    if source.kind == "official":
        return ""
    text = QCoreApplication.translate("SourceBadge", "code not verified: check with the college")
    return f' <i style="color:{KIND_COLOURS["estimate"]};">{html.escape(text)}</i>'


def current_language() -> str:
    """The interface language (the language manager keeps Qt's default locale in step)."""
    code = QLocale().name()[:2]
    return code if code in ("kk", "ru", "en") else "en"


def badge_html(source: Source, with_title: bool = True) -> str:
    """A badge that is also a link ``source:<id>``: hovering or clicking it in a
    ``SourceBrowser`` names the source."""
    colour = KIND_COLOURS.get(source.kind, "#555555")
    badge = (f'<a href="source:{html.escape(source.id)}" style="text-decoration:none; '
             f'color:white; background-color:{colour};">'
             f"&nbsp;{html.escape(kind_label(source.kind))}&nbsp;</a>")
    if with_title:
        name = source.name(current_language())
        badge += f' <span style="color:#555555;">{html.escape(name)}</span>'
    return badge


def badge_tooltip(source: Source) -> str:
    name = source.name(current_language())
    parts = [f"{kind_label(source.kind)}: {name}", source.publisher]
    if name != source.title:
        parts.insert(1, source.title)
    if source.date:
        parts.append(shown_date(source.date))
    parts.append(f"{kind_label(source.kind)} — {kind_explanation(source.kind)}")
    return "\n".join(p for p in parts if p)


class SourceBrowser(QTextBrowser):
    """Rich text whose source badges name their source on hover and on click (keyboard users
    reach the links with Tab and open them with Enter). Other links (``profession:ID``…) are
    passed on through ``link_activated``."""

    link_activated = Signal(str, str)  # kind, id

    def __init__(self, lookup, parent: QWidget | None = None):
        super().__init__(parent)
        self._lookup = lookup  # source id -> Source
        self.setOpenLinks(False)
        self.highlighted.connect(self._show_source)
        self.anchorClicked.connect(self._clicked)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "source":
            self._show_source(url)
        elif url.scheme():
            self.link_activated.emit(url.scheme(), url.path())

    def source_tooltip(self, url: QUrl) -> str:
        if url.scheme() != "source":
            return ""
        try:
            source = self._lookup(url.path())
        except KeyError:
            return ""
        text = badge_tooltip(source)
        return f"{text}\n{source.note}" if source.note else text

    def _show_source(self, url: QUrl) -> None:
        text = self.source_tooltip(url)
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()
