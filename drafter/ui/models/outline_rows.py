"""What every part of the draft's outline model shares: the keys of the two fixed rows
(开头, 结尾) and the object that stands for them, and a node's row among its siblings."""

from __future__ import annotations

from drafter.drafts.model import DraftNode

OPENING = "opening"
CLOSING = "closing"


class FixedRow:
    """The opening or closing row; kept as an object so it can be an index's pointer."""

    def __init__(self, key: str, label: str) -> None:
        self.key = key
        self.label = label


def position(nodes: list[DraftNode], node_id: str) -> int:
    """The row of ``node_id`` among its siblings: Qt asks by position, the draft stores nodes by id."""
    return next(i for i, n in enumerate(nodes) if n.id == node_id)


__all__ = ["CLOSING", "OPENING", "FixedRow", "position"]
