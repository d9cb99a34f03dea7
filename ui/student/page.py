"""What every student page shares: the style hook, retranslation on language change, and
``reset()`` that forgets everything about the last student."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QWidget


class StudentPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studentPage")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Enter presses the focused button, as Space does (outside a dialog a QPushButton
        # answers Enter only when it is "auto default")
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)
        super().showEvent(event)

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def reset(self) -> None:
        """Clear every trace of the last student from the widgets."""

    def visible_texts(self) -> list[str]:
        """Every text this page currently shows (for tests that look for leftovers)."""
        from PySide6.QtWidgets import (
            QAbstractButton,
            QComboBox,
            QLabel,
            QLineEdit,
            QListWidget,
            QTextEdit,
        )

        texts: list[str] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, QTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QListWidget):
                texts += [widget.item(i).text() for i in range(widget.count())]
            elif isinstance(widget, QComboBox):
                texts.append(widget.currentText())
        return texts


def unique_mnemonics(texts: list[str]) -> list[str]:
    """The same texts with Alt-mnemonics that never repeat on one page.

    Translations mark their own letter with "&", and two labels of a page often pick the same
    one (Kazakh «&Атың», «Тұратын &ауданың»). The translator's letter is kept when it is still
    free; otherwise the first free initial of a word, then any free letter; "&&" stays a
    literal ampersand.
    """
    used: set[str] = set()
    out: list[str] = []
    for text in texts:
        plain = text.replace("&&", "\0")
        marked = plain.find("&")
        plain = plain.replace("&", "")
        candidates = [marked] if 0 <= marked < len(plain) else []
        candidates += [i for i, ch in enumerate(plain) if ch.isalnum()
                       and (i == 0 or not plain[i - 1].isalnum())]
        candidates += [i for i, ch in enumerate(plain) if ch.isalnum()]
        chosen = next((i for i in candidates if plain[i].lower() not in used), None)
        if chosen is not None:
            used.add(plain[chosen].lower())
            plain = plain[:chosen] + "&" + plain[chosen:]
        out.append(plain.replace("\0", "&&"))
    return out
