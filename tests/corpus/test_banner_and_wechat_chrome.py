"""A paper's banner, a journal's issue line and a WeChat article's furniture are the page's, not
the document's: the title is the title line alone, the speaker line under it is the speaker,
and the account's calls, end mark, list of earlier articles and credits stay out of the body,
so that the closing is found above them. Every text here is written for the test (places and
people made up), in the manner of tests/modern."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.boilerplate import classify_line, is_banner, is_tail_marker

TITLE = "在全县安全生产工作会议上的讲话"
CALL = "同志们，安全生产责任重于泰山。让我们以高度负责的态度，扎扎实实做好各项工作！"
SPEECH = [
    "同志们：",
    "",
    "今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段工作。下面，我讲两点意见。",
    "",
    "一、清醒认识当前安全生产形势",
    "",
    "去年以来全县安全生产形势总体平稳，但一些行业领域隐患依然突出，个别地方监管存在盲区。",
    "",
    "二、压紧压实安全生产责任",
    "",
    "要严格落实党政同责、一岗双责，层层压实责任，对违法违规行为依法严厉查处，强化应急准备。",
    "",
    CALL,
]


def _doc(header: list[str], tail: list[str] = ()) -> object:
    return parse_text("\n".join([*header, "", *SPEECH, "", *tail]), "page.txt")


def _body(doc) -> list[str]:
    return [p.text for p in doc.paragraphs()]


def test_a_papers_banner_with_its_address_is_not_glued_to_the_title():
    """ "某某日报社主办　　www.…" over the title: the paper's banner, not a line of the title;
    the post-and-name line under the title is the speaker."""
    doc = _doc(["青川日报社主办　　www.qcnews.com.cn", "", TITLE, "", "县长　孙立平"])
    assert doc.metadata.title == TITLE
    assert (doc.metadata.post, doc.metadata.speaker) == ("县长", "孙立平")


def test_a_sites_banner_line_set_close_over_the_title_and_speaker_is_neither():
    """The site's name, its sponsor and its address on one line, then the title and the
    speaker line with no blank line between (modern_blind3 p04's page): three lines, not one
    title glued from them."""
    header = [
        "青川新闻网　青川日报社主办　　www.qcnews.com.cn",
        TITLE,
        "县长　孙立平",
        "（2025年3月2日）",
    ]
    doc = parse_text("\n".join([*header, *[t for t in SPEECH if t]]), "page.txt")
    assert doc.metadata.title == TITLE
    assert (doc.metadata.post, doc.metadata.speaker) == ("县长", "孙立平")
    assert not any("qcnews" in t for t in _body(doc))


def test_a_long_title_does_not_run_on_into_its_speaker_line():
    """A title longer than a line of prose, then the post-and-name line: two lines."""
    title = "在全县深化“放管服”改革优化营商环境暨数字政府建设和一体化政务服务平台建设推进工作电视电话会议上的讲话"
    assert len(title) > 50
    doc = parse_text("\n".join([title, "县长　孙立平", *[t for t in SPEECH if t]]), "t.txt")
    assert doc.metadata.title == title
    assert doc.metadata.speaker == "孙立平"


def test_a_speaker_signed_on_the_title_line_is_not_title():
    """ "在…上的讲话　县长　孙立平" on one line: the title, then its speaker."""
    doc = _doc([f"{TITLE}　县长　孙立平"])
    assert doc.metadata.title == TITLE
    assert (doc.metadata.post, doc.metadata.speaker) == ("县长", "孙立平")


def test_sponsor_and_address_banners_and_lines_that_are_not():
    assert is_banner("青川日报社主办")
    assert is_banner("青川发布　http://www.qcfb.gov.cn")
    assert is_banner("青川新闻网　青川日报社主办　　www.qcnews.com.cn")
    assert not is_banner("青川新闻网　由县委宣传部主办的读书活动，已举办三届。")
    assert not is_banner("由县委宣传部主办的读书活动，已举办三届。")
    assert not is_banner(TITLE)


def test_a_journals_issue_line_is_the_source_not_the_title():
    """ "《某某政协》2025年第4期（总第86期）" over a report: where it was printed."""
    doc = _doc(["《青川政协》2025年第4期（总第86期）", "", "关于我县安全生产情况的调研报告"])
    assert doc.metadata.title == "关于我县安全生产情况的调研报告"
    assert doc.apparatus.source == "《青川政协》2025年第4期（总第86期）"
    assert not any("总第86期" in t for t in _body(doc))


WECHAT_TAIL = [
    "- END -",
    "",
    "往期推荐",
    "",
    "全县召开春季农业生产工作推进会",
    "",
    "我县开展“安全生产月”宣传咨询日活动",
    "",
    "点个“在看”，分享给更多人",
    "",
    "编辑：王晓雯　审核：陈立新",
    "",
    "来源：青川发布",
]


def test_a_wechat_articles_furniture_is_out_of_the_title_and_the_body():
    """The call to follow over the title, and under the text its end mark, earlier articles,
    the call to press 在看 and the credits: none of it is the speech, and its closing is the
    speaker's last call above them."""
    doc = _doc(["点击上方蓝字关注我们", "", TITLE, "", "县长　孙立平"], WECHAT_TAIL)
    assert doc.metadata.title == TITLE
    body = _body(doc)
    assert body[-1] == CALL
    assert doc.outline.closing == [CALL]
    assert doc.metadata.source == "青川发布"


def test_the_end_mark_cuts_the_links_after_it_without_a_label():
    """ "- END -" then the account's earlier articles with no 往期推荐 over them."""
    tail = [t for t in WECHAT_TAIL if t != "往期推荐"]
    doc = _doc([TITLE], tail)
    assert doc.outline.closing == [CALL]


def test_wechat_lines_and_the_speakers_own_words():
    for chrome in (
        "点击蓝字 关注我们",
        "分享、点赞、在看，给我们鼓励",
        "阅读原文",
        "编辑｜王晓雯　审核｜陈立新",
    ):
        assert classify_line(chrome) == "boilerplate", chrome
    assert is_tail_marker("—END—") and is_tail_marker("往期回顾")
    for words in ("我们要关注民生。", "要关注群众诉求，在看问题上要全面", "编辑部的同志们辛苦了"):
        assert classify_line(words) is None, words


def _wrapped(header: list[str]) -> object:
    """``header`` over the speech hard-wrapped at 30 characters, each paragraph indented,
    with no blank line anywhere (a paper's page copied as it was laid out)."""
    lines = list(header)
    for para in (p for p in SPEECH if p):
        text = "　　" + para
        lines += [text[i : i + 30] for i in range(0, len(text), 30)]
    return parse_text("\n".join(lines) + "\n", "paper.txt")


@pytest.mark.parametrize(
    "line",
    [
        "《青川日报》（2026年01月09日 第01版）",
        "《 青川日报 》（ 2026年01月09日 01 版）",
        "《青川日报》2026年1月9日 第1版",
        "青川日报 2026年1月9日 第3版 要闻",
    ],
)
@pytest.mark.parametrize("where", ["over", "under"])
def test_a_papers_print_line_is_the_source_not_the_title_or_the_opening(line, where):
    """A paper's print line over the title or under the subtitle: where and when it was
    printed (the source line), never glued to the title, never a paragraph of the opening,
    and its day is the day it was printed, not the speech's."""
    head = ["奋力开创安全生产工作新局面", "——在全县安全生产工作会议上的讲话"]
    doc = _wrapped([line, *head] if where == "over" else [*head, line])
    assert doc.metadata.title == "奋力开创安全生产工作新局面"
    assert doc.apparatus.source == line
    assert doc.metadata.date is None
    assert doc.outline.preamble[0] == "同志们："
    assert not any("2026年" in t for t in _body(doc))


def test_a_paper_named_in_the_opening_is_not_a_print_line():
    """Prose that names a paper and a day is the text's own."""
    said = "青川日报2026年1月9日报道了我县的做法。"
    doc = parse_text("\n".join([TITLE, "", "同志们：", "", said, "", *SPEECH[2:]]), "t.txt")
    assert said in _body(doc)
