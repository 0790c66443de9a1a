"""Structure inference as a whole (issue 8, points 1 and 3-6): one minimal text per rule.

The texts are written here for the test (fictional places, no real document copied); the
real-document figures are in test_outline_gold.py.
"""

from __future__ import annotations

import json
import subprocess
import sys

from drafter.corpus import parse_text
from drafter.corpus.markers import PART, cn_to_int, match_part
from tests.corpus.conftest import two_levels

BODY = "这项工作事关全局，各级各部门要统一思想、提高认识，切实把各项任务落到实处，确保取得实效。"


def heads(text: str) -> list[tuple[int, str]]:
    """(level, marker + heading) of every section, depth first."""
    doc = parse_text(text)
    return [(s.level, s.marker + s.heading) for s in doc.outline.walk()]


def lines(*paragraphs: str) -> str:
    return "\n".join(paragraphs) + "\n"


# -- point 1: levels from the whole document, not from first appearance ----------------


def test_opening_list_does_not_take_level_one_from_the_skeleton() -> None:
    text = lines(
        "同志们：",
        "这几年，县委办公室的同志们一是讲政治，二是顾大局，三是守纪律，成绩有目共睹。",
        "一是政治坚定。",
        "二是作风扎实。",
        "三是服务周到。",
        "下面，我讲三句话。",
        "第一句话：要当好参谋助手。",
        BODY,
        "首先，要吃透上情。" + BODY,
        "第二，要摸清下情。" + BODY,
        "第三，要提出对策。" + BODY,
        "第二句话：要抓好督查落实。",
        BODY,
        "首先，要建立台账。" + BODY,
        "第二，要跟踪问效。" + BODY,
        "第三句话：要加强自身建设。",
        BODY,
        BODY,
    )
    got = heads(text)
    top = [h for lv, h in got if lv == 1]
    assert top == [
        "第一句话：要当好参谋助手",
        "第二句话：要抓好督查落实",
        "第三句话：要加强自身建设",
    ]
    assert (2, "首先，要吃透上情") in got
    assert not any(h.startswith("一是") for _, h in got)  # the opening list is the opening
    doc = parse_text(text)
    assert doc.outline.preamble[2] == "一是政治坚定。"


def test_parts_outrank_the_lists_inside_them_whatever_comes_first() -> None:
    text = lines(
        "一是提高站位。" + BODY,
        "二是压实责任。" + BODY,
        "一、总体要求",
        BODY,
        "（一）指导思想",
        BODY,
        "（二）基本原则",
        BODY,
        "二、重点任务",
        BODY,
        "（一）抓产业",
        BODY,
        "（二）抓项目",
        BODY,
    )
    got = heads(text)
    assert [h for lv, h in got if lv == 1] == ["一、总体要求", "二、重点任务"]
    assert [h for lv, h in got if lv == 2] == [
        "（一）指导思想",
        "（二）基本原则",
        "（一）抓产业",
        "（二）抓项目",
    ]


def test_numbered_paragraphs_running_across_part_titles_are_not_headings() -> None:
    # （一）…（十二） number the paragraphs of the whole text; the part titles are the outline
    numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    paragraphs = ["关于某某问题的报告", "同志们："]
    for k, part in enumerate(("问题的提出", "问题的根据", "问题的结论")):
        paragraphs.append(part)
        paragraphs += [f"（{n}）" + BODY * 3 for n in numbers[4 * k : 4 * k + 4]]
    doc = parse_text(lines(*paragraphs))
    assert [(s.level, s.heading) for s in doc.outline.walk()] == [
        (1, "问题的提出"),
        (1, "问题的根据"),
        (1, "问题的结论"),
    ]
    assert doc.metadata.title == "关于某某问题的报告"
    assert any("连续编号" in d for d in doc.outline.doubts)


def test_paragraph_numbers_written_digit_by_digit() -> None:
    assert cn_to_int("一〇") == 10
    assert cn_to_int("一二〇") == 120
    assert cn_to_int("十二") == 12
    assert cn_to_int("两") == 2


def test_confidence_is_high_for_a_clear_report_and_says_why_when_lower() -> None:
    clear = parse_text(
        lines(
            "同志们：", "一、总体要求", BODY, BODY, "二、重点任务", BODY, BODY, "三、保障措施", BODY
        )
    )
    assert clear.outline.confidence >= 0.9
    assert clear.outline.doubts == []
    gap = parse_text(
        lines(
            "同志们：", "一、总体要求", BODY, BODY, "三、重点任务", BODY, BODY, "四、保障措施", BODY
        )
    )
    assert gap.outline.confidence < clear.outline.confidence
    assert any("编号不连续" in d for d in gap.outline.doubts)
    flat = parse_text(lines("同志们：", *[BODY * 2] * 40))
    assert flat.outline.confidence < clear.outline.confidence
    assert flat.outline.doubts == ["较长的正文中未找到小标题"]


# -- point 3: part headings without the usual markers ----------------------------------


def test_named_parts_and_spaced_characters() -> None:
    got = heads(
        lines(
            "论某某问题", "引　　言", BODY, BODY, "问题的提出", BODY, BODY, "结　　论", BODY, BODY
        )
    )
    assert [h for _, h in got] == ["引言", "问题的提出", "结论"]


def test_named_parts_counted_by_a_numeral() -> None:
    """序言一 / 序言二 (a book's two prefaces, each with its date under it): the name makes the
    part, the numeral tells the two apart; the first, right under the title, is no speaker."""
    doc = parse_text(
        lines(
            "《某某县合作化材料》的序言",
            "（一九五五年九月、十二月）",
            "序言一",
            "（一九五五年九月二十五日）",
            BODY,
            BODY,
            "序言二",
            "（一九五五年十二月二十七日）",
            BODY,
            BODY,
        )
    )
    assert [(s.level, s.heading) for s in doc.outline.walk()] == [(1, "序言一"), (1, "序言二")]
    assert doc.metadata.speaker is None


def test_a_counted_part_typed_onto_a_paragraph_is_split_off() -> None:
    """ "…落到实处。序言二" with 序言一 alone above (a Word paragraph each): the second part's
    name is split off; with no 序言一 it stays the paragraph's words."""
    from drafter.corpus.glued_splits import _split_glued_counted_parts
    from drafter.corpus.model import Block

    got = _split_glued_counted_parts([Block("序言一"), Block(BODY), Block(BODY + "序言二")])
    assert [b.text for b in got] == ["序言一", BODY, BODY, "序言二"]
    alone = _split_glued_counted_parts([Block(BODY), Block(BODY + "序言二")])
    assert [b.text for b in alone] == [BODY, BODY + "序言二"]


def test_bare_numerals_alone_on_a_line_are_parts() -> None:
    got = heads(lines("论某某问题", "一", BODY, BODY, "二", BODY, BODY, "三", BODY, BODY))
    assert got == [(1, "一"), (1, "二"), (1, "三")]


def test_numeral_and_full_width_space_before_a_title() -> None:
    got = heads(
        lines(
            "论某某问题",
            "一　关于当前形势",
            BODY,
            BODY,
            "二　关于今年任务",
            BODY,
            "三　结　　论",
            BODY,
        )
    )
    assert got == [(1, "一　关于当前形势"), (1, "二　关于今年任务"), (1, "三　结论")]


def test_part_number_needs_to_stand_alone() -> None:
    assert match_part("一") is not None and match_part("一").family == PART
    assert match_part("一 个人在这里。他说了很多话") is None
    assert match_part("一是讲政治") is None


# -- point 4: closings -----------------------------------------------------------------


def _closing(*ending: str) -> list[str]:
    text = lines("一、总体要求", BODY, BODY, "二、重点任务", BODY, BODY, *ending)
    return parse_text(text).outline.closing


def test_closing_from_summing_up_words() -> None:
    for opener in (
        "总之，做好今年的工作意义重大。",
        "总而言之，任务艰巨，使命光荣。",
        "今天我就讲这些。",
        "以上意见，请结合实际认真贯彻落实。",
    ):
        assert _closing(opener, "让我们团结一心，奋力拼搏！") == [
            opener,
            "让我们团结一心，奋力拼搏！",
        ], opener


def test_closing_from_thanks_and_from_a_signature_and_date() -> None:
    assert _closing("谢谢大家！") == ["谢谢大家！"]
    assert _closing("青山县人民政府办公室", "2025年4月2日") == [
        "青山县人民政府办公室",
        "2025年4月2日",
    ]


# -- point 5: a line standing alone is a whole heading ---------------------------------


def test_a_short_line_is_a_heading_as_a_whole() -> None:
    got = heads(
        lines(
            "（一）为群众服务是我们的根本宗旨；群众满意是我们的最高标准。",
            BODY,
            "（二）质量第一，效益优先。",
            BODY,
        )
    )
    assert got[0] == (1, "（一）为群众服务是我们的根本宗旨；群众满意是我们的最高标准")


def test_a_long_paragraph_is_cut_after_its_first_sentence() -> None:
    got = heads(lines("（一）抓好项目建设。" + BODY, BODY, "（二）抓好招商引资。" + BODY, BODY))
    assert got == [(1, "（一）抓好项目建设"), (1, "（二）抓好招商引资")]


# -- point 6: lists inside a section are not headings -----------------------------------


def test_steps_announced_with_a_colon_are_a_list() -> None:
    got = heads(
        lines(
            "一、工作安排",
            "具体分三步进行：",
            "1.动员部署，3月底前完成。",
            "2.组织实施，6月底前完成。",
            "3.总结验收，年底前完成。",
            BODY,
            "二、保障措施",
            BODY,
        )
    )
    assert got == [(1, "一、工作安排"), (1, "二、保障措施")]


def test_an_inline_plan_in_one_paragraph_is_not_a_heading() -> None:
    got = heads(
        lines(
            "一、工作安排",
            "1、动员部署；2、组织实施；3、总结验收。各阶段要环环相扣。",
            BODY,
            "二、保障措施",
            BODY,
        )
    )
    assert got == [(1, "一、工作安排"), (1, "二、保障措施")]


def test_numbered_rules_in_an_appendix_are_not_sections() -> None:
    rules = [f"{i}．第{i}条规则的内容，必须遵守，不得违反。" for i in range(1, 22)]
    text = lines("一、总体要求", BODY, BODY, "二、重点任务", BODY, BODY, BODY, BODY, "附件", *rules)
    got = heads(text)
    assert got == [(1, "一、总体要求"), (1, "二、重点任务")]


# -- outline --json ----------------------------------------------------------------------


def test_outline_json_has_confidence_post_and_level(tmp_path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(
        lines(
            "在全县工作会议上的讲话",
            "县委书记 张三",
            "（2025年3月1日）",
            "同志们：",
            BODY,
            "一、总体要求",
            BODY,
            "二、重点任务",
            BODY,
        ),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "drafter", "outline", "--json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    assert 0.0 <= data["confidence"] <= 1.0
    assert isinstance(data["doubts"], list)
    assert data["post"] == "县委书记"
    assert data["level"] == "全县"


def test_labelled_articles_of_a_text_that_is_not_a_law_are_its_points() -> None:
    got = heads(
        lines(
            "公司基本法解读",
            "第一条（追求）  我们的追求是成为行业领先企业。",
            "1、以客户为导向。" + BODY,
            "2、坚持投入研发。" + BODY,
            "第二条（员工）  员工是最大的财富。",
            "1、人才是牵引力。" + BODY,
            "2、不搞终身雇佣。" + BODY,
        )
    )
    # the label stays as written, with the first sentence after it (tests/gold/README.md)
    assert [h for lv, h in got if lv == 1] == [
        "第一条（追求）我们的追求是成为行业领先企业",
        "第二条（员工）员工是最大的财富",
    ]
    assert (2, "1、以客户为导向") in got


def test_confidence_and_doubts_survive_the_library_cache() -> None:
    from drafter.library.cached_parse import decode_document, encode_document

    doc = parse_text(lines("同志们：", "一、甲", BODY, BODY, "三、乙", BODY, BODY, "四、丙", BODY))
    again = decode_document(encode_document(doc))
    assert again.outline.confidence == doc.outline.confidence < 1
    assert again.outline.doubts == doc.outline.doubts


def test_opening_and_closing_addresses_as_parts() -> None:
    doc = parse_text(
        lines(
            "在某某大会上的讲话",
            "（2025年3月1日）",
            "开幕词",
            BODY,
            BODY,
            "同志们，" + BODY,
            "闭幕词",
            BODY,
            BODY,
        )
    )
    assert doc.metadata.speaker is None  # 开幕词 is not a name
    assert [(s.level, s.heading) for s in doc.outline.walk()] == [(1, "开幕词"), (1, "闭幕词")]


def test_parts_named_by_their_day() -> None:
    got = heads(
        lines(
            "在全县经济工作会议上的讲话",
            "（2025年1月18日）",
            "一　一月十八日的讲话",
            BODY,
            "一、形势",
            BODY,
            "二、任务",
            BODY,
            "二　一月二十七日的讲话",
            BODY,
            "一、落实",
            BODY,
            "二、保障",
            BODY,
        )
    )
    assert [h for lv, h in got if lv == 1] == ["一　一月十八日的讲话", "二　一月二十七日的讲话"]
    assert [h for lv, h in got if lv == 2] == ["一、形势", "二、任务", "一、落实", "二、保障"]


def test_a_long_numbered_list_set_aside_is_a_doubt() -> None:
    items = [f"（{n}）第{n}项政策要坚持。" + BODY * 2 for n in "一二三四五"]
    doc = parse_text(lines("同志们：", BODY, "现在的政策是：", *items, BODY))
    assert not list(doc.outline.walk())
    assert any("按列表或叙述处理" in d for d in doc.outline.doubts)
    assert doc.outline.confidence < 1


def test_two_quoted_words_standing_alone_are_a_heading_not_a_quotation():
    prose = "这一段是正文，说明上面这个问题的由来和现状，篇幅比标题长得多，而且有几句话。" * 2
    doc = parse_text(
        "关于农村工作的调查报告\n\n"
        + "\n\n".join(
            [
                "农村问题的由来",
                prose,
                "“好得很”和“糟得很”",
                prose,
                "“这是一句单独引用的话。”",
                prose,
                "所谓“过分”的问题",
                prose,
            ]
        )
    )
    heads = [s.heading for s in doc.outline.sections]
    assert heads == ["农村问题的由来", "“好得很”和“糟得很”", "所谓“过分”的问题"]


def test_sibling_parts_number_their_points_alike():
    """第一，/第二，under every part: a run whose first sentences run long is still a list of
    points when the same kind of run under a sibling part reads as headings."""
    long_first = "我们要充分理解市场的真正需求，西方公司在这方面已经积累了几十年的经验和做法，" * 2
    text = "\n\n".join(
        [
            "在年中工作会议上的讲话",
            "今天讲几点意见。",
            "一、用科学方法做好销售",
            f"第一，{long_first}我们要认真学习。",
            "这一段是第一点下面的正文，讲了很多具体的做法。",
            "第二，销售模式要多元化。这是第二点的正文，讲了很多具体的做法。",
            "二、提高产品质量",
            "第一，产品要讲究质量。这是第一点的正文，讲了很多具体的做法。",
            "第二，要多听用户的意见。这是第二点的正文，讲了很多具体的做法。",
        ]
    )
    doc = parse_text(text)
    tree = [(s.marker + s.heading, [c.marker for c in s.children]) for s in doc.outline.sections]
    assert tree == [
        ("一、用科学方法做好销售", ["第一，", "第二，"]),
        ("二、提高产品质量", ["第一，", "第二，"]),
    ]


def test_a_sibling_parts_points_whose_first_sentences_all_run_a_little_long():
    """Every point of one part opens on a sentence a little past a heading's length (no one
    of them short), while the sibling part's points read as headings: still its points; a
    run whose sentences run much longer (prose) stays text."""
    a = "第一，办公室要以短训为主，不要去搞长训，要让人才走向一线，在工作中学会工作，在实践中成长。"
    b = "第二，项目管理是单位管理进步的基础细胞，要把项目管理作为办公室最重要的一种管理方法往前推进。"
    c = "第三，培训班最重要的是让学员开放思想，不说我们的做法都是准确的，但要解放思想，让他们更快成长。"
    body = "这是这一点下面的正文，讲了很多具体的做法和要求。"
    assert all(40 < len(x.split("。")[0]) - 3 <= 60 for x in (a, b, c))
    lines = ["在年中工作会议上的讲话", "今天讲几点意见。", "一、办公室要辅导单位选拔干部"]
    lines += [a + body, b + body, body, c + body]
    lines += [
        "二、做好网上学习",
        "第一，把网上学习做好。" + body,
        body,
        "第二，资料全开放。" + body,
    ]
    tree = two_levels("\n\n".join(lines))
    assert [kids for _, kids in tree] == [
        [x.split("。")[0] for x in (a, b, c)],
        ["第一，把网上学习做好", "第二，资料全开放"],
    ]
    long = "，".join(["我们要充分理解基层单位的真正需求"] * 5)
    lines[3:7] = [f"第一，{long}。{body}", f"第二，{long}。{body}", body, f"第三，{long}。{body}"]
    assert two_levels("\n\n".join(lines))[0][1] == []


def test_an_order_made_only_of_announced_items_is_outlined_by_them():
    items = [
        "（一）奋勇前进，坚决彻底地完成上级交给的各项任务，保卫人民的生命财产安全。",
        "（二）严守纪律，不拿群众一针一线，爱护人民的一草一木，维护好社会秩序。",
        "（三）团结友军，互相支援，密切配合，共同完成这次战斗任务，不得推诿。",
    ]
    doc = parse_text(
        "\n\n".join(
            ["向全县进军的命令", "各部队全体同志们：", "形势已经发生变化。我们命令你们：", *items]
            + ["县指挥部总指挥　张三"]
        )
    )
    assert [s.marker for s in doc.outline.sections] == ["（一）", "（二）", "（三）"]
    assert doc.outline.confidence < 1 and doc.outline.doubts
    # the same items inside a text with parts of its own stay a list
    doc = parse_text(
        "\n\n".join(
            ["讲话", "一、形势", "形势已经发生变化。我们要求：", *items, "二、任务", "任务很重。"]
        )
    )
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、"]


def test_a_work_summary_closes_with_its_formula():
    doc = parse_text(
        "\n\n".join(
            [
                "2025年上半年工作总结",
                "上半年，我认真完成了领导交办的各项任务，现总结如下。",
                "一、工作开展情况",
                "共起草领导讲话、汇报材料等文稿35篇，质量得到领导肯定。",
                "二、存在的问题",
                "工作标准还不够高，创新意识不强，方法手段单一。",
                "以上总结，不妥之处请领导批评指正。",
            ]
        )
    )
    assert doc.outline.closing == ["以上总结，不妥之处请领导批评指正。"]
