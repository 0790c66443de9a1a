"""Dash lines standing alone over their paragraphs (——学习他们…的优良作风, three under a part)
are the part's level-2 headings, with a stop or without; one dash line alone (a subtitle, a
quotation's author) and dashed list items with no paragraphs between are not. Every text is
written for the test (places and people made up)."""

from __future__ import annotations

from drafter.corpus import parse_text

LEADS = [
    "——学习他们忠诚教育、甘于奉献的崇高品格",
    "——学习他们潜心育人、精益求精的敬业精神",
    "——学习他们勇于创新、追求卓越的进取意识",
]
PARAS = [
    "受表彰的老师们几十年如一日扎根三尺讲台，把全部心血倾注在学生身上，一干就是二十多年。",
    "他们始终把立德树人作为根本任务，认真钻研教材教法，用心用情上好每一堂课。",
    "面对教育改革的新要求，他们积极探索课堂教学改革，取得了一批有影响的教学成果。",
]


def _speech(part_two: list[str]):
    lines = [
        "在全市教师节表彰大会上的讲话",
        "",
        "同志们：",
        "",
        "今天我们召开大会，隆重表彰一批优秀教师，向受到表彰的同志表示热烈的祝贺！",
        "",
        "一、充分肯定全市教育事业取得的成绩",
        "",
        "过去一年全市新建改扩建中小学校二十三所，义务教育优质均衡发展扎实推进。",
        "",
        "二、向受表彰的先进典型学习",
        "",
        *part_two,
        "三、营造尊师重教的浓厚氛围",
        "",
        "各级党委、政府要把尊师重教落到实处，切实提高教师待遇，让教师安心从教。",
        "",
        "同志们，教育是国之大计。希望大家不忘立德树人初心，作出新的更大贡献！",
    ]
    return parse_text("\n".join(lines), "speech.txt")


def _part_two(doc) -> list[str]:
    return [c.marker + c.heading for c in doc.outline.sections[1].children]


def test_dash_lines_over_their_paragraphs_are_level_two():
    part = [x for lead, para in zip(LEADS, PARAS) for x in (lead, "", para, "")]
    assert _part_two(_speech(part)) == LEADS


def test_with_a_stop_too():
    part = [x for lead, para in zip(LEADS, PARAS) for x in (lead + "。", "", para, "")]
    assert _part_two(_speech(part)) == LEADS


def test_a_dashed_list_without_paragraphs_is_no_heading():
    part = ["要做到：", "", *[x for lead in LEADS for x in (lead + "；", "")], PARAS[0], ""]
    assert _part_two(_speech(part)) == []


def test_a_quotations_author_is_no_heading():
    part = [
        "“教育是国之大计、党之大计。”",
        "",
        "——习近平总书记在全国教育大会上",
        "",
        PARAS[0],
        "",
        "“一个人遇到好老师是人生的幸运。”",
        "",
        "——习近平总书记同北京师范大学师生",
        "",
        PARAS[1],
        "",
    ]
    assert _part_two(_speech(part)) == []
