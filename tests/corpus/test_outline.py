"""Outline parsing: each marker family, levels, run-in headings, sequences, closing."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.markers import CN_DUN, DI, YISHI, cn_to_int, match_marker
from drafter.corpus.model import Block
from drafter.corpus.outline import parse_outline

P = "这方面主要从办公室工作职能职责上与大家一起交流，希望大家认真领会、抓好落实。"


def outline(*paragraphs: str):
    return parse_outline([Block(p) for p in paragraphs])


def tree(*paragraphs: str) -> list[tuple[int, str, str]]:
    """(level, marker, heading) of every section, depth first."""
    result = outline(*paragraphs)
    return [(s.level, s.marker, s.heading) for s in result.outline.walk()]


# -- the marker grammar ----------------------------------------------------------------


def test_chinese_numerals() -> None:
    assert [cn_to_int(s) for s in ("一", "九", "十", "十一", "二十", "二十三", "一百零一")] == [
        1,
        9,
        10,
        11,
        20,
        23,
        101,
    ]


def test_marker_families() -> None:
    cases = {
        "一、认真履职": ("cn", 1, "一、"),
        "十二、全面提高": ("cn", 12, "十二、"),
        "（三）抓好落实": ("cn_paren", 3, "（三）"),
        "(三)抓好落实": ("cn_paren", 3, "(三)"),
        "2.加强学习": ("arabic", 2, "2."),
        "2、加强学习": ("arabic", 2, "2、"),
        "（4）细化措施": ("arabic_paren", 4, "（4）"),
        "１．加强学习": ("arabic", 1, "１．"),
        "（１）细化措施": ("arabic_paren", 1, "（１）"),
        "3）压实责任": ("arabic", 3, "3）"),
        "③落实责任": ("circled", 3, "③"),
        "第一，希望大家": ("di", 1, "第一，"),
        "第二、信息工作": ("di", 2, "第二、"),
        "第一章 总则": ("chapter", 1, "第一章"),
        "第二节 职责": ("section", 2, "第二节"),
        "第三条 本办法": ("article", 0, "第三条"),  # in laws paragraphs, not headings
        "第一句话：要讲政治": ("di_noun", 1, "第一句话："),
        "第二个方面，关于作风": ("di_noun", 2, "第二个方面，"),
        "一是腿勤。": ("yishi", 1, "一是"),
        "二要保持信息畅通。": ("yishi", 2, "二要"),
        "三靠制度管人。": ("yishi", 3, "三靠"),
        "首先，我们要": ("di", 1, "首先，"),
        "其次，要": ("di", 2, "其次，"),
    }
    for text, (family, ordinal, marker) in cases.items():
        m = match_marker(text)
        assert m is not None, text
        assert (m.family, m.ordinal, m.text) == (family, ordinal, marker), text


def test_not_markers() -> None:
    for text in (
        "2025年是关键之年。",
        "PM2.5浓度下降。",
        "一些同志认为",
        "第一次全国代表大会",
        "一定要",
    ):
        assert match_marker(text) is None, text


# -- families and levels ---------------------------------------------------------------


def test_report_levels_cn_then_paren() -> None:
    got = tree(
        "一、总体要求", P, "（一）抓好信息报送", P, "（二）抓好贯彻落实", P, "二、重点任务", P
    )
    assert got == [
        (1, "一、", "总体要求"),
        (2, "（一）", "抓好信息报送"),
        (2, "（二）", "抓好贯彻落实"),
        (1, "二、", "重点任务"),
    ]


def test_speech_levels_di_then_yishi() -> None:
    got = tree("第一，提高站位。", "一是讲政治。", P, "二是顾大局。", P, "第二，狠抓落实。", P)
    assert [(lv, mk) for lv, mk, _ in got] == [
        (1, "第一，"),
        (2, "一是"),
        (2, "二是"),
        (1, "第二，"),
    ]


def test_arabic_and_paren_arabic_and_circled_nest_below() -> None:
    got = tree(
        "一、总体",
        "1.目标",
        "（1）数量目标",
        P,
        "（2）质量目标",
        P,
        "2.措施",
        "①加强领导",
        P,
        "②压实责任",
        P,
        "二、保障",
        P,
    )
    assert [lv for lv, _, _ in got] == [1, 2, 3, 3, 2, 3, 3, 1]


def test_first_appearing_family_takes_level_one() -> None:
    got = tree("第一、统筹协调", P, "第二、信息工作", P)
    assert [lv for lv, _, _ in got] == [1, 1]


def test_di_noun_family() -> None:
    got = tree("第一句话：要讲政治。", P, "第二句话：要守规矩。", P, "第三句话：要敢担当。", P)
    assert [(lv, h) for lv, _, h in got] == [(1, "要讲政治"), (1, "要守规矩"), (1, "要敢担当")]


def test_mixed_first_second_list() -> None:
    got = tree("首先，要提高认识。", P, "第二，要明确任务。", P, "第三，要加强领导。", P)
    assert [(lv, mk) for lv, mk, _ in got] == [(1, "首先，"), (1, "第二，"), (1, "第三，")]


def test_shouxian_qici_zuihou_sequence() -> None:
    result = outline("首先，要提高认识。", P, "其次，要明确任务。", P, "最后，要加强领导。", P)
    assert [s.marker for s in result.outline.sections] == ["首先，", "其次，", "最后，"]
    assert result.outline.closing == []


def test_heading_excludes_marker_and_trailing_punctuation() -> None:
    got = tree("一、坚持“一个原则”，精心组织，努力创造一流业绩。", P, "二、保持“两个畅通”；", P)
    assert [h for _, _, h in got] == [
        "坚持“一个原则”，精心组织，努力创造一流业绩",
        "保持“两个畅通”",
    ]


def test_word_and_markdown_heading_hints() -> None:
    blocks = [
        Block("总体要求", heading_level=1),
        Block(P),
        Block("工作目标", heading_level=2),
        Block(P),
    ]
    blocks += [Block("主要任务", heading_level=1), Block(P)]
    result = parse_outline(blocks)
    assert [(s.level, s.heading) for s in result.outline.walk()] == [
        (1, "总体要求"),
        (2, "工作目标"),
        (1, "主要任务"),
    ]


def test_word_auto_numbering_label() -> None:
    blocks = [
        Block("认真履职", numbering="一、"),
        Block(P),
        Block("提升水平", numbering="二、"),
        Block(P),
    ]
    result = parse_outline(blocks)
    assert [(s.marker, s.heading) for s in result.outline.sections] == [
        ("一、", "认真履职"),
        ("二、", "提升水平"),
    ]


# -- run-in headings -------------------------------------------------------------------


def test_run_in_heading_is_the_first_sentence() -> None:
    result = outline(
        "（一）抓好信息报送。信息报送是重要手段。要确保及时准确。", "（二）抓好督查。督查是利剑。"
    )
    first = result.outline.sections[0]
    assert first.heading == "抓好信息报送"
    assert first.run_in is True
    assert first.paragraphs[0] == "信息报送是重要手段。要确保及时准确。"


def test_run_in_heading_ignores_terminators_inside_quotes() -> None:
    result = outline(
        "一要保持协调“畅通。”办公室作为总枢纽。", P, "二要保持信息“畅通”。信息是渠道。", P
    )
    assert [s.heading for s in result.outline.sections] == [
        "保持协调“畅通。”办公室作为总枢纽",
        "保持信息“畅通”",
    ]


def test_heading_on_its_own_line_is_not_run_in() -> None:
    result = outline("一是腿勤。", P, "二是口勤。", P)
    assert [s.run_in for s in result.outline.sections] == [False, False]
    assert result.outline.sections[0].paragraphs == [P]


# -- sequences, restarts, prose enumerations -------------------------------------------


def test_stray_number_without_a_list_is_not_a_heading() -> None:
    got = tree(P, "三、这是正文里的一句话，不是标题。", P)
    assert got == []


def test_single_item_is_not_a_list() -> None:
    assert tree(P, "一、唯一的一条", P) == []


def test_out_of_order_number_is_not_a_heading() -> None:
    got = tree("一、甲", P, "二、乙", P, "五、丙", P, "三、丁", P)
    assert [mk for _, mk, _ in got] == ["一、", "二、", "三、"]


def test_one_missing_number_is_kept_with_a_warning() -> None:
    result = outline("一、甲", P, "三、丙", P, "四、丁", P)
    assert [s.marker for s in result.outline.sections] == ["一、", "三、", "四、"]
    assert result.warnings == ["numbering: 一、 then 三、: 二、 missing"]


def test_restart_after_completed_list_is_a_new_group() -> None:
    got = tree("一、甲", P, "二、乙", P, "一、丙", P, "二、丁", P)
    assert [(lv, mk, h) for lv, mk, h in got] == [
        (1, "一、", "甲"),
        (1, "二、", "乙"),
        (1, "一、", "丙"),
        (1, "二、", "丁"),
    ]


def test_nested_list_restarts_under_each_parent() -> None:
    got = tree(
        "一、甲", "（一）子一", P, "（二）子二", P, "二、乙", "（一）子三", P, "（二）子四", P
    )
    assert [lv for lv, _, _ in got] == [1, 2, 2, 1, 2, 2]


def test_enumeration_inside_one_paragraph_is_prose() -> None:
    text = "一是传达会议精神，进一步强化职责定位；二是总结工作，交流经验；三是开展培训。"
    assert tree(P, text, P) == []


def test_yishi_paragraphs_with_long_first_sentences_are_prose() -> None:
    long1 = "一是认真完善银行、证券、保险和信托业分业经营和管理的体制，实行金融监管责任制，切实加强对各类金融机构的监管。"
    long2 = "二是加快国有商业银行的改革，落实银行经营自主权，推进按经济区划和业务量设置分支机构的工作，撤并机构，精简人员。"
    assert tree(P, long1, long2, P) == []


def test_yishi_paragraphs_with_short_first_sentences_are_headings() -> None:
    got = tree(
        "一、回顾",
        "一是首都功能持续优化提升。圆满完成服务保障。",
        "二是科技创新加快发展。持续提升能级。",
        "二、任务",
        P,
    )
    assert [(lv, mk) for lv, mk, _ in got] == [(1, "一、"), (2, "一是"), (2, "二是"), (1, "二、")]


def test_items_ending_in_semicolons_are_a_list_in_a_sentence() -> None:
    assert (
        tree(P, "一、继续改革价格体系；", "二、适当控制物价上涨幅度；", "三、给职工以适当补贴。", P)
        == []
    )


def test_yishi_list_in_preamble_does_not_swallow_the_report_headings() -> None:
    # 一、 cannot stand under 一是 by convention: the 一是 list belongs to the opening
    result = outline("一是讲政治。", P, "二是顾大局。", P, "一、总体要求", P, "二、重点任务", P)
    assert [(s.level, s.marker) for s in result.outline.walk()] == [(1, "一、"), (1, "二、")]
    assert result.outline.preamble[0] == "一是讲政治。"


def test_report_marker_closes_a_finished_speech_list() -> None:
    got = tree("一、回顾", "一是甲。", P, "二是乙。", P, "二、任务", "（一）丙", P, "（二）丁", P)
    assert [(lv, mk) for lv, mk, _ in got] == [
        (1, "一、"),
        (2, "一是"),
        (2, "二是"),
        (1, "二、"),
        (2, "（一）"),
        (2, "（二）"),
    ]


# -- unnumbered headings ---------------------------------------------------------------


def test_unnumbered_sibling_headings_under_a_numbered_parent() -> None:
    got = tree(
        "一、过去五年的回顾",
        P,
        "五年来，国民经济保持良好发展势头",
        P,
        "五年来，改革开放取得突破性进展",
        P,
        "二、今年的建议",
        P,
    )
    assert [(lv, h) for lv, _, h in got] == [
        (1, "过去五年的回顾"),
        (2, "五年来，国民经济保持良好发展势头"),
        (2, "五年来，改革开放取得突破性进展"),
        (1, "今年的建议"),
    ]


def test_a_lone_short_line_is_not_a_heading() -> None:
    got = tree("一、甲", P, "五年来，国民经济保持良好发展势头", P, "二、乙", P)
    assert [lv for lv, _, _ in got] == [1, 1]


# -- preamble and closing --------------------------------------------------------------


def test_salutation_and_opening_are_preamble() -> None:
    result = outline("同志们：", "今天召开这次会议。", "一、甲", P, "二、乙", P)
    assert result.outline.preamble == ["同志们：", "今天召开这次会议。"]


def test_closing_starts_at_tongzhimen_after_the_last_section() -> None:
    result = outline("一、甲", P, "二、乙", P, "同志们，让我们团结一心，开创新局面！", "谢谢大家！")
    assert result.outline.closing == ["同志们，让我们团结一心，开创新局面！", "谢谢大家！"]
    assert result.outline.sections[-1].paragraphs == [P]


def test_closing_starts_at_geweidaibiao() -> None:
    result = outline("一、甲", P, "二、乙", P, "各位代表！", "蓝图已经绘就，实干创造未来。")
    assert result.outline.closing == ["各位代表！", "蓝图已经绘就，实干创造未来。"]


def test_zuihou_alone_starts_the_closing() -> None:
    result = outline("一、甲", P, "二、乙", P, "最后，预祝这次培训班圆满成功！")
    assert result.outline.closing == ["最后，预祝这次培训班圆满成功！"]


def test_tongzhimen_inside_a_section_is_not_the_closing() -> None:
    result = outline("一、甲", "同志们，这项工作很重要。", P, "二、乙", P)
    assert result.outline.closing == []
    assert result.outline.sections[0].paragraphs[0] == "同志们，这项工作很重要。"


def test_glossary_after_the_closing_does_not_hide_it() -> None:
    result = outline(
        "一、甲",
        "（一）子一",
        P,
        "（二）子二",
        P,
        "二、乙",
        P,
        "各位代表！蓝图已经绘就。",
        "名词解释",
        "1.两重：指重大战略。",
        "2.两新：指设备更新。",
    )
    assert result.outline.closing[0] == "各位代表！蓝图已经绘就。"


def test_document_without_headings_keeps_everything() -> None:
    result = outline("同志们：", P, P, P, "同志们，让我们共同努力！")
    assert result.outline.sections == []
    assert result.outline.preamble == ["同志们：", P, P, P]
    assert result.outline.closing == ["同志们，让我们共同努力！"]


# -- laws ------------------------------------------------------------------------------


def test_law_chapters_are_headings_and_articles_are_paragraphs() -> None:
    got = tree(
        "第一章 总则",
        "第一条 为了规范管理，制定本办法。",
        "第二条 本办法适用于本市。",
        "第二章 职责",
        "第一节 机构",
        "第三条 设立管理机构。",
        "第二节 人员",
        "第四条 配备人员。",
        "第三章 附则",
        "第五条 本办法自公布之日起施行。",
    )
    assert got == [
        (1, "第一章", "总则"),
        (1, "第二章", "职责"),
        (2, "第一节", "机构"),
        (2, "第二节", "人员"),
        (1, "第三章", "附则"),
    ]


def test_family_constants_are_exported() -> None:
    assert {CN_DUN, DI, YISHI} == {"cn", "di", "yishi"}


def test_numbered_items_inside_law_articles_are_not_headings() -> None:
    got = tree(
        "第一章 总则",
        "第一条 为了规范管理，制定本办法。",
        "第二条 有下列情形之一的，不予登记：",
        "（一）未使用规定格式的；",
        "（二）未提交证明材料的。",
        "第三条 登记机关应当公开办理程序。",
        "第四条 登记机关应当依法办理。",
        "第二章 附则",
        "第五条 本办法自公布之日起施行。",
    )
    assert got == [(1, "第一章", "总则"), (1, "第二章", "附则")]


def test_items_ending_in_semicolons_except_the_last() -> None:
    assert tree(P, "（一）未使用规定格式的；", "（二）未提交证明材料的。", P) == []


def test_unnumbered_part_titles_above_numbered_lists() -> None:
    got = tree(
        "各位代表：",
        P,
        "“十四五”时期工作回顾",
        P,
        P,
        "“十五五”时期的主要目标任务",
        P,
        "一是高质量发展水平明显提升。持续盘活存量。",
        "二是科技创新能力明显提升。坚持科技是第一生产力。",
        "2026年重点工作",
        P,
        "（一）放大促消费扩投资政策效应",
        P,
        "（二）加快建设现代化产业体系",
        P,
    )
    assert [(lv, mk) for lv, mk, _ in got] == [
        (1, ""),
        (1, ""),
        (2, "一是"),
        (2, "二是"),
        (1, ""),
        (2, "（一）"),
        (2, "（二）"),
    ]


def test_short_lines_inside_a_numbered_list_are_not_part_titles() -> None:
    got = tree("一、甲", P, "工作回顾", P, "二、乙", P, "重点工作", P, "三、丙", P)
    assert [lv for lv, _, _ in got] == [1, 1, 1]


def test_appendix_lists_are_apart_from_the_outline() -> None:
    # an appendix after the closing is apparatus: neither sections nor closing
    body = ["一、甲", P, P, P, P, "二、乙", P, P, P, P, "各位代表！奋进正当其时。"]
    result = outline(*body, "附件1", "一、提高低保标准", P, "二、建立护理保险", P)
    assert [s.marker for s in result.outline.sections] == ["一、", "二、"]
    assert result.outline.closing == ["各位代表！奋进正当其时。"]
    assert result.appendix == ["附件1", "一、提高低保标准", P, "二、建立护理保险", P]


def test_thanks_and_report_formula_are_the_closing() -> None:
    result = outline("一、甲", P, "二、乙", P, "以上报告，请予审议。")
    assert result.outline.closing == ["以上报告，请予审议。"]
    result = outline("一、甲", P, "二、乙", P, "谢谢大家！")
    assert result.outline.closing == ["谢谢大家！"]


def test_labels_and_table_rows_are_not_unnumbered_headings() -> None:
    got = tree(
        "一、甲",
        P,
        "单位：万元",
        P,
        "单位：亿元",
        P,
        "GDP 2024 2025",
        P,
        "CPI 2024 2025",
        P,
        "二、乙",
        P,
    )
    assert [lv for lv, _, _ in got] == [1, 1]


def test_renumber_keeps_the_marker_style() -> None:
    from drafter.corpus.markers import renumber

    assert renumber("（三）", 2) == "（二）"
    assert renumber("3.", 2) == "2."
    assert renumber("第十二，", 11) == "第十一，"


def test_a_speech_quoting_articles_keeps_its_headings() -> None:
    got = tree(
        "一、学习条例",
        "第一条 为了规范管理，制定本条例。",
        P,
        "第二条 本条例适用于全市。",
        P,
        "二、抓好落实",
        P,
    )
    assert [mk for _, mk, _ in got] == ["一、", "二、"]


def test_jieshuyu_line_starts_the_closing() -> None:
    result = outline("一、甲", P, "二、乙", P, "结束语", "让我们携起手来，共创美好未来！")
    assert result.outline.closing == ["结束语", "让我们携起手来，共创美好未来！"]


def test_header_remnants_are_not_part_titles() -> None:
    got = tree("县委书记 张三", P, "全县经济工作会议讲话", P, "一、甲", P, "二、乙", P, "三、丙", P)
    assert [(lv, mk) for lv, mk, _ in got] == [(1, "一、"), (1, "二、"), (1, "三、")]


# -- rules found on unseen documents ----------------------------------------------------


def test_a_finished_di_list_keeps_its_report_children_on_the_last_item() -> None:
    # 第三、 is the last of its run, yet its （一）（二） are children like those of 第一、
    got = tree(
        "第一、提高站位",
        "（一）认识意义。" + P,
        "（二）把握要求。" + P,
        "第二、聚焦重点",
        "（一）提升效能。" + P,
        "（二）降低成本。" + P,
        "第三、强化保障",
        "（一）压实责任。" + P,
        "（二）建立机制。" + P,
    )
    assert [(lv, m) for lv, m, _ in got] == [
        (1, "第一、"),
        (2, "（一）"),
        (2, "（二）"),
        (1, "第二、"),
        (2, "（一）"),
        (2, "（二）"),
        (1, "第三、"),
        (2, "（一）"),
        (2, "（二）"),
    ]


def test_agenda_of_a_host_script_is_not_an_outline() -> None:
    got = tree(
        "同志们：",
        "现在开会。今天的会议共有三项议程：",
        "首先，请市委政法委常务副书记通报去年全市政法工作情况。",
        "（通报）",
        "其次，请市中级人民法院、市公安局作交流发言。",
        "（发言）",
        "最后，请市委书记作重要讲话，大家欢迎。",
        "（讲话）",
        "会议到此结束。",
    )
    assert got == []


def test_the_signature_and_formula_are_the_closing() -> None:
    result = outline(
        "一、提高认识",
        P,
        "二、加强督查",
        P,
        "特此通知。",
        "青山县人民政府办公室",
        "2025年4月2日",
        "（此件公开发布）",
    ).outline
    assert result.closing == [
        "特此通知。",
        "青山县人民政府办公室",
        "2025年4月2日",
        "（此件公开发布）",
    ]
    assert result.sections[-1].paragraphs == [P]


def test_a_date_inside_the_last_paragraph_is_no_signature() -> None:
    result = outline("一、提高认识", P, "二、加强督查", P, "会议定于2025年4月2日召开").outline
    assert result.closing == []


def test_a_space_before_the_enumeration_comma() -> None:
    m = match_marker("一 、经济运行平稳向好")
    assert m is not None and m.family == CN_DUN and m.ordinal == 1
    assert m.rest == "经济运行平稳向好"


def test_three_sentences_with_shi() -> None:
    m = match_marker("第一句话是：干部干部，干字当头")
    assert m is not None and m.text == "第一句话是：" and m.rest == "干部干部，干字当头"


def test_three_character_unnumbered_headings_under_a_heading() -> None:
    got = tree("一、工作打算", "稳外贸", P, "促消费", P, "抓招商", P, "二、保障措施", P)
    assert got == [
        (1, "一、", "工作打算"),
        (2, "", "稳外贸"),
        (2, "", "促消费"),
        (2, "", "抓招商"),
        (1, "二、", "保障措施"),
    ]


def test_part_titles_with_a_comma_over_restarting_lists() -> None:
    got = tree(
        "同志们：",
        P,
        "政治过硬，始终做到绝对忠诚",
        "（一）强化理论武装。" + P,
        "（二）落实报告制度。" + P,
        "本领高强，切实提升履职能力",
        "（一）加强实战练兵。" + P,
        "（二）规范执法行为。" + P,
    )
    assert got == [
        (1, "", "政治过硬，始终做到绝对忠诚"),
        (2, "（一）", "强化理论武装"),
        (2, "（二）", "落实报告制度"),
        (1, "", "本领高强，切实提升履职能力"),
        (2, "（一）", "加强实战练兵"),
        (2, "（二）", "规范执法行为"),
    ]


def test_a_comma_line_over_a_continuing_list_is_no_part_title() -> None:
    got = tree(
        "（一）强化理论武装。" + P,
        "（二）落实报告制度。" + P,
        "总的来看，成绩来之不易",
        P,
        "（三）加强实战练兵。" + P,
    )
    assert [lv for lv, _, _ in got] == [1, 1, 1]


def test_three_character_names_are_not_headings() -> None:
    got = tree("一、报送单位", "北京市", P, "天津市", P, "河北省", P, "二、附则", P)
    assert [h for _, _, h in got] == ["报送单位", "附则"]


def test_qiyi_qier_and_spaced_or_colon_di_markers() -> None:
    m = match_marker("其二，作风建设关乎事业成败。")
    assert m is not None and (m.family, m.ordinal) == (DI, 2)
    m = match_marker("第一部分：总体要求")
    assert m is not None and m.text == "第一部分：" and m.rest == "总体要求"
    m = match_marker("第一 加强组织领导")
    assert m is not None and (m.family, m.ordinal, m.rest) == (DI, 1, "加强组织领导")
    for text in ("第一时间赶到现场。", "第一书记要驻村。", "第一 2"):
        assert match_marker(text) is None, text
    # 其一…其二… inside one paragraph is prose
    assert tree("其一，要讲政治；其二，要重实干。" + P, P) == []


def test_the_office_signing_above_a_date_is_no_heading() -> None:
    got = tree(
        "一、提高认识",
        P,
        "二、加强督查",
        "强化日常督查",
        P,
        "严格考核问效",
        P,
        "青溪县人民政府办公室",
        "2025年12月20日",
    )
    assert [h for _, _, h in got] == ["提高认识", "加强督查", "强化日常督查", "严格考核问效"]


def test_chapter_markers_read_with_a_space_in_heading_paths():
    from drafter.corpus import parse_text

    doc = parse_text(
        "某某条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n"
        "第二章 管理\n第二条 各级政府应当加强管理。\n"
    )
    heads = [p for p in doc.paragraphs() if p.is_heading]
    assert [p.text for p in heads] == ["第一章 总则", "第二章 管理"]
    assert heads[1].section == ["第二章 管理"]
    speech = parse_text(
        "在会议上的讲话\n同志们：\n一是腿勤。要多跑基层。\n二是口勤。要多问情况。\n"
    )
    assert [p.text for p in speech.paragraphs() if p.is_heading] == ["一是腿勤", "二是口勤"]


def test_bold_lead_lines_of_a_report_are_level_two() -> None:
    """Several short one-sentence lines, each over a long paragraph, under numbered parts are
    the report's lead sentences (bold in print): level 2, not prose."""
    body = "这方面的工作做了很多，" * 12 + "成效明显。"
    topics = [
        "粮食生产稳定增长。",
        "工业效益明显提高。",
        "对外贸易继续扩大。",
        "人民生活不断改善。",
    ]
    lines = [
        "各位代表：",
        "现在我作报告。",
        "一、过去一年的工作",
        *[x for t in topics[:2] for x in (t, body)],
    ]
    lines += ["二、今年的主要任务", *[x for t in topics[2:] for x in (t, body)]]
    doc = parse_text("\n\n".join(lines), "x.txt")
    tree = [(s.heading, [c.heading for c in s.children]) for s in doc.outline.sections]
    heads = [t.rstrip("。") for t in topics]
    assert tree == [("过去一年的工作", heads[:2]), ("今年的主要任务", heads[2:])]


def test_one_short_sentence_over_a_paragraph_stays_prose() -> None:
    """A single short sentence set apart is emphasis, not a heading."""
    body = "这方面的工作做了很多，" * 12 + "成效明显。"
    lines = [
        "一、过去一年的工作",
        "工作很有成效。",
        body,
        "二、今年的主要任务",
        body,
        "三、要求",
        body,
    ]
    doc = parse_text("\n\n".join(lines), "x.txt")
    assert all(not s.children for s in doc.outline.sections)


def test_part_titles_above_a_list_that_numbers_only_the_first_part() -> None:
    """Three lines standing alone, with 一、二、三、 only under the first: the lines are the
    parts and 一、 their points, not the other way round; a 下面，… line announcing the next
    topic is a sentence of the speech, not a part title."""
    body = "这方面的工作做了很多，" * 8 + "成效明显。"
    lines = ["各位代表：", body, "今后五年的基本任务", body]
    lines += ["一、关于农业生产", body, "下面，着重讲一下能源和交通建设", body]
    lines += ["二、关于工业生产", body, "三、关于对外贸易", body]
    lines += ["前两年的执行情况", body, body, "完成计划的主要措施", body, body]
    doc = parse_text("\n\n".join(lines), "x.txt")
    tree = [(s.heading, [c.heading for c in s.children]) for s in doc.outline.sections]
    assert tree == [
        ("今后五年的基本任务", ["关于农业生产", "关于工业生产", "关于对外贸易"]),
        ("前两年的执行情况", []),
        ("完成计划的主要措施", []),
    ]


def test_pieces_of_a_broken_sentence_are_not_part_titles() -> None:
    """Words split off around a link or a bold word ("今年是我国与" / "印度" / "、缅甸…",
    or the words after a quotation) stand alone but are not headings; a line ending in
    的 can still be one ("战争的目的")."""
    body = "这方面的工作做了很多，" * 8 + "成效明显。"
    lines = [
        "各位代表：",
        body,
        "关于国内建设",
        body,
        "今年是我国与",
        "印度",
        "、缅甸共同倡议。",
        body,
    ]
    lines += ["“互相尊重、平等互利”", "五项原则", "早已载入宪法。" + body, "战争的目的", body]
    lines += ["关于外交工作", body]
    doc = parse_text("\n\n".join(lines), "x.txt")
    headings = [s.heading for s in doc.outline.sections]
    assert headings == ["关于国内建设", "战争的目的", "关于外交工作"]


def test_a_heading_cut_after_a_copula_and_colon_keeps_its_complement() -> None:
    # "…的基本原则是：" announces its point; cut there the heading says nothing. Either colon.
    from drafter.corpus.headings import heading_and_rest

    line = "对各类项目处理的基本原则是{}过去从宽，今后从严；多数从宽，少数从严。望各地掌握这几条。"
    for colon in ":：":
        heading, rest = heading_and_rest(line.format(colon))
        assert heading == f"对各类项目处理的基本原则是{colon}过去从宽，今后从严；多数从宽，少数从严"
        assert rest == "望各地掌握这几条。"
    # a list after the colon stays out; a colon after anything else still cuts
    assert (
        heading_and_rest("今年的主要任务是：（1）抓好生产。（2）抓好销售。")[0]
        == "今年的主要任务是"
    )
    assert (
        heading_and_rest(
            "我们提出一个更长一些的问题：为什么要把这件事情做好做实做细？答案就在后面的几段文字里，请大家耐心地读下去。"
        )[0]
        == "我们提出一个更长一些的问题"
    )
