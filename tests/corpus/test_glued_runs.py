"""A heading typed onto the end of the paragraph before it, found by the run it completes
(drafter/corpus/glued_runs.py), and the unnumbered kinds glued_splits.py splits off by their
siblings (a named part, a speaker's name line, a title beside question titles).

Own text in Word files built with python-docx and in a plain .txt; then real gold texts in
the ``docx_glued`` form of tests/corpus/realforms.py (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from outline_scoring import f1, heading_set
from realforms import expected_sections, load_source, write_form

from drafter.corpus import load_document, parse_text

PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
TAIL = "这一切说明，只要方向对头、措施得力，工作就一定能够做好。"
TITLE = "在全县经济工作会议上的讲话"


def _markers(doc) -> list[str]:
    return [s.marker for s in doc.outline.sections]


def test_first_part_with_a_semicolon_typed_onto_the_opening(word_of) -> None:
    """A run's 一、, a long heading with a ； inside, typed onto the opening's last paragraph
    while 二、 and 三、 stand alone: it is the run's first part, not the opening's text."""
    first = "一、干部队伍建设要不拘一格选拔人才；推动优秀干部走向之字形成长的道路，培养大量的将帅。"
    doc = word_of(
        [TITLE, PARA * 2, PARA + TAIL + first, PARA * 2, "二、公司战略要聚焦主航道。", PARA * 2,
         "三、信任不等于不要监督。", PARA * 2],
    )  # fmt: skip
    assert _markers(doc) == ["一、", "二、", "三、"]
    assert doc.outline.sections[0].heading.startswith("干部队伍建设要不拘一格选拔人才；推动")
    assert PARA + TAIL in [p.text for p in doc.paragraphs()]


def test_last_part_typed_onto_the_paragraph_before_it(word_of) -> None:
    """一、二、三、 run into paragraphs of their own, and "…做好。四、…。" at the end of the
    third part's last paragraph: the run's next number after the two before it."""
    doc = word_of(
        [TITLE, PARA, "一、坚定发展信心。" + PARA, PARA, "二、抓好项目建设。" + PARA, PARA,
         "三、优化营商环境。" + PARA, PARA + TAIL + "四、激发组织活力就是讲精神文明；以多打粮食为中心来建设精神文明。",
         PARA * 2],
    )  # fmt: skip
    assert _markers(doc) == ["一、", "二、", "三、", "四、"]
    assert doc.outline.sections[2].paragraphs[-1] == PARA + TAIL


def test_point_without_a_stop_keeps_its_text_apart(word_of) -> None:
    """ "…有其根据。（3）相持阶段是战争的枢纽" between （2） and （4）, with no stop of its
    own: split off, and the paragraph after it is its text, not joined onto it."""
    body = "三个阶段的主要特点，在于包含一个过渡的中间阶段。"
    doc = word_of(
        [TITLE, PARA, "（1）扩大的全会之召集", PARA * 2, "（2）五中全会到六中全会", PARA,
         PARA + TAIL + "（3）相持阶段是战争的枢纽", body + PARA, "（4）最后胜利是中国的", PARA * 2],
    )  # fmt: skip
    assert [s.heading for s in doc.outline.sections] == [
        "扩大的全会之召集", "五中全会到六中全会", "相持阶段是战争的枢纽", "最后胜利是中国的",
    ]  # fmt: skip
    assert doc.outline.sections[2].paragraphs[0] == body + PARA


def test_second_of_two_questions_typed_on(word_of) -> None:
    """第一个问题是…。 standing alone, and the second typed onto the last paragraph of the
    first: a run of two, whose second member has no other place."""
    doc = word_of(
        [TITLE, PARA, "第一个问题是关于群众生活的问题。", PARA * 3,
         PARA + TAIL + "第二个问题是关于工作方法的问题。", PARA * 3],
    )  # fmt: skip
    assert [s.label for s in doc.outline.sections] == [
        "第一个问题是关于群众生活的问题", "第二个问题是关于工作方法的问题",
    ]  # fmt: skip
    assert doc.outline.sections[0].paragraphs[-1] == PARA + TAIL


def test_mixed_forms_of_a_speakers_points(word_of) -> None:
    """第一个问题， 第二、 第三个问题是 on lines of their own and "…做好。第四个问题，…。"
    typed on: one run whatever the form of each number."""
    doc = word_of(
        [TITLE, PARA, "第一个问题，讲肃反问题。", PARA * 2, "第二、统筹兼顾，适当安排。", PARA * 2,
         "第三个问题是闹事出乱子是好事还是坏事。", PARA, PARA + TAIL + "第四个问题，少数民族问题。",
         PARA * 2],
    )  # fmt: skip
    assert [s.marker for s in doc.outline.sections][-2:] == ["第三个问题是", "第四个问题，"]
    assert doc.outline.sections[2].paragraphs[-1] == PARA + TAIL


def test_minutes_question_longer_than_a_sentence_limit(word_of) -> None:
    """A numbered question of over 100 characters with its asker, typed onto the answer
    before it between 2、 and 4、 (the record's 4 missing: 5、 comes next): the question."""
    ask = (
        "3、李山林：我来自干部部，我们有文员五百八十个人，就像您刚才所说的，很多优秀的文员"
        "转岗做秘书是做得非常好的，但是这一期可能没有给她们提供这个机会，她们非常关心，我希望"
        "加大对文员这种同等学历认证的机会，让更多的人得到成长。"
    )
    assert len(ask) > 100
    doc = word_of(
        [TITLE, PARA, "1、王明：我来自供应链。我的问题是认证怎么做？", "任总：" + PARA,
         "2、李华：我来自制造部。我的问题是待遇怎么定？", "任总：" + PARA + TAIL + ask,
         "任总：" + PARA, "5、张三：我来自财经。我的问题是名额怎么分？", "任总：" + PARA],
    )  # fmt: skip
    assert [s.marker for s in doc.outline.sections] == ["1、", "2、", "3、", "5、"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # 一是 二是 opening paragraphs under 一、, and a list 一是…二是…三是… written into a
        # paragraph under 二、: none of its items continues the run that opens paragraphs
        [
            TITLE,
            PARA,
            "一、主要工作",
            "一是勤沟通。" + PARA,
            "二是勤跑腿。" + PARA,
            "二、存在的不足",
            PARA + "问题有三。一是学得不深。二是干得不实。三是管得不严。",
            PARA,
            "三、今后的打算",
            PARA,
        ],
        # "…分三步走。3、试点，4、推开，5、总结。" inside a paragraph while 1、 2、 3、 open
        # paragraphs elsewhere
        [
            TITLE,
            PARA,
            "1、坚定发展信心",
            PARA * 2,
            "2、抓好项目建设",
            PARA + "改革分三步走。3、试点，4、推开，5、总结。",
            "3、优化营商环境",
            PARA * 2,
        ],
        # 三、四月份: an approximate number after a full stop, not part 三
        [
            TITLE,
            PARA,
            "一、坚定发展信心",
            PARA * 2,
            "二、抓好项目建设",
            PARA + "三、四月份是施工的黄金期，要抓紧开工。",
            PARA,
            "四、守牢安全底线",
            PARA,
        ],
        # 三、五天: prose counts up from its first number, skipping one too
        [
            TITLE,
            PARA,
            "一、坚定发展信心",
            PARA * 2,
            "二、抓好项目建设",
            PARA + "三、五天就能完成审批，要抓紧开工。",
            PARA,
            "四、守牢安全底线",
            PARA,
        ],
    ],
    ids=["points_in_one_paragraph", "list_in_prose", "approximate_number", "approximate_skip"],
)
def test_lists_in_prose_stay_in_their_paragraph(word_of, paragraphs) -> None:
    """No paragraph is split where the marker is a list's item written into prose: the
    paragraph holding it (the one after 二、) reads as written."""
    doc = word_of(paragraphs)
    prose = next(t for t in paragraphs if t.startswith(PARA) and t.replace(PARA, ""))
    assert prose in [p.text for p in doc.paragraphs()]


def test_last_part_of_a_spoken_series_typed_on(word_of) -> None:
    """一、… / 我讲的第二个问题，… / "…做好。第三点，…": no family's run holds the three, so
    only the spoken series says the glued 第三点， is its last part (ren 20080410's shape)."""
    doc = word_of(
        [TITLE, PARA, "一、要抓好队伍建设。" + PARA, PARA * 2, "我讲的第二个问题，是制度建设。" + PARA,
         PARA * 2, PARA + TAIL + "第三点，要抓好作风建设。" + PARA, PARA * 2],
    )  # fmt: skip
    assert _markers(doc) == ["一、", "我讲的第二个问题，", "第三点，"]
    assert PARA + TAIL in [p.text for p in doc.paragraphs()]


@pytest.mark.parametrize(
    "third",
    ["第三点很重要，要抓好作风建设。", "第三我们要抓好作风建设。"],
    ids=["unit_run_on", "bare"],
)
def test_no_spoken_member_split_off_without_its_mark(word_of, third) -> None:
    """After 一、 and 我讲的第二个问题，, a 第三点 run on into prose or a bare 第三 stays in its
    paragraph: the spoken series claims a glued ordinal only with its mark."""
    glued = PARA + TAIL + third + PARA
    doc = word_of(
        [TITLE, PARA, "一、要抓好队伍建设。" + PARA, PARA * 2, "我讲的第二个问题，是制度建设。" + PARA,
         PARA * 2, glued, PARA * 2],
    )  # fmt: skip
    assert glued in [p.text for p in doc.paragraphs()]


def test_first_part_opening_with_ten_typed_onto_the_opening(word_of) -> None:
    """ "…生存下去。一、十年回顾，不创新才是最大的风险" typed onto the opening's last
    paragraph, 二、 and 三、 standing alone: 一、十 is no approximate number (prose counts
    up, 三、四 / 九、十), so the run's first part is split off (heldout38_ren_20000720 in
    the docx_glued form)."""
    doc = word_of(
        [TITLE, PARA, PARA + TAIL + "一、十年回顾，不创新才是最大的风险", PARA * 2,
         "二、创新的内外动力", PARA * 2, "三、提升核心竞争力", PARA * 2],
    )  # fmt: skip
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、", "三、"]
    assert doc.outline.sections[0].heading == "十年回顾，不创新才是最大的风险"


def test_named_part_typed_onto_the_last_paragraph(word_of) -> None:
    """ "…这就是我的志愿。跋" with 序 standing alone: the second named part."""
    doc = word_of(
        [
            "《农村调查》的序言和跋",
            "（一九四一年三月）",
            "序",
            PARA * 3,
            PARA + TAIL + "跋",
            PARA * 3,
        ]
    )
    assert [s.heading for s in doc.outline.sections] == ["序", "跋"]


def test_speaker_name_typed_onto_the_talk_before(word_of) -> None:
    """郭平： 徐直军： each alone over their talks, "…来证明的。任正非：" typed on."""
    doc = word_of(
        ["座谈会上的讲话", "郭平：", PARA, PARA, PARA, "徐直军：", PARA, PARA, PARA + TAIL + "任正非：",
         PARA, PARA, PARA],
    )  # fmt: skip
    assert [s.heading for s in doc.outline.sections] == ["郭平", "徐直军", "任正非"]


def test_title_typed_on_beside_question_titles(word_of) -> None:
    """Part titles standing alone, two of them questions (日本经济怎么了？), and one typed
    onto a paragraph: the questions count as the text's titles."""
    doc = word_of(
        ["北国之春", PARA, PARA, "北国之春总会来临", PARA * 2, PARA + TAIL + "奋斗是民族崛起的动力源泉",
         PARA * 2, "日本经济怎么了？", PARA * 2, "日本企业遇到了什么困难？", PARA * 2],
    )  # fmt: skip
    assert "奋斗是民族崛起的动力源泉" in [s.heading for s in doc.outline.sections]


def test_plain_text_heading_typed_on(tmp_path: Path) -> None:
    """The same in a text file of whole lines: "…做好。（2）存在的问题" ends its line, the
    next line is the part's text."""
    text = "\n".join(
        [TITLE, "", PARA, "（1）主要成绩", PARA * 2, PARA + TAIL + "（2）存在的问题",
         "主要是发展不平衡。" + PARA, "（3）下一步打算", PARA * 2],
    )  # fmt: skip
    doc = parse_text(text, "glued.txt")
    assert [s.heading for s in doc.outline.sections] == ["主要成绩", "存在的问题", "下一步打算"]
    assert doc.outline.sections[1].paragraphs[0] == "主要是发展不平衡。" + PARA


# Real gold texts whose docx_glued form lost a heading or a level before the run rule (each
# a different case: a first 一、 with ；, a last 三、 beside run-in parts, （6） with no stop,
# 第二个问题 of two, a minutes question over 100 characters, 跋; a spoken series' last
# 第三点， after 一、 and 我讲的第二个问题，; 一、十年回顾, no approximate number).
REAL = (
    "heldout33_ren_20130719",
    "heldout34_ren_20170601",
    "heldout8_mao_v2_010_2",
    "heldout21_mao_v1_011",
    "heldout29_ren_20111026",
    "heldout21_mao_v3_001",
    "heldout38_ren_20080410",
    "heldout38_ren_20000720",
)
GOLD = Path(__file__).resolve().parent.parent / "gold"


@pytest.mark.parametrize("name", REAL)
def test_real_texts_in_the_glued_form(name: str, shared_dir: Path, tmp_path: Path) -> None:
    """Each text typed with its chosen heading glued on reads as its source does (F1 1.0)."""
    source = load_source(GOLD / f"{name}.json", shared_dir)
    doc = load_document(write_form(source, "docx_glued", tmp_path))
    want = heading_set(expected_sections(source, "docx_glued"))
    assert f1(want, heading_set(doc.outline.sections)) == 1.0
