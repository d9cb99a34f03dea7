"""Running slow work off the UI thread (reading an XLSX update, building an atlas), reporting
back through signals — success or failure — on the UI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals):
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception:  # reported to the UI, which shows it and logs it
            self.signals.failed.emit(traceback.format_exc())
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()


def run_in_background(work: Callable[[], object], on_done: Callable[[object], None],
                      on_failed: Callable[[str], None]) -> None:
    signals = _Signals()
    _running.add(signals)  # keep the signal object alive until the job reports
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(lambda _r: _running.discard(signals))
    signals.failed.connect(lambda _e: _running.discard(signals))
    QThreadPool.globalInstance().start(_Job(work, signals))
