"""A text in traditional characters is read like the same text in simplified and shown as
written (drafter.corpus.traditional, drafter.study.traditional): own fixtures only."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.corpus.traditional import TABLE, Restorer, is_traditional
from drafter.study.analyze import analyze

SPEECH = """在全區新任職幹部集體談話會上的講話
（來源：某區紀委網站　2031-03-02）
同志們：
今天把大家召集起來，進行一次集體談話。這是組織對大家的關心，也是對大家的提醒。
在這裡，我給大家提三點要求。
第一，要堅定信念。信念是幹部的根本，大家要時時對照檢查，不斷補足精神之鈣。
第二，要嚴守紀律。紀律是不可逾越的底線，大家要把紀律挺在前面，時刻保持警醒。
第三，要擔當作為。大家要在新的崗位上勇挑重擔，幹出新的業績，不負組織的信任。
最後，再囑咐大家一句：廉潔是幹部的立身之本，希望大家把今天的話記在心上。
謝謝大家。"""


def test_traditional_is_told_from_simplified_by_a_count():
    assert is_traditional(SPEECH)
    assert not is_traditional(SPEECH.translate(TABLE))
    # a simplified text quoting a traditional name stays simplified
    assert not is_traditional("我们这次会议来说，台湾同胞写作「臺灣」，这个写法要尊重。" * 3)


def test_title_source_headings_and_closing_are_read_and_kept_as_written():
    doc = parse_text(SPEECH)
    assert doc.metadata.title == "在全區新任職幹部集體談話會上的講話"
    assert "來源" in (doc.apparatus.source or "")
    assert not any("來源" in p for p in doc.outline.preamble)
    assert [s.label for s in doc.outline.sections] == [
        "第一，要堅定信念",
        "第二，要嚴守紀律",
        "第三，要擔當作為",
    ]
    assert doc.outline.closing[0].startswith("最後，再囑咐大家一句")
    assert doc.raw_text == SPEECH
    # and the same text in simplified reads the same way
    same = parse_text(SPEECH.translate(TABLE))
    assert [s.label.translate(TABLE) for s in doc.outline.sections] == [
        s.label for s in same.outline.sections
    ]


def test_study_reads_the_roadmap_and_closing_of_a_traditional_text():
    study = analyze(parse_text(SPEECH))
    assert [r.text for r in study.roadmap] == ["在這裡，我給大家提三點要求。"]
    assert study.closing.text.startswith("最後，再囑咐")
    assert "三點要求" in [f.phrase for f in study.frames]


def test_restorer_gives_back_the_character_the_document_wrote():
    original = "皇后說，以後再說。"
    back = Restorer(original, original.translate(TABLE))
    assert back.text("以后再说") == "以後再說"  # found in place
    assert back.text("再说以后") == "再說以後"  # made anew: the document's own characters
    assert back.text("无关") == "无关"
