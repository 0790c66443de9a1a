"""Word files where one heading was typed onto the end of the paragraph before it (no
paragraph mark): the marker families a writer numbers parts with besides 一、, and a bare
part number after a paragraph that happens to contain the number before it as a word.
Own text, documents built in the test with python-docx."""

from __future__ import annotations

import pytest

PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
TAIL = "这一切说明，只要方向对头、措施得力，工作就一定能够做好。"


# A part's heading typed onto the end of the paragraph before it, between headings standing
# alone: the parts as the outline reads them (the field compared, the parts) and whether the
# paragraph before keeps its own text, PARA + TAIL, as the first part's last paragraph.
GLUED = [
    # "…做好。2、抓好项目建设" between 1、 and 3、 standing alone: split off as its own heading
    pytest.param(
        ["在全县经济工作会议上的讲话", PARA, "1、坚定发展信心", PARA * 2,
         PARA + TAIL + "2、抓好项目建设，扩大有效投资", PARA * 2, "3、优化营商环境", PARA * 2],
        "label", ["1、坚定发展信心", "2、抓好项目建设，扩大有效投资", "3、优化营商环境"], True,
        id="arabic_number",
    ),
    # "…这一切说明…做好。二": 一 inside 这一切 is a word, not part 一 written in the paragraph,
    # so the 二 typed onto its end is still the next part's number
    pytest.param(
        ["在全县农村工作会议上的讲话", PARA, "一", PARA * 2, PARA + TAIL + "二", PARA * 2,
         "三", PARA * 2],
        "marker", ["一", "二", "三"], True,
        id="bare_number_after_the_number_before_as_a_word",
    ),
    # "…做好。二 乡镇建设" (a space typed after the number, not a full-width one) between
    # parts written the same way
    pytest.param(
        ["在全县城乡建设会议上的讲话", PARA, "一 城市更新", PARA * 2,
         PARA + TAIL + "二 乡镇建设", PARA * 2, "三 交通网络", PARA * 2],
        "heading", ["城市更新", "乡镇建设", "交通网络"], False,
        id="number_and_an_ascii_space",
    ),
    # an unnumbered title whose halves a comma joins ("抓好春耕，保障供给") is split off as the
    # titles standing alone are
    pytest.param(
        ["在全县春季农业生产工作会议上的讲话", "（2025年3月5日）", PARA * 2, "稳定粮食生产",
         PARA * 2, PARA + TAIL + "抓好春耕，保障供给", PARA * 2, "加强农田水利建设", PARA * 2,
         "强化组织保障", PARA * 2],
        "heading", ["稳定粮食生产", "抓好春耕，保障供给", "加强农田水利建设", "强化组织保障"],
        True,
        id="unnumbered_title_of_two_halves",
    ),
    # a heading as long as a sentence (over 40 characters, no stop at its end) typed onto a
    # Word paragraph: the whole tail is the heading, and the paragraph after it stays apart
    pytest.param(
        ["在全县经济工作会议上的讲话", PARA, "一、坚定发展信心", PARA * 2,
         PARA + TAIL + "二、要系统地规范项目建设的管理，提高一线干部的待遇，适当增加编制，让招商和服务从一开始就融合在一起、就是打通的",
         PARA * 2, "三、优化营商环境", PARA * 2],
        "marker", ["一、", "二、", "三、"], True,
        id="long_heading_with_no_stop",
    ),
    # "…协同、统一、僵化。二、…" : 一、 ending the word 统一 is not the item before 二、
    # written in the paragraph, so 二、 typed onto its end is still the next part
    pytest.param(
        ["在全县经济工作会议上的讲话", PARA, "一、坚定发展信心", PARA * 2,
         PARA + "各部门要各具特色，不必强求步调统一、形式单一。" + "二、抓好项目建设，扩大有效投资",
         PARA * 2, "三、优化营商环境", PARA * 2],
        "marker", ["一、", "二、", "三、"], False,
        id="number_before_ending_a_word",
    ),
    # a run's first part, one sentence quoting a question and ending in ！, typed onto the
    # last paragraph of the opening: the run has no other place for its 一、
    pytest.param(
        ["在全县经济工作会议上的讲话", PARA * 2,
         PARA + "一、“我们是谁？”要坚持走自己的路，做最好的自己！", PARA * 2,
         "二、“我们到哪里去？”要聚焦主业。" + PARA, PARA, "三、优化营商环境。" + PARA, PARA],
        "marker", ["一、", "二、", "三、"], False,
        id="first_part_quoting_a_question",
    ),
    # "…提升。第二点，我想谈一谈…。" between 第一点， and 第三点， opening paragraphs: the
    # one number the run lacks at a line's start, typed onto the paragraph before it
    pytest.param(
        ["在干部大会上的讲话", PARA, "第一点，我想强调一下干部的责任。" + PARA, PARA,
         PARA + "第二点，我想谈一谈干部应有的心态和作风。", PARA * 2,
         "第三点，我想讲一讲干部的学习。" + PARA, PARA],
        "marker", ["第一点，", "第二点，", "第三点，"], False,
        id="missing_point_typed_on",
    ),
    # a numbered minutes question with its asker and colon typed onto the answer before it
    pytest.param(
        ["座谈会纪要", PARA, "问题1（县发改局）：项目审批怎样提速", PARA * 2,
         PARA + TAIL + "问题2（县财政局）：资金拨付为什么慢，今后怎么改进", PARA * 2,
         "问题3（县住建局）：老旧小区改造怎样推进", PARA * 2],
        "marker", ["问题1", "问题2", "问题3"], True,
        id="question_with_its_asker",
    ),
    # two titles only, one typed onto a paragraph, both ending in a year: the one standing
    # alone is written like the tail, so the tail is split off and the two are the parts
    pytest.param(
        ["在公司年度总结大会上的讲话", PARA * 2, PARA + TAIL + "难忘的2023", PARA * 2,
         PARA * 2, "奋进的2024", PARA * 2, PARA * 2],
        "heading", ["难忘的2023", "奋进的2024"], False,
        id="two_titles_ending_in_a_year",
    ),
    # an unnumbered title quoting a phrase (所谓“…”) typed onto the paragraph before it
    pytest.param(
        ["在全县农村工作会议上的讲话", PARA, TAIL, PARA, "关于“三农”工作", PARA * 2,
         PARA + TAIL + "所谓“面子工程”", PARA * 2, "关于干部作风", PARA * 2, "关于工作方法",
         PARA * 2],
        "heading", ["关于“三农”工作", "所谓“面子工程”", "关于干部作风", "关于工作方法"], True,
        id="title_quoting_a_phrase",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "field", "parts", "keeps_its_text"), GLUED)
def test_heading_typed_onto_a_paragraph_is_split_off(
    word_of, paragraphs, field, parts, keeps_its_text
) -> None:
    """Each case of GLUED: the heading glued on is split off as its own part."""
    doc = word_of(paragraphs)
    assert [getattr(s, field) for s in doc.outline.sections] == parts
    if keeps_its_text:
        assert doc.outline.sections[0].paragraphs[-1] == PARA + TAIL


def test_a_list_running_inside_the_paragraph_keeps_its_last_item(word_of) -> None:
    """ "…主要是：1、…；2、…。3、…" ends a list written in the paragraph: no heading is
    split off although 1、… 4、 stand alone elsewhere."""
    inline = "今年的任务主要是：1、稳增长；2、调结构。3、惠民生，办好十件实事"
    doc = word_of(
        ["在全县经济工作会议上的讲话", PARA, "1、坚定发展信心", PARA * 2, "2、抓好项目建设",
         PARA + inline, "3、优化营商环境", PARA * 2, "4、守牢安全底线", PARA * 2],
    )  # fmt: skip
    assert [s.marker for s in doc.outline.sections] == ["1、", "2、", "3、", "4、"]
    assert doc.outline.sections[1].paragraphs[-1] == PARA + inline


def test_yishi_point_typed_onto_a_paragraph(word_of) -> None:
    """A work summary's short points 一是… 二是… each on a line of its own, and "…做好。
    三是勤学习。" typed onto the paragraph before it."""
    doc = word_of(
        ["个人工作总结", PARA, "一、主要工作", PARA, "一是勤沟通。", PARA * 2, "二是勤跑腿。",
         PARA * 2 + TAIL + "三是勤学习。", PARA * 2, "二、存在的不足", PARA * 2],
    )  # fmt: skip
    first = doc.outline.sections[0]
    assert [c.label for c in first.children] == ["一是勤沟通", "二是勤跑腿", "三是勤学习"]
    assert first.children[1].paragraphs[-1] == PARA * 2 + TAIL


def test_first_point_run_into_its_lead_stays_in_the_paragraph(word_of) -> None:
    """ "…环保工作。一是抓好工业、交通、建筑三大领域节能，继续推进重点节能工程建设，落实
    电机、锅炉、汽车等方面的节能措施。" is the first point run into its lead's paragraph
    when 二是、三是 open paragraphs of several sentences: a long sentence-long tail is split
    off only beside headings standing alone as it would."""
    lead = "毫不松懈地加强节能减排和生态环保工作。"
    first = "一是抓好工业、交通、建筑三大领域节能，继续推进重点节能工程建设，落实电机、锅炉、汽车等方面的节能措施。"
    doc = word_of(
        ["在全县经济工作会议上的讲话", PARA, "一、坚定发展信心", PARA * 2, "二、抓好节能环保",
         PARA, lead + first, "二是大力发展循环经济和清洁能源。" + PARA, "三是加强生态保护。" + PARA,
         "三、优化营商环境", PARA * 2],
    )  # fmt: skip
    texts = [p.text for p in doc.paragraphs()]
    assert lead + first in texts
