"""What the window says and greys out when its library cannot be written.

A library on a read-only share or disc, one the user has no write rights to, or a team
library opened with a reader's login (``library.read_only`` says why, learnt at open)
is still read, searched, studied and exported from; only what would write to it is
held: importing, syncing, re-reading, removing, correcting, editing its information and
notes kept beside it. Those controls are disabled and their tooltips say why, instead
of the first write failing deep inside after the user did the work."""

from __future__ import annotations

from typing import Any

WRITABLE_TIP = "writableTip"  # the dynamic property keeping a control's own tooltip


def read_only_reason(library: Any) -> str:
    """Why ``library`` cannot be written, in Chinese ("" when it can, or is not open)."""
    if library is None:
        return ""
    why = getattr(library, "read_only", "")
    return why if isinstance(why, str) else ""


def held_tip(why: str) -> str:
    """The tooltip of a control held because the library is read-only."""
    return f"资料库是只读的（{why}）：可以检索、阅读、学习和导出，不能修改资料库"


def hold(control: Any, why: str, enabled: bool = True, tip: str = "") -> None:
    """Enable ``control`` (a widget or an action) as ``enabled`` says, unless the library
    is read-only (``why`` non-empty): then disable it and say why in its tooltip (``tip``,
    else :func:`held_tip`). Its own tooltip is kept and comes back when a writable
    library is opened."""
    if control.property(WRITABLE_TIP) is None:
        control.setProperty(WRITABLE_TIP, control.toolTip())
    control.setEnabled(enabled and not why)
    control.setToolTip((tip or held_tip(why)) if why else control.property(WRITABLE_TIP))
