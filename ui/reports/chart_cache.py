"""Chart pictures kept between builds of the same report.

Drawing a chart is most of a class report's time (three matplotlib figures drawn by Agg at
print resolution), and the same report is built again and again: shown, saved as a PDF, then
printed, or printed for two meetings. A picture depends only on what its builder is given —
the counts, the words in the report's language, the atlas's type names and sources, the
width on paper — so the caller passes all of that as the key and a rebuild with the same key
reuses the picture. Nothing here is a name: keys hold class-level counts only, and they live
in memory, never on disk. The pictures of the last two reports are kept (three each).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtGui import QImage, QTextDocument

from ui.reports.document import add_picture, chart_picture

KEPT = 6  # two class reports: ~3 MB a picture at print resolution


class PictureCache:
    def __init__(self, kept: int = KEPT):
        self.kept = kept
        self._pictures: OrderedDict[Hashable, tuple[str, QImage, str]] = OrderedDict()
        self._lock = threading.Lock()  # reports may be built off the UI thread
        self.drawn = 0  # how many pictures were drawn (a test checks the reuse)

    def add(self, doc: QTextDocument, key: Hashable, build: Callable[[], object], name: str,
            width_mm: float) -> str:
        """``add_picture`` of the chart ``build()`` returns, drawn only if ``key`` (everything
        ``build`` reads, and the width) is not kept from an earlier build."""
        key = (key, width_mm)
        with self._lock:
            picture = self._pictures.get(key)
            if picture is not None:
                self._pictures.move_to_end(key)
        if picture is None:
            picture = chart_picture(build(), width_mm)
            with self._lock:
                self.drawn += 1
                self._pictures[key] = picture
                while len(self._pictures) > self.kept:
                    self._pictures.popitem(last=False)
        return add_picture(doc, *picture, name, width_mm)

    def clear(self) -> None:
        with self._lock:
            self._pictures.clear()


def frozen(mapping) -> tuple:
    """A mapping as a hashable, order-free key part."""
    return tuple(sorted((str(k), repr(v)) for k, v in dict(mapping).items()))
