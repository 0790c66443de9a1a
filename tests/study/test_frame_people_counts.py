"""Persons and parties counted one by one are a plain count, even when a story names each.

The gold README lists 两个人 among plain counts and 两个医生，孙中山和鲁迅 among named things; the
readers that take an enumeration after a count still made frames of 有两个青年…一个青年…另一个青年
and 先讲我两个朋友的故事。一个朋友是A…另一个朋友是B (dev b14, b16; b23 两个政党): 3 spurious frames
fewer leave-one-group-out, none right lost. Kinds of people (两种人) and a pointer summing up
roles (这四个人) are other things and stay. Own sentences."""

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.plain_counts import counts_people
from drafter.study.layout import layout
from drafter.study.model import Frame, Span


def _phrases(text: str) -> list[str]:
    return [f.phrase for f in analyze(parse_text(f"标题\n\n{text}\n", "t.txt")).frames]


def test_two_friends_of_a_story_are_no_frame():
    text = "先讲我两个朋友的故事。一个朋友是老王，每天跑步；另一个朋友是老李，每天游泳。"
    assert "两个朋友" not in _phrases(text)


def _frame(text: str, phrase: str) -> tuple[object, Frame]:
    lay = layout(parse_text(f"标题\n\n{text}\n", "t.txt"))
    p = next(k for k, para in enumerate(lay.paragraphs) if phrase in para.text)
    at = lay.paragraphs[p].text.index(phrase)
    return lay, Frame(phrase, 4, Span(p, at, at + len(phrase)))


def test_kinds_of_people_and_a_pointer_to_roles_stay():
    lay, frame = _frame("主席、秘书、会计和队长，这四个人是常驻的。", "四个人")
    assert not counts_people(lay, frame)
    lay, frame = _frame("村里有四种人，各有各的想法。", "四种人")
    assert not counts_people(lay, frame)
    lay, frame = _frame("会上来了四个人，都是外地的。", "四个人")
    assert counts_people(lay, frame)
