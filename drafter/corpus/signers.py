"""Who signs a text at its end, as its last lines write them: a post, a space, a name, one
signer a line ("中国人民革命军事委员会主席　毛泽东" / "中国人民解放军总司令　朱　德" under an
order or a 布告). When the header names no speaker these are the text's speakers: an order,
a proclamation or a telegram names its authors only there, and its 讲话人 stayed empty.

Only lines in that exact shape count (the post set apart from the name by spaces, the
name of a common surname, no sentence mark), only the last few of the body (the notes are
split off before), and a date line under them (the signature's date) is passed over.
"""

from __future__ import annotations

import re

from drafter.corpus.header_speaker import POST_NAME, pair_name
from drafter.corpus.header_text import squeeze

_SIGNERS_SCAN = 3  # signers a text ends with, one a line
# the signature's date under its signers, perhaps with where it was signed:
# 一九四九年四月二十五日, 2025年4月2日, 一九五○年十月八日于北京
_DATE_LINE = re.compile(
    r"^[（(]?[0-9〇○零一二三四五六七八九]{4}\s*年\s*[0-9〇○零一二三四五六七八九十]{1,2}\s*月"
    r"(?:\s*[0-9〇○零一二三四五六七八九十]{1,3}\s*日)?(?:于[\u4e00-\u9fff]{1,8})?[）)]?$"
)
_SPACED = re.compile(r"[ \u3000]")
_SENTENCE_MARK = re.compile(r"[，。；：！？,;:!?、]")


def _signer(text: str) -> tuple[str, str] | None:
    """(post, name) of one signer's line, else None."""
    text = text.strip()
    if len(text) > 40 or not _SPACED.search(text) or _SENTENCE_MARK.search(text):
        return None
    m = POST_NAME.match(text)
    if m is None:
        return None
    name = pair_name(m.group(2))
    post = squeeze(m.group(1))
    return (post, name) if name and post else None


def signers(texts: list[str]) -> list[tuple[str, str]]:
    """The (post, name) of the people who sign the text whose body paragraphs are ``texts``,
    in their order; empty when its last lines are not signers' lines."""
    lines = [t.strip() for t in texts if t.strip()]
    if lines and _DATE_LINE.match(lines[-1].replace(" ", "")):
        lines.pop()
    found: list[tuple[str, str]] = []
    for text in reversed(lines[-_SIGNERS_SCAN:]):
        pair = _signer(text)
        if pair is None:
            break
        found.append(pair)
    return found[::-1]
