"""重 counts the layers of a thing (两重任务, 三重压迫), as it did before only in 两重性; a 重 that
opens a word of its own (重大, 重点, 重要) counts nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of


def test_a_count_by_layers_is_a_frame_with_its_items():
    found = {
        f.phrase: f
        for f in frames_of("我们这一代人肩负两重任务：一是把经济搞上去，二是把队伍带出来。")
    }
    assert "两重任务" in found and found["两重任务"].items == ["把经济搞上去", "把队伍带出来"], [
        (f.phrase, f.items) for f in found.values()
    ]


@pytest.mark.parametrize(
    "sentence",
    ["会上研究了三重大问题，形成了一致意见。", "要抓住两重点，一是项目，二是资金。"],
)
def test_a_word_opened_by_zhong_is_no_layer(sentence):
    assert not any(f.phrase.startswith(("三重", "两重")) for f in frames_of(sentence)), [
        f.phrase for f in frames_of(sentence)
    ]
