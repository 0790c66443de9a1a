"""Whether a text holds any character of one block of 256 code points (U+hh00–U+hhFF).

Why: cleaning asks of every whole text whether it holds a small or vertical form of
punctuation (U+FE10–FE6B) and whether it holds a circled number (①…⑳, U+2460–2473).
Most texts hold none, and asking costs a pass over every character: a regular
expression's class tries each one (about 10 ns a character), twenty substring scans
the same. Here the text is written out as UTF-16 once (in C) and one byte search finds
where the block's high byte stands: in little-endian UTF-16 a character U+hhll is the
bytes ll hh, so hh at an odd offset is one of the block's characters, and at an even
offset the low byte of another (两 U+4E24 gives 24 4E) is passed over. Characters past
U+FFFF are written as surrogates (high bytes D8–DF), never confused with a block below.
A caller still asks its exact question where the answer here is yes.
"""

from __future__ import annotations


def holds_block(text: str, high: int) -> bool:
    """Whether ``text`` holds a character U+hh00–U+hhFF, ``hh`` being ``high`` (not a
    surrogate's D8–DF)."""
    data = text.encode("utf-16-le", "surrogatepass")
    byte = _BYTES[high]
    at = data.find(byte)
    while at >= 0:
        if at & 1:  # a character's high byte
            return True
        at = data.find(byte, at + 1)  # the low byte of another character
    return False


_BYTES = [bytes((b,)) for b in range(256)]
