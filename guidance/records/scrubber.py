"""Removing deleted students from every copy, off the caller's thread, and never forgotten.

Rewriting seven daily backups and the before-restore copies of a school of a thousand
students takes seconds; the counsellor's "Delete" must not freeze the room for that. So the
store only records the deleted students (id and created_at) in the records' own ``settings``
table — in the same file, before the deletion itself — and this worker rewrites the copies.
Each finished job removes its students from that list. If Bagdar is closed, killed or the
power goes meanwhile, the next start finds the list and finishes the job; ``close`` waits for
it. A copy cut off mid-rewrite has a journal and is removed at start (``clean_leftovers``).
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from pathlib import Path

from guidance.records import backup

PENDING_KEY = "pending_copy_deletions"


def read_pending(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (PENDING_KEY,)).fetchone()
    try:
        return [(int(i), str(c)) for i, c in json.loads(row[0])] if row else []
    except (ValueError, TypeError):
        return []


def change_pending(conn: sqlite3.Connection, add: list[tuple[int, str]] = (),
                   remove: list[tuple[int, str]] = ()) -> None:
    """One transaction: read the list, add or remove students, write it back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        pending = [p for p in read_pending(conn) if p not in set(remove)]
        pending += [tuple(p) for p in add if tuple(p) not in pending]
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                     "DO UPDATE SET value = excluded.value", (PENDING_KEY, json.dumps(pending)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class CopyScrubber:
    """One worker thread while there is work; jobs run in the order they came."""

    def __init__(self, live: Path, backups_folder: Path):
        self.live, self.backups_folder = Path(live), Path(backups_folder)
        self._jobs: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.dropped = 0  # copies that could not be rewritten and were removed

    def submit(self, gone: list[tuple[int, str]], external: list[str]) -> None:
        if not gone:
            return
        self._jobs.put((list(gone), list(external)))
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="copy-scrubber",
                                                daemon=True)
                self._thread.start()

    def wait(self) -> None:
        """Until every submitted job is done (tests, restore, closing)."""
        self._jobs.join()

    def _run(self) -> None:
        while True:
            try:
                gone, external = self._jobs.get(timeout=0.5)
            except queue.Empty:
                return
            try:
                for copy in backup.known_copies(self.live, self.backups_folder, external):
                    if not backup.scrub_copy(copy, gone):
                        self.dropped += 1
                conn = sqlite3.connect(self.live, isolation_level=None, timeout=30)
                try:
                    change_pending(conn, remove=gone)
                finally:
                    conn.close()
            except (OSError, sqlite3.Error):
                pass  # the list stays: the next start tries again
            finally:
                self._jobs.task_done()
