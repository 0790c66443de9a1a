"""Clauses before a back-reference that each close on the frame's noun, with an aside in
brackets after it (session 28, helper it4; 一九五七年夏季的形势's 大鸣大放阶段（边整边改），…，
这是…四个必经阶段): the aside closes no item, and items that close on the noun itself (not on
的 + noun) may run longer, the noun marking where each ends. On our own sentence."""

from __future__ import annotations

from sentence_frames import items_of


def test_asides_after_the_noun_and_a_longer_last_item():
    sentence = (
        "调研阶段（先摸底），设计阶段（再论证），试点阶段（小范围），"
        "全面推开、总结经验、形成制度阶段，这是这项改革的四个必经阶段。"
    )
    assert items_of(sentence, "四个") == [
        "调研阶段",
        "设计阶段",
        "试点阶段",
        "全面推开、总结经验、形成制度阶段",
    ]
