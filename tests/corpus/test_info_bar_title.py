"""A copied page's info bar (来源：…/发布时间：…) under its title ends the title, though
cleaning drops it."""

from drafter.corpus import parse_text

_BODY = [
    "我们要把基层的事情办好，把群众的难处放在心上，一件一件抓落实。",
    "第二段话讲的是作风问题，干部要多到一线去，少在办公室里转圈子。",
    "第三段话讲的是方法问题，先调查后决策，先试点后推开，稳扎稳打。",
]


def _copied(title: str, after: list[str]) -> str:
    lines = [title, "", "来源：某某日报　　作者：本报记者", "发布时间：2025-11-03 09:13", ""]
    for text in after:
        lines += [text, ""]
    return "\n".join(lines) + "\n责任编辑：赵丹\n"


def test_heading_under_the_info_bar_is_not_the_title_s_second_line():
    # (a title ending in no kind of document: a short line under it may be its second line)
    text = _copied("基层工作中的作风问题", ["干部要多做实事少说空话", *_BODY])
    doc = parse_text(text)
    assert doc.metadata.title == "基层工作中的作风问题"


def test_the_info_bar_closes_a_title_and_keeps_the_source():
    doc = parse_text(_copied("关于基层工作的几点意见", _BODY))
    assert doc.metadata.title == "关于基层工作的几点意见"
    assert "某某日报" in (doc.metadata.source or doc.apparatus.source or "")


def test_a_question_over_the_info_bar_is_the_title():
    doc = parse_text(_copied("基层干部为什么要多到一线去？", _BODY))
    assert doc.metadata.title == "基层干部为什么要多到一线去？"


def test_a_question_opening_the_text_is_still_prose():
    doc = parse_text("\n\n".join(["基层干部为什么要多到一线去？", *_BODY]))
    assert doc.metadata.title is None
