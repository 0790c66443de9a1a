"""A speaker's own words that end like a site's blurb are the speech, not clutter.

Apparatus cleaning drops a 范文 site's line about the text (下面是小编为大家整理的…，供大家参考).
The same phrases end some of the commonest lines of a speech — 下面，我讲几点意见，供大家参考。 in the
opening, 以上是我的几点意见，仅供参考。 at the end — and those lines vanished from the text (with
the roadmap sentence in them). The speaker's first person keeps them.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text

TEXT = """在全县工作会议上的讲话

同志们：

今天召开全县工作会议，主要是部署今年的工作。下面，我讲几点意见，供大家参考。

一、关于干部队伍建设

干部队伍建设是根本。要选好用好干部。

二、关于改进工作作风

作风建设永远在路上。要坚决反对形式主义。

以上是我的几点意见，仅供参考。
"""


def test_the_speakers_lines_offered_for_reference_are_kept():
    texts = [p.text for p in parse_text(TEXT, "t.txt").paragraphs()]
    assert any(t.endswith("下面，我讲几点意见，供大家参考。") for t in texts)
    assert "以上是我的几点意见，仅供参考。" in texts


def test_a_sites_preface_is_still_dropped_though_it_speaks_of_the_speaker():
    text = TEXT.replace(
        "同志们：", "下面是小编为大家整理的我县工作会议讲话，供大家参考。\n\n同志们："
    )
    texts = [p.text for p in parse_text(text, "t.txt").paragraphs()]
    assert not any("小编" in t for t in texts)
