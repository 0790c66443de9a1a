"""The second look at refused counts (drafter/study/frame_model.py) and the refused counts
the rules hand it (frames.rule_frames), on sentences written for these tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study import frame_model
from drafter.study.frames import find_frames, rule_frames
from drafter.study.layout import layout

TEXT = "大家谈了很多。这两项改革推进得都很慢，要加快。"


def _lay(text: str):
    return layout(parse_text(text, "t.txt"))


def test_rules_hand_over_a_refused_back_reference_with_its_reason():
    kept, rejected = rule_frames(_lay(TEXT))
    assert not kept
    assert [(f.phrase, why) for f, why in rejected] == [("两项改革", "strict:before")]


def test_second_look_keeps_a_refused_count_the_weights_believe():
    lay = _lay(TEXT)
    kept, rejected = rule_frames(lay)
    weights = dict.fromkeys(frame_model.FEATURES, 0.0)
    weights["why_before"] = 3.0
    found = frame_model.second_look(lay, kept, rejected, weights, 0.5)
    assert [(f.phrase, f.listed) for f in found] == [("两项改革", False)]
    weights["why_before"] = -3.0
    assert frame_model.second_look(lay, kept, rejected, weights, 0.5) == []


def test_features_are_the_named_ones():
    lay = _lay(TEXT)
    _, rejected = rule_frames(lay)
    feats = frame_model.features(lay, *rejected[0])
    assert set(feats) == set(frame_model.FEATURES)
    assert feats["why_before"] == 1.0 and feats["two"] == 1.0


def test_enumerated_items_read_one_enumerator_per_item():
    lay = _lay("办法不外乎两种。一种是先试点再推开，另一种是全面铺开，各有利弊。")
    frame = next(f for f in find_frames(lay) if f.number == 2)
    assert frame_model.enumerated_items(lay, frame)[0] == ["先试点再推开", "全面铺开"]
