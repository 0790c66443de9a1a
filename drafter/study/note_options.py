"""What a trainee chooses and is told when taking a note: the highlight colours, and where
notes are kept.

On their own, with no import, because ``drafter notes`` builds its options and description
from them when the command line is parsed, which every ``drafter`` command does (the note
store, :mod:`drafter.study.notes`, brings SQLite and the exercise store with it)."""

from __future__ import annotations

# Said wherever notes are listed: notes are personal by design and never go to a team
# library's server, so a user on a shared library must not assume colleagues see them.
LOCAL_ONLY_NOTICE = "笔记和提纲练习仅保存在本机，不与同事共享"
COLORS = ("yellow", "green", "blue", "pink")
