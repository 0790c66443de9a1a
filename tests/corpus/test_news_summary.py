"""A news agency's summary of a report: its parts are short title lines (the summary names
the second and third: "报告的第二部分是关于…"), each stretch opens with a subhead that has no
full stop, as headlines do, and a title line between two named parts is a subhead of the
first. Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_MORE = "这些成绩的取得，是全县干部群众团结奋斗的结果，来之不易，要倍加珍惜。"
_SAID = [
    "张县长在报告中首先指出，过去一年全县经济保持平稳增长，各项社会事业取得新的进步。" + _MORE,
    "张县长说，一年来我们坚持稳中求进，扎实推进项目建设，固定资产投资比上年增长百分之九。" + _MORE,
    "张县长指出，农业生产再获丰收，粮食总产量连续五年稳定在较高水平，农民收入增长较快。" + _MORE,
    "张县长强调，要把保障和改善民生放在更加突出的位置，集中力量办好群众最关心的十件实事。" + _MORE,
    "张县长表示，全县上下要坚定信心，真抓实干，为实现今年经济社会发展目标而努力奋斗。" + _MORE,
]
# subheads longer than a title line: a headline of a sentence, without its stop
_FIRST = "全县经济保持平稳较快增长，发展的质量和效益稳步提高，城乡居民收入的增长与经济增长同步"
_SECOND = "城乡建设和生态环境保护协同推进，县城承载能力和乡村人居环境得到新的提升，群众满意度提高"
_THIRD = "依法行政水平进一步提高，政务服务事项全部实现网上可办，企业和群众办事更加方便快捷高效"
_LAST = "各级政府必须转变作风，各级干部必须深入基层，把为群众办好实事作为检验各项工作的第一标准"


def _summary() -> str:
    s = _SAID
    paras = ["县长作政府工作报告", "本报讯 县十八届人大三次会议今天开幕。", "过去一年的工作回顾"]
    paras += [s[0], _FIRST, s[1], s[2]]
    paras += ["今后工作中应当注意的几个问题", s[3], s[1]]
    paras += ["今年的主要任务", "张县长报告的第二部分是关于今年的主要任务。" + s[4][6:]]
    paras += [
        "扎实推进乡村振兴，抓好农业生产。全县农业农村现代化建设迈出了坚实的新步伐",
        s[2],
        s[0],
    ]
    paras += [_SECOND, s[1], s[2]]
    paras += ["加强政府自身建设", "张县长报告的第三部分是关于加强政府自身建设。" + s[3][6:]]
    paras += [_LAST, s[4], _THIRD, s[0]]
    return "\n\n".join(paras)


def test_a_summary_has_its_parts_and_their_unpunctuated_subheads() -> None:
    doc = parse_text(_summary(), "x.txt")
    tree = [(s.level, s.heading) for top in doc.outline.sections for s in top.walk()]
    assert tree == [
        (1, "过去一年的工作回顾"),
        (2, _FIRST),
        (2, "今后工作中应当注意的几个问题"),  # between part 1 and the part named second
        (1, "今年的主要任务"),
        (
            2,
            "扎实推进乡村振兴，抓好农业生产",
        ),  # a headline of two sentences: the first (README rule)
        (2, _SECOND),
        (1, "加强政府自身建设"),
        (2, _LAST),
        (2, _THIRD),
    ]


def test_a_report_in_its_own_words_keeps_its_unpunctuated_lines_as_text() -> None:
    # the same lines in a report that speaks for itself (no 张县长说/指出): lead lines that
    # lost their stop are not read as a summary's subheads
    text = _summary()
    for said in _SAID:
        text = text.replace(said[:6], "我们")
    doc = parse_text(text, "x.txt")
    headings = [s.heading for top in doc.outline.sections for s in top.walk()]
    assert _FIRST not in headings and _LAST not in headings
