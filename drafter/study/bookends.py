"""The opening (开头) and closing (结尾) of a speech: labelled parts and a type label.

Opening parts: 称呼 (同志们：), 交代事由 (我代表…向大会报告), 会议目的 (召开这次会议，主要是…), 致意 (问候, 祝贺, 欢迎),
肯定成绩 (今年以来…取得…), 形势 (当前…), 意义 (重要意义, 十分必要), 过渡 (下面…讲几点意见).
Closing parts: 称呼, 总结 (总之, 使命光荣、责任重大), 希望要求 (希望…), 号召 (让我们…),
祝愿 (预祝…圆满成功), 致谢 (谢谢大家). The type label names the part the speaker leads
with after the salutation (开宗明义式, 肯定成绩式 …) or ends on (号召激励式, 祝愿式 …).
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Bookend, Part, Span
from drafter.study.roadmap import roadmap_count
from drafter.study.text import sentences

_SALUTATION = re.compile(
    r"^(同志们|各位[\u4e00-\u9fff]{0,8}|尊敬的[^：:]{0,40}|亲爱的[^：:]{0,20}|女士们[^：:]{0,12}|朋友们)[：:，,！!]?$"
)
OPENING_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "交代事由",
        re.compile(r"我代表[^。]{0,30}(报告|讲话|致辞|发言)|向大会报告|受[^。]{0,12}委托|请予审议"),
    ),
    ("致意", re.compile(r"问候|祝贺|欢迎|致以|表示.{0,6}(感谢|敬意)|感谢")),
    (
        "会议目的",
        re.compile(r"召开|举办|举行|这次会议|今天的会|本次|主要任务|主要目的|目的是|主要是|会议的"),
    ),
    (
        "肯定成绩",
        re.compile(r"以来|过去的一年|取得了?[^。]{0,12}(成绩|成效|进展|成果)|成绩|成效明显|显著"),
    ),
    ("形势", re.compile(r"当前|当今|形势|面临|新时代|新阶段|新征程")),
    ("意义", re.compile(r"重要意义|十分必要|非常重要|十分重要|意义重大")),
)
CLOSING_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("致谢", re.compile(r"^谢谢|谢谢大家|谢谢各位")),
    ("祝愿", re.compile(r"预祝|祝[^。]{0,12}(成功|顺利|健康|快乐|愉快|吉祥|如意)|祝愿")),
    (
        "号召",
        re.compile(
            r"让我们|我们要[^。]{0,30}(奋斗|努力|奋进)|为[^。]{0,60}(而奋斗|作出[^。]{0,6}贡献|努力奋斗)"
        ),
    ),
    ("希望要求", re.compile(r"希望|务必|各级|要求")),
    ("总结", re.compile(r"总之|总而言之|综上|使命光荣|责任重大|任务艰巨|大有可为")),
)
OPENING_TYPES = {
    "会议目的": "开宗明义式",
    "肯定成绩": "肯定成绩式",
    "形势": "分析形势式",
    "意义": "阐明意义式",
    "致意": "致意问候式",
    "过渡": "开门见山式",
    "交代事由": "开门见山式",
}
CLOSING_TYPES = {
    "号召": "号召激励式",
    "希望要求": "提出希望式",
    "总结": "总结强调式",
    "祝愿": "祝愿式",
    "致谢": "致谢式",
}


def find_opening(lay: Layout) -> Bookend:
    """The opening: the paragraphs before the first heading."""
    parts = _parts(lay, lay.preamble, OPENING_RULES, opening=True)
    text = "\n".join(lay.paragraphs[i].text for i in lay.preamble)
    lead = next((p.kind for p in parts if p.kind != "称呼"), None)
    return Bookend(OPENING_TYPES.get(lead) if lead else None, text, parts)


def find_closing(lay: Layout) -> Bookend:
    """The closing: the paragraphs after the last section (as the outline found them)."""
    parts = _parts(lay, lay.closing, CLOSING_RULES, opening=False)
    text = "\n".join(lay.paragraphs[i].text for i in lay.closing)
    kinds = [p.kind for p in parts]
    label = None
    for kind in ("号召", "希望要求", "总结", "祝愿", "致谢"):
        if kind in kinds:
            label = CLOSING_TYPES[kind]
            break
    return Bookend(label, text, parts)


def _parts(lay: Layout, indexes: list[int], rules, opening: bool) -> list[Part]:
    parts: list[Part] = []
    for idx in indexes:
        text = lay.paragraphs[idx].text
        if _SALUTATION.match(text.strip()):
            parts.append(Part("称呼", text, Span(idx, 0, len(text))))
            continue
        for sent in sentences(text):
            body = sent.text.strip()
            salutation = re.match(r"^(同志们|各位[\u4e00-\u9fff]{0,6})[，,！!]", body)
            if salutation and not opening:
                parts.append(
                    Part(
                        "称呼",
                        salutation.group(0),
                        Span(idx, sent.start, sent.start + salutation.end()),
                    )
                )
            kind = None
            if opening and roadmap_count(body) is not False:
                kind = "过渡"
            else:
                for name, rx in rules:
                    if rx.search(body):
                        kind = name
                        break
            if kind is None:
                continue
            if parts and parts[-1].kind == kind and parts[-1].span.paragraph == idx:
                last = parts[-1]
                last.text = text[last.span.start : sent.end].strip()
                last.span = Span(idx, last.span.start, sent.end)
            else:
                parts.append(Part(kind, body, Span(idx, sent.start, sent.end)))
    return parts
