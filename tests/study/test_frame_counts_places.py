"""A count whose every noun is a kind of place (三大江河, 六大水系, 一湖两海, 三站一场, 两园一河)
names places, no summary — the gold README's rule for named places, which held for all 15 such
counts over the report gold. On sentences written for these tests."""

from __future__ import annotations

from sentence_frames import frames_of

from drafter.study.frames.kinds import counts_places


def test_counts_of_places_are_no_frames():
    for phrase in (
        "三大江河",
        "六大水系",
        "一湖两海",
        "三站一场",
        "两园一河",
        "四水",
        "五大露天矿",
    ):
        assert counts_places(phrase, []), phrase


def test_other_nouns_and_abstract_items_stay():
    assert not counts_places("两个市场", [])  # 市场 ends on 场 but is no place
    assert not counts_places("四水四定", [])  # 定 is no place
    assert not counts_places("两条河", ["有线", "无线"])  # a metaphor over abstract items
    assert not counts_places("五大盐湖产业集群", [])


def test_a_report_sentence():
    sentence = "三大江河出省境断面水质保持优良，“一湖两海”生态环境持续改善，要抓好三项改革。"
    phrases = [f.phrase for f in frames_of(sentence)]
    assert not any("江河" in p or "湖" in p for p in phrases), phrases
