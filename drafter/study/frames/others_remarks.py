"""Where a text holds other people's words: remarks appended after the speech, colleagues' asides.

A count in them is not the speaker's frame: the rules' pass
(:mod:`drafter.study.frames.rule_pass`) cuts the frames at the appended block and keeps the
asides apart.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout

# 【其他与会人员发言摘要】, 【与会代表发言】: other speakers' remarks the editor appended
_OTHERS_LABEL = re.compile(
    r"\s*[【\[［〔]\s*[^】\]］〕]{0,10}(?:其他|与会)[^】\]］〕]{0,8}(?:发言|讲话|摘要)[^】\]］〕]{0,4}[】\]］〕]\s*"
)


def others_remarks_start(lay: Layout) -> int:
    """Where a block of other speakers' remarks appended after the speech starts (the
    paragraph of its label), or the number of paragraphs: that block is apparatus, and
    the frames in it are not the speech's."""
    for para in lay.paragraphs:
        if len(para.text) <= 24 and _OTHERS_LABEL.fullmatch(para.text):
            return para.index
    return len(lay.paragraphs)


# （陈黎芳：… / （朱广平、党文栓补充：…: a colleague's remark the minutes put in brackets (not a
# bracketed question, （问题：…, which the speaker answers)
_REMARK_OPEN = re.compile(
    r"\s*[（(](?!问题|提问|问|答|注|按)[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*"
    r"(?:补充|插话|说明)?[：:]"
)


def remark_paragraphs(lay: Layout) -> set[int]:
    """The paragraphs of colleagues' remarks in brackets: from one opening （name： to the
    paragraph that closes the bracket (a remark may run over several paragraphs, up to eight).
    Apparatus like an appended block of others' remarks: the frames in them are not the
    speech's."""
    out: set[int] = set()
    paras = lay.paragraphs
    k = 0
    while k < len(paras):
        if not _REMARK_OPEN.match(paras[k].text):
            k += 1
            continue
        end = next(
            (
                j
                for j in range(k, min(k + 8, len(paras)))
                if paras[j].text.rstrip().endswith(("）", ")"))
            ),
            None,
        )
        if end is None:
            k += 1
            continue
        out.update(range(k, end + 1))
        k = end + 1
    return out
