"""A report copied from a web page whose lead sentences were bold (drafter/corpus/emphasis.py):
the paragraph's indent stands alone on a line, the bold words start the next line without
an indent, the rest of the paragraph follows unindented; ordinary paragraphs keep their
indent. The bold lines are the leads — however short the paragraph under them — and no
other line is: not a short ordinary paragraph over bold points, not the words a bold lead
runs into. An unnumbered part title before 一、 standing over bold leads of its own is a
part of the report. Our own sentences."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_IND = "\u3000\u3000"
_BODIES = (
    "全年完成固定资产投资比上年增长百分之八，重点项目建设进展顺利，一批基础设施相继建成投用。",
    "城乡面貌发生明显变化，群众的获得感不断增强，为今后发展打下了坚实基础，各项工作取得新的进展。",
    "要坚持问题导向，抓住突出矛盾，集中力量办成几件大事，让人民群众真正得到实惠。",
    "各地区各部门必须把思想统一到中央的部署上来，加强协调配合，确保各项政策落到实处。",
    "这项工作任务重、要求高，必须精心组织，周密安排，层层落实责任，按期完成目标任务。",
)
_count = [0]


def _body() -> str:
    """A paragraph of the report: the same few sentences, in turns."""
    _count[0] += 1
    return "".join(_BODIES[(_count[0] + k) % len(_BODIES)] for k in range(3))


def _bold(lead: str, body: str | None = "") -> list[str]:
    """A paragraph whose first words the page set in bold, as the copy keeps it."""
    if body == "":
        body = _body()
    return [_IND, lead] + ([body] if body else []) + [""]


def _plain(text: str) -> list[str]:
    return [_IND + text, ""]


def _report(review_title: bool = True) -> str:
    lines = ["各位代表：", ""]
    lines += _plain("现在，我代表市人民政府向大会报告工作，请予审议。") + ["", ""]
    if review_title:
        lines += ["首先报告去年的工作", "", ""]
    lines += _plain(
        "去年，全市人民在市委领导下，克服困难，开拓进取，各项事业取得新的成绩。" + _body()
    )
    for lead in (
        "经济运行稳中有进。",
        "改革开放不断深化。",
        "社会事业全面发展。",
        "人民生活继续改善。",
    ):
        lines += _bold(lead)
    lines += _plain("今年要着重做好以下三个方面的工作。") + ["", ""]
    lines += ["一、扩大有效需求，促进经济平稳增长", "", ""]
    lines += _plain("保持经济平稳增长，是扩大就业、改善民生的基础。" + _body())
    # a short ordinary paragraph over the bold points: no lead
    lines += _plain("扩大国内需求，首先必须增加城乡居民的收入。")
    lines += _bold("一是千方百计增加农民收入。", None)
    lines += _bold("二是进一步完善社会保障体系。")
    lines += _bold("三是积极扩大就业和再就业。")
    # a bold lead over a paragraph of two short sentences
    lines += _bold("保持投资的合理规模。", "重点支持在建项目。防止盲目上新项目。")
    lines += _bold("做好财政税收工作。")
    lines += ["", "", "二、深化改革，增强发展活力", "", ""]
    lines += _plain("深化改革是增强发展活力的根本举措。" + _body())
    # the words a bold lead runs into, a short sentence on the next line: its paragraph
    lines += _bold("深化国有企业改革。", "近几年，国企改革取得了很大进展，但是任务仍然相当艰巨。")
    lines += _bold("一是切实加强现代企业制度建设。")
    lines += _bold("二是积极推进企业重组改组。")
    lines += _bold("推进垄断行业改革。")
    lines += _bold("鼓励和支持非公有制经济发展。")
    lines += ["", "", "三、保障和改善民生，促进社会和谐", "", ""]
    lines += _plain("民生是为政之要，必须放在更加突出的位置。" + _body())
    lines += _bold("千方百计扩大就业。")
    lines += _bold("加快发展教育事业。")
    lines += _bold("完善社会保障制度。")
    lines += ["", "", "各位代表！", ""]
    lines += _plain("让我们紧密团结起来，为全面完成今年的各项任务而努力奋斗！")
    return "\n".join(lines)


def test_bold_lines_are_the_leads_and_no_other_line_is() -> None:
    tree = [h for h in levelled(_report()) if h[0] <= 2]
    first = tree.index((1, "一、扩大有效需求，促进经济平稳增长"))
    assert tree[first : first + 6] == [
        (1, "一、扩大有效需求，促进经济平稳增长"),
        (2, "一是千方百计增加农民收入"),
        (2, "二是进一步完善社会保障体系"),
        (2, "三是积极扩大就业和再就业"),
        (2, "保持投资的合理规模"),  # bold over a short paragraph: a lead
        (2, "做好财政税收工作"),
    ]
    assert (2, "深化国有企业改革") in tree
    headings = [h for _, h in levelled(_report())]
    assert not any(h.startswith("扩大国内需求") for h in headings)  # short, but not bold
    assert not any(h.startswith("近几年") for h in headings)  # the bold lead's own paragraph


def test_unnumbered_part_title_before_the_numbered_parts_is_a_part() -> None:
    tree = [h for h in levelled(_report()) if h[0] <= 2]
    assert tree[:6] == [
        (1, "首先报告去年的工作"),
        (2, "经济运行稳中有进"),
        (2, "改革开放不断深化"),
        (2, "社会事业全面发展"),
        (2, "人民生活继续改善"),
        (1, "一、扩大有效需求，促进经济平稳增长"),
    ]
    assert [h for h in tree if h[0] == 1] == [
        (1, "首先报告去年的工作"),
        (1, "一、扩大有效需求，促进经济平稳增长"),
        (1, "二、深化改革，增强发展活力"),
        (1, "三、保障和改善民生，促进社会和谐"),
    ]


def test_a_copy_that_breaks_after_every_indent_marks_no_bold() -> None:
    """Every paragraph's indent alone on its line: the copy's habit, not the page's bold;
    short sentences over short paragraphs stay text as in any plain copy."""
    paras = ["各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。"]
    paras += ["一、过去一年的工作", _body()]
    for lead in (
        "经济运行稳中有进。",
        "改革开放不断深化。",
        "社会事业全面发展。",
        "人民生活继续改善。",
    ):
        paras += [lead, "重点支持在建项目。防止盲目上新项目。"]
    paras += ["二、今年的主要任务", _body(), _body()]
    paras += ["三、加强政府自身建设", _body(), _body()]
    paras += ["让我们紧密团结起来，为全面完成今年的各项任务而努力奋斗！"]
    text = "\n".join(line for p in paras for line in (_IND, p, ""))
    assert [h for h in levelled(text) if h[0] == 2] == []
