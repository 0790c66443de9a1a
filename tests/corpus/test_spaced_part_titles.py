"""Part titles spaced out as names are (一　总　　则 … 三　分　　工) right under the title and the
date: the first is the first part's heading, not the speaker's name, and the parts keep their
numerals. A spaced name under the title still reads as the speaker. Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_P = (
    "各乡镇要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，确保各项任务落到实处。"
)
_PARTS = ["一　总　　则", "二　分　　工", "三　考　　核"]


def _text(first: str) -> str:
    paras = ["# 某某县村级事务管理办法", "（二〇二六年一月）", first, _P, _P]
    for part in _PARTS[1:]:
        paras += [part, _P, _P]
    return "\n\n".join(paras)


def test_spaced_part_titles_are_parts_not_the_speaker() -> None:
    doc = parse_text(_text(_PARTS[0]), "x.md")
    assert doc.metadata.speaker is None
    assert [(s.marker.strip(), s.heading) for s in doc.outline.sections] == [
        ("一", "总则"),
        ("二", "分工"),
        ("三", "考核"),
    ]


def test_a_spaced_name_under_the_title_is_still_the_speaker() -> None:
    text = _text("李　　明").replace(_PARTS[1], "二、分工").replace(_PARTS[2], "三、考核")
    doc = parse_text(text, "x.md")
    assert doc.metadata.speaker == "李明"
