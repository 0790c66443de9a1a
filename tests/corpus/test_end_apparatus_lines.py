"""Lines under the end of a text that are apparatus however they stack: the 版记 (抄送：…,
…印发) under a short text whose endnotes take most of the lines, where the tail's other
lines are not looked for; a book's source line over a paper's end byline."""

from drafter.corpus import parse_text

BODY = [
    "我们要把基层的事情办好，把群众的难处放在心上，一件一件抓落实。",
    "第二段话讲的是作风问题，干部要多到一线去，少在办公室里转圈子。",
]


def test_the_imprint_under_a_short_text_with_many_endnotes_is_apparatus():
    body = [
        "同志们，今天讲三个问题，都是大家关心的事情[1]。",
        "第一个问题是团结，团结才有力量，这是多年来反复证明了的[2]。",
        "第二个问题是进步，不进步就要落后，落后就要挨打[3]。",
        "第三个问题是纪律，纪律是执行路线的保证，大家都要遵守[4]。",
    ]
    notes = [f"[{n}] 见本书第{n}卷某篇文章的注释，这里不再重复说明。" for n in range(1, 9)]
    imprint = [
        "抄送：市委各部门，市人大常委会办公室，市政协办公室。",
        "某某市人民政府办公室　　　　2025年12月1日印发",
    ]
    doc = parse_text("\n\n".join([*body, "注释", *notes, "2025年3月1日", *imprint]))
    texts = [p.text for p in doc.paragraphs()]
    assert not any(t.startswith(("抄送", "某某市人民政府办公室")) for t in texts)
    assert imprint[0] in doc.apparatus.appendix


def test_a_book_source_line_over_a_paper_s_byline_is_apparatus():
    ending = "全党同志都要记住这一条，为人民办实事，做人民的勤务员。"
    text = "\n\n".join(
        [
            *BODY,
            ending,
            "（《某某文集》第二卷，某某出版社1990年5月第1版，第8-10页）",
            "（本报记者 李春华 整理）",
        ]
    )
    doc = parse_text(text)
    body = [p.text for p in doc.paragraphs()]
    assert body[-1] == ending
    assert "《某某文集》" in doc.apparatus.source and "李春华" in doc.apparatus.source


def test_a_minutes_attendance_record_under_it_is_apparatus_not_its_closing():
    """出席：… / 列席：… under a 纪要's last paragraph (modern_blind10 w06): the office's
    record of the meeting, out of the body; the 会议要求… paragraph over it is the closing."""
    ending = "会议要求，各部门要以这次座谈会为契机，把各项政策落到实处。"
    record = ["出席：王某某、李某某、张某某", "列席：县发展改革局、县财政局负责同志"]
    doc = parse_text("\n\n".join(["关于座谈会的纪要", *BODY, *BODY, ending, *record]))
    texts = [p.text for p in doc.paragraphs()]
    assert not any(t.startswith(("出席", "列席")) for t in texts)
    assert record[0] in doc.apparatus.appendix
    assert doc.outline.closing and doc.outline.closing[0] == ending


def test_a_self_criticisms_pledge_and_long_formula_are_its_closing():
    """我将以这次民主生活会为新的起点，… over 以上对照检查，如有不妥之处，恳请同志们批评指正。
    (a formula longer than the short ones, modern_blind10 w05): the pledge opens the closing."""
    pledge = "我将以这次民主生活会为新的起点，对查摆出的问题即知即改、立行立改。"
    formula = "以上对照检查，如有不妥之处，恳请同志们批评指正。"
    lines = ["个人对照检查材料", "一、存在的问题", *BODY, "二、整改措施", *BODY, pledge, formula]
    doc = parse_text("\n\n".join(lines))
    assert doc.outline.closing and doc.outline.closing[0] == pledge
