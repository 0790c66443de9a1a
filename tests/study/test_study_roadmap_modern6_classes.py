"""Three roadmap classes the fifth and sixth blind modern sets showed (post-score, not blind credit):
a 层面 the talk is taken from, as a 方面/维度/角度 is (我想从三个层面来讲); a gift of words after two
short clauses (临别之际，作为校长，我想送给大家三句话。); and 以下 after a score, which points at
nothing (…这两项上的得分都在80分以下。, read as a pointer announcing the sections). Our own
sentences."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap.sentence import roadmap_count


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("这句话，我想从三个层面来讲。", 3),
        ("下面，我从两个层面谈一点认识。", 2),
        ("这个问题涉及三个层面。", False),  # no talk
        ("临别之际，作为校长，我想送给大家三句话。", 3),
        ("临别之际，我想送给大家三句话。", 3),
        ("临别之际，作为校长，我想给大家三个名额。", False),  # no words given
    ],
)
def test_layers_and_gifts_of_words_are_counted(sentence, count):
    assert roadmap_count(sentence) == count


_PARTS = "\n\n".join(
    f"{m}、{h}\n\n{b}"
    for m, h, b in (
        ("一", "出台的背景", "近年来，各级先后出台了一系列政策文件，对营商环境提出了明确要求。"),
        ("二", "主要内容", "《措施》共20条，概括起来就是减环节、减材料、减时限。"),
        ("三", "下一步安排", "我们将抓好宣传解读、分解落实和督查评估。"),
    )
)


def test_below_a_score_points_at_nothing():
    lead = (
        "各位记者朋友，大家好！这几年我们下了不少功夫，但和企业的期盼比还有差距。去年开展了一次"
        "企业满意度调查，总体满意度是86.4分，但在政策兑现、涉企检查这两项上的得分都在80分以下。"
        "《措施》就是在这样的背景下出台的。下面，我从三个方面作简要介绍。"
    )
    doc = parse_text(f"新闻发布会实录\n\n{lead}\n\n{_PARTS}\n", "t.txt")
    texts = [r.text for r in analyze(doc).roadmap]
    assert texts == ["下面，我从三个方面作简要介绍。"]
