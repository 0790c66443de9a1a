"""Saved 提纲练习 attempts: what a trainee wrote for a document's hidden headings.

Attempts are personal study work, like notes, so they live in the same notes file beside the
library (:mod:`drafter.study.notes`), one row per attempt. An attempt is saved while the
trainee types (``revealed`` false: unfinished, reopened as it was left) and again when the
originals are shown (``revealed`` true: the comparison can be shown again later). Each
attempt keeps the original headings it was compared with, so it reads right even after the
document was corrected or re-imported.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.study.exercise import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS outline_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    doc_title TEXT,
    answers TEXT NOT NULL,
    revealed INTEGER NOT NULL DEFAULT 0,
    score REAL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS outline_attempts_doc ON outline_attempts (doc_id, id);
"""


class AttemptError(Exception):
    """An attempt that cannot be read or written; the message is for the user (Chinese)."""


@dataclass
class Attempt:
    """One try at a document's outline: the answers in heading order, whether the originals
    were shown (``revealed``), and the overall score once they were."""

    id: int
    doc_id: str
    doc_title: str | None
    answers: list[Answer]
    revealed: bool
    score: float | None
    created: str
    updated: str

    @property
    def filled(self) -> int:
        """How many headings the trainee wrote (skipped ones do not count), to list progress."""
        return sum(1 for a in self.answers if a.mine.strip())

    def to_json(self) -> dict:
        """The form ``drafter notes exercises --json`` prints."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "doc_title": self.doc_title,
            "revealed": self.revealed,
            "score": None if self.score is None else round(self.score, 4),
            "filled": self.filled,
            "headings": len(self.answers),
            "answers": [a.to_json() for a in self.answers],
            "created": self.created,
            "updated": self.updated,
        }


class AttemptStore:
    """The attempts in one notes database; shares the connection and lock of the
    :class:`~drafter.study.notes.NoteStore` that owns it, so notes and attempts are one file."""

    def __init__(self, db: sqlite3.Connection, lock: threading.Lock, readonly: str = "") -> None:
        self._db, self._lock = db, lock
        self.readonly = readonly  # why attempts cannot be kept here ("" = they can)

    def save(
        self,
        doc_id: str,
        answers: list[Answer],
        *,
        revealed: bool = False,
        doc_title: str | None = None,
        attempt_id: int | None = None,
    ) -> Attempt:
        """Keep ``answers`` as a new attempt, or as attempt ``attempt_id`` when it is given (the
        trainee is still working on it). A revealed attempt records its overall score; an
        attempt id that was deleted meanwhile starts a new one rather than losing the answers."""
        # the scorer here, not at the top: the notes store (and `drafter notes`, whose
        # colours every command lists in --help) imports this module, and the exercise
        # package pulls in the closing finder's patterns
        from drafter.study.exercise import average

        if self.readonly:
            raise AttemptError(self.readonly)
        if not doc_id:
            raise AttemptError("只能保存资料库中文稿的提纲练习")
        payload = json.dumps([a.to_json() for a in answers], ensure_ascii=False)
        points = average(answers) if revealed else None
        now = _now()
        with self._lock, self._db:
            updated = 0
            if attempt_id is not None:
                updated = self._db.execute(
                    "UPDATE outline_attempts SET answers = ?, revealed = ?, score = ?, "
                    "doc_title = COALESCE(?, doc_title), updated = ? WHERE id = ? AND doc_id = ?",
                    (payload, int(revealed), points, doc_title, now, attempt_id, doc_id),
                ).rowcount
            if not updated:
                attempt_id = self._db.execute(
                    "INSERT INTO outline_attempts (doc_id, doc_title, answers, revealed, score, "
                    "created, updated) VALUES (?,?,?,?,?,?,?)",
                    (doc_id, doc_title, payload, int(revealed), points, now, now),
                ).lastrowid
        return self.get(attempt_id)

    def get(self, attempt_id: int) -> Attempt:
        """One attempt by id; :class:`AttemptError` when it was deleted."""
        rows = self._select("WHERE id = ?", (attempt_id,))
        if not rows:
            raise AttemptError(f"没有编号为 {attempt_id} 的提纲练习")
        return rows[0]

    def for_document(self, doc_id: str) -> list[Attempt]:
        """A document's attempts, newest first (the list the exercise page shows)."""
        return self._select("WHERE doc_id = ? ORDER BY id DESC", (doc_id,))

    def all(self) -> list[Attempt]:
        """Every attempt of this user on this library, newest first."""
        return self._select("ORDER BY id DESC", ())

    def unfinished(self, doc_id: str) -> Attempt | None:
        """The newest attempt on ``doc_id`` whose originals were not shown yet: what the trainee
        left halfway, to be put back in the form when they return."""
        rows = self._select("WHERE doc_id = ? AND revealed = 0 ORDER BY id DESC LIMIT 1", (doc_id,))
        return rows[0] if rows else None

    def remove(self, attempt_id: int) -> bool:
        """Delete one attempt; False when it was already gone (a double click is harmless)."""
        if self.readonly:
            raise AttemptError(self.readonly)
        with self._lock, self._db:
            cur = self._db.execute("DELETE FROM outline_attempts WHERE id = ?", (attempt_id,))
        return cur.rowcount > 0

    def _select(self, tail: str, params: tuple) -> list[Attempt]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, doc_id, doc_title, answers, revealed, score, created, updated "
                f"FROM outline_attempts {tail}",
                params,
            ).fetchall()
        from drafter.study.exercise import Answer  # local: see save()

        out = []
        for r in rows:
            try:
                answers = [Answer.from_json(a) for a in json.loads(r[3])]
            except (ValueError, TypeError, AttributeError):
                answers = []  # a damaged row still lists (and can be deleted)
            out.append(Attempt(r[0], r[1], r[2], answers, bool(r[4]), r[5], r[6], r[7]))
        return out


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
