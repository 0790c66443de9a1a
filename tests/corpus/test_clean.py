"""Cleaning: one minimal example per rule (boilerplate, summary, page numbers, re-joining)."""

from __future__ import annotations

from drafter.corpus.clean import clean_blocks
from drafter.corpus.model import Block
from drafter.corpus.reflow import should_join, wrap_width

BODY = "办公室是一个单位的神经中枢，一个单位的工作能否正常运转，要靠办公室的高效协调运转。"


def clean(*lines: str) -> tuple[list[str], list[tuple[str, str]]]:
    result = clean_blocks([Block(line) for line in lines])
    return [b.text for b in result.blocks], [(r, b.text) for r, b in result.removed]


def hard_wrapped(paragraph: str, width: int) -> list[str]:
    """``paragraph`` indented by two ideographic spaces and cut every ``width`` characters, as a
    plain text hard-wrapped at a fixed width reaches the cleaner."""
    text = "\u3000\u3000" + paragraph
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_indentation_and_zero_width_characters_are_stripped() -> None:
    texts, _ = clean("\u3000\u3000" + BODY, "  \u200b", "\t" + BODY + " ")
    assert texts == [BODY, BODY]


def test_blank_line_runs_disappear() -> None:
    texts, _ = clean(BODY, "", "", "", BODY)
    assert texts == [BODY, BODY]


def test_page_widgets_are_removed() -> None:
    lines = ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】", BODY]
    texts, removed = clean(*lines)
    assert texts == [BODY]
    assert {r for r, _ in removed} == {"boilerplate"}


def test_font_size_switch_words_only_removed_after_the_switch() -> None:
    texts, _ = clean("【字体：", "大", "中", "小", "】", BODY, "大")
    assert texts == [BODY, "大"]


def test_source_line_is_removed_and_recorded_as_source() -> None:
    texts, removed = clean("来源：新华日报", BODY)
    assert texts == [BODY]
    assert removed == [("source", "来源：新华日报")]


def test_source_label_with_value_on_next_line_is_recorded_whole() -> None:
    texts, removed = clean("来源:", "四川日报", BODY)
    assert texts == [BODY]
    assert removed == [("source", "来源:四川日报")]


def test_publication_time_lines_are_timestamps() -> None:
    texts, removed = clean(
        "时间：2026-02-09", "2026年02月10日 07时41分", "2026-02-09 09:45:30", BODY
    )
    assert texts == [BODY]
    assert [r for r, _ in removed] == ["timestamp"] * 3


def test_editor_print_close_share_lines() -> None:
    texts, _ = clean("责任编辑：李莎莎", "打印本页", "关闭窗口", "分享到：", BODY)
    assert texts == [BODY]


def test_breadcrumb_split_over_lines() -> None:
    texts, _ = clean("当前位置：", "首页", ">", "政务信息", ">", "宁夏要闻", BODY)
    assert texts == [BODY]


def test_breadcrumb_on_one_line() -> None:
    texts, _ = clean("您的位置：首页 > 新闻中心 > 讲话", BODY)
    assert texts == [BODY]


def test_urls_and_footer_lines() -> None:
    texts, _ = clean("http://www.gov.cn/xinwen/2024/0305.htm", "版权所有：某某网站", BODY)
    assert texts == [BODY]


def test_bookmark_marks_are_removed_inline() -> None:
    texts, _ = clean("[bookmark: _Toc123]一、认真履行职责", BODY)
    assert texts == ["一、认真履行职责", BODY]


def test_photo_caption_is_removed() -> None:
    texts, removed = clean(
        "殷勇同志作政府工作报告。本报记者 戴冰摄", "省长赵刚作政府工作报告", BODY
    )
    assert texts == [BODY]
    assert [r for r, _ in removed] == ["caption", "caption"]


def test_related_links_tail_is_cut() -> None:
    texts, removed = clean(BODY, BODY, BODY, "相关报道：", "某某热议政府工作报告", "打印本页")
    assert texts == [BODY, BODY, BODY]
    assert ("boilerplate", "某某热议政府工作报告") in removed


def test_related_heading_near_the_start_is_not_a_tail() -> None:
    texts, _ = clean("相关报道：", BODY, BODY, BODY)
    assert BODY in texts


def test_page_numbers_in_all_common_forms() -> None:
    texts, removed = clean(BODY, "— 3 —", BODY, "- 4 -", BODY, "第5页", BODY, "第 6 页 共 9 页")
    assert texts == [BODY] * 4
    assert [r for r, _ in removed] == ["page-number"] * 4


def test_sentence_broken_by_a_page_number_is_joined() -> None:
    texts, _ = clean(
        "全区办公室系统要进一步提高政治站位，认真履行职责，切实把各项",
        "",
        "— 2 —",
        "",
        "工作落到实处。",
    )
    assert texts == ["全区办公室系统要进一步提高政治站位，认真履行职责，切实把各项工作落到实处。"]


def test_scraped_summary_line_repeating_the_text_is_removed() -> None:
    summary = "在全县会议上的讲话同志们：今天召开这次会议，主要任务是总结工作、部署任务，进一步统一思想..."
    texts, removed = clean(
        summary,
        "在全县会议上的讲话",
        "同志们：",
        "今天召开这次会议，主要任务是总结工作、部署任务，进一步统一思想、明确目标。",
    )
    assert texts[0] == "在全县会议上的讲话"
    assert removed == [("summary", summary)]


def test_long_first_line_that_is_not_repeated_stays() -> None:
    line = "这是一篇文章的第一段，它很长，而且以省略号结束，但是后面的文字并不重复它的内容..."
    texts, _ = clean(line, BODY)
    assert texts[0] == line


def test_title_split_over_two_lines_is_joined() -> None:
    texts, _ = clean(
        "在全区办公室主任暨文秘业务培训会议",
        "上的讲话",
        "区委常委、办公室主任",
        "xxx",
        "（2025年11月24日）",
    )
    assert texts == [
        "在全区办公室主任暨文秘业务培训会议上的讲话",
        "区委常委、办公室主任",
        "xxx",
        "（2025年11月24日）",
    ]


def test_post_name_and_date_lines_stay_apart() -> None:
    texts, _ = clean(
        "国务院总理", "李强", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "各位代表："
    )
    assert len(texts) == 4


def test_line_ending_mid_sentence_is_joined() -> None:
    texts, _ = clean(
        "十九大以来的五年，是极不寻常、极不平凡的五年。党中央召开七次全会，分别就宪法修改，深化党",
        "“十四五”规划和二〇三五年远景目标",
        "，全面总结党的百年奋斗重大成就。",
    )
    assert len(texts) == 1
    assert texts[0].endswith("远景目标，全面总结党的百年奋斗重大成就。")


def test_marker_alone_on_its_line_joins_its_text() -> None:
    texts, _ = clean("一是", "认真完善银行、证券、保险和信托业分业经营和管理的体制。")
    assert texts == ["一是认真完善银行、证券、保险和信托业分业经营和管理的体制。"]


def test_heading_on_its_own_line_stays_a_heading() -> None:
    texts, _ = clean(
        "一、认真履行办公室工作职责，出色完成各项任务",
        BODY,
        "（一）充分认识办公室工作的重要性",
        BODY,
    )
    assert len(texts) == 4


def test_short_unpunctuated_line_between_paragraphs_stays() -> None:
    texts, _ = clean(BODY, "", "五年来，科技创新能力明显增强，教育事业蓬勃发展", "", BODY)
    assert len(texts) == 3


def test_prose_line_cut_across_a_blank_line_is_joined() -> None:
    first = "计划管理的重点应转向制定和实施产业政策。深化金融体制改革，加强银行在宏观经济调节体系中的地位和作用，按照货币流通规律适当控"
    texts, _ = clean(first, "", "制信贷规模和货币供应量。")
    assert texts == [first + "制信贷规模和货币供应量。"]


def test_hard_wrapped_text_is_rejoined_by_width() -> None:
    para = (
        "今年以来，全区办公室系统深入学习习近平新时代中国特色社会主义思想，以三个服务为抓手，"
        "求真务实、勤勉作为，在助推乡村振兴等工作上展示了新作为、取得了新成效、树立了新形象。"
        "这些成绩的取得，凝聚了全区办公室系统同志们付出的辛勤劳动和艰辛努力。"
    )
    wrapped = [para[i : i + 20] for i in range(0, len(para), 20)]
    texts, _ = clean("一、认真履行职责", *wrapped, "二、全面提升写作水平", *wrapped)
    assert texts == ["一、认真履行职责", para, "二、全面提升写作水平", para]


def test_wrap_width_is_none_for_one_paragraph_per_line() -> None:
    assert wrap_width([BODY * 3] * 10 + ["一、标题"] * 3) is None
    assert wrap_width(["甲" * 30] * 10 + ["乙" * 12]) == 30


def test_latin_words_keep_a_space_when_joined_and_subscripts_do_not() -> None:
    texts, _ = clean("细颗粒物（PM", "2.5）年均浓度下降。")
    assert texts == ["细颗粒物（PM2.5）年均浓度下降。"]


def test_should_join_rules() -> None:
    assert should_join("一是", "腿勤。", gap=True, width=None)
    assert should_join("文字", "，继续", gap=True, width=None)
    assert not should_join("同志们：", "今天召开会议。", gap=False, width=None)
    assert not should_join("区委常委、办公室主任", "张三", gap=False, width=None)
    assert not should_join("xxx", "（2025年11月24日）", gap=False, width=None)
    assert not should_join(
        "2026年江苏省政府工作报告",
        "——2026年2月3日在江苏省第十四届人民代表大会第五次会议上",
        gap=False,
        width=None,
    )


def test_markdown_headings_become_heading_hints() -> None:
    result = clean_blocks([Block("## 第一章 总则"), Block(BODY)])
    assert result.blocks[0].text == "第一章 总则"
    assert result.blocks[0].heading_level == 2


def test_html_comment_marks_are_removed() -> None:
    texts, _ = clean("<!-- INFO END -->", BODY)
    assert texts == [BODY]


def test_site_banner_at_the_top_is_removed() -> None:
    texts, _ = clean("云岭市人民政府门户网站", "在全市民营企业家座谈会上的讲话", "同志们：", BODY)
    assert texts[0] == "在全市民营企业家座谈会上的讲话"


def test_bracketed_buttons_are_removed() -> None:
    texts, _ = clean(BODY, "【打印】【关闭】", "[打印本页] [关闭窗口]")
    assert texts == [BODY]


def test_indented_hard_wrapped_text_starts_paragraphs_at_the_indent() -> None:
    # the first paragraph has a sentence that ends exactly at the end of a line
    first = (
        "今年以来全区办公室系统深入学习以三个服务为抓手求真。"
        + "勤勉作为在助推乡村振兴等工作上展示了新作为取得了新成效。"
    )
    second = "这些成绩的取得凝聚了全区办公室系统同志们的辛勤劳动，我们要倍加珍惜，再接再厉。"
    lines = (hard_wrapped(first, 28) + hard_wrapped(second, 28)) * 2
    assert lines[0].endswith("。")
    texts, _ = clean(*lines)
    assert texts == [first, second, first, second]


def test_a_bar_of_page_widgets_on_one_line() -> None:
    texts, _ = clean(
        BODY, "打印本页 | 关闭窗口", "网站地图 · 联系我们 · 关于我们", "上一篇：关于某某工作的通知"
    )
    assert texts == [BODY]


def test_bare_page_number_between_blank_lines() -> None:
    texts, removed = clean(
        "全区办公室系统要进一步提高政治站位，认真履行职责，切实把各项",
        "",
        "12",
        "",
        "工作落到实处。",
    )
    assert texts == ["全区办公室系统要进一步提高政治站位，认真履行职责，切实把各项工作落到实处。"]
    assert removed == [("page-number", "12")]


def test_subscript_digit_next_to_its_word_is_not_a_page_number() -> None:
    first = "稳健的货币政策要松紧适度。广义货币M"
    texts, _ = clean(first, "2", "和社会融资规模增速要与名义增速相匹配。")
    assert texts == [first + "2和社会融资规模增速要与名义增速相匹配。"]


def test_circled_numbers_alone_on_lines_are_read_not_a_crash() -> None:
    """ "①" and "²" are digits to str.isdigit but no number to int(): a PDF's footnote marks
    alone on their lines once stopped the import with a ValueError."""
    texts, _ = clean("要抓好落实。", "①", "要加强领导。", "②", "要改进作风。", "²", "要狠抓执行。")
    assert "要狠抓执行。" in "".join(texts)


def test_labels_in_brackets_and_original_title() -> None:
    texts, removed = clean("原标题：某某会议召开", BODY, "（责任编辑：张三）", "[本文来源：人民网]")
    assert texts == [BODY]
    assert ("source", "[本文来源：人民网]") in removed


def test_meeting_time_in_a_notice_is_content() -> None:
    texts, _ = clean("时间：2025年3月5日上午9时", "地点：县政府三楼会议室", BODY)
    assert texts[:2] == ["时间：2025年3月5日上午9时", "地点：县政府三楼会议室"]


def test_dash_led_paragraph_starts_a_new_paragraph() -> None:
    first = "过去一年，我们坚持稳中求进工作总基调，经济社会发展取得新的成绩，主要体现在以下几个方面"
    texts, _ = clean(first, "——经济总体回升向好。国内生产总值增长5.2%。")
    assert len(texts) == 2


def test_menu_bar_full_width_buttons_and_counters() -> None:
    lines = [
        "首页 | 政务公开 | 政务服务 | 互动交流",
        "阅读次数：365",
        "点击量：1203",
        BODY,
        "［打印本页］［关闭窗口］",
        "〔打印〕〔关闭〕",
    ]
    texts, _ = clean(*lines)
    assert texts == [BODY]
    # a body line that merely starts with 首页 or lists words with bars stays
    texts, _ = clean("首页改版后，群众留言量明显增加。", "甲 | 乙 | 丙")
    assert texts == ["首页改版后，群众留言量明显增加。", "甲 | 乙 | 丙"]


def test_a_heading_ending_in_a_whole_word_is_not_joined() -> None:
    # 向/在/为/对 usually leave a phrase open ("坚持以人民为中心的发展思想，推动…向"),
    # but not in 方向, 存在, 作为, 应对
    assert not should_join("四、存在的不足和今后努力方向", BODY, False, None)
    assert not should_join("在守正中把牢方向", BODY, False, None)
    assert not should_join("二、积极应对", BODY, False, None)
    assert should_join(
        "全市上下要把思想和行动统一到中央决策部署上来，推动各项工作向", "纵深发展。", False, None
    )


def test_running_header_next_to_page_numbers_is_removed() -> None:
    header = "青川市人民政府公报　2025年第4期"
    texts, removed = clean(
        "一、完善设施",
        "（一）推进公园建设。今年新建体育公园四个，满足群众就近",
        header,
        "— 7 —",
        "健身需求。",
        "（二）推进步道建设。新建健身步道一百公里。",
        header,
        "— 8 —",
        "二、丰富赛事",
        header,
    )
    assert texts == [
        "一、完善设施",
        "（一）推进公园建设。今年新建体育公园四个，满足群众就近健身需求。",
        "（二）推进步道建设。新建健身步道一百公里。",
        "二、丰富赛事",
    ]
    assert [r for r, t in removed if t == header] == ["running-header"] * 3


def test_a_repeated_heading_is_not_a_running_header() -> None:
    lines = ["一、做法", "存在问题", BODY, "二、成效", "存在问题", BODY, "— 2 —", BODY]
    texts, _ = clean(*lines)
    assert texts.count("存在问题") == 2


def test_a_run_in_heading_line_cut_mid_sentence_continues() -> None:
    a = "（二）推进健身步道建设。新建健身步道一百公里，打造一批沿河、沿湖、环山"
    assert should_join(a, "健身步道。", False, None)
    assert not should_join("（二）推进健身步道建设", "新建健身步道一百公里。", False, None)


def test_government_information_box_lines() -> None:
    lines = [
        "索引号：11511000MB0123456X/2025-00087",
        "发布机构：青川市人民政府办公室",
        "成文日期：2025-03-14",
        "文　　号：青府办发〔2025〕9号",
        "主题分类：综合政务",
        "有效性：有效",
        BODY,
    ]
    texts, removed = clean(*lines)
    assert texts == [BODY]
    assert {r for r, _ in removed} == {"info-box"}
    # a sentence that begins with one of those words stays
    texts, _ = clean("有效性评估表明，各项措施落实较好。")
    assert texts == ["有效性评估表明，各项措施落实较好。"]


def test_a_lead_in_line_above_the_document_is_a_summary() -> None:
    lead = "导读：近日，青山县召开全县教育工作会议，县委书记发表讲话。以下为讲话全文。"
    texts, removed = clean(lead, "在全县教育工作会议上的讲话", BODY)
    assert texts == ["在全县教育工作会议上的讲话", BODY]
    assert removed == [("summary", lead)]


def test_more_page_numbers_counters_and_scan_widgets() -> None:
    lines = [
        "· 3 ·",
        "共5页 第3页",
        "3/5页",
        "手机扫一扫",
        "扫描二维码分享到微信",
        "阅读：1234",
        "浏览：88次",
    ]
    lines += ["本文链接：http://www.qc.gov.cn/a/1.html", BODY]
    texts, _ = clean(*lines)
    assert texts == [BODY]
    keep = ["扫黑除恶专项斗争取得阶段性成效", "阅读：《共产党宣言》等经典著作"]
    texts, _ = clean(*keep)
    assert texts == keep


def test_lines_cut_mid_sentence_across_blank_lines() -> None:
    # text copied with a blank line after every line: a comma or an opening quote never
    # ends a paragraph; a line as wide as the others continues when it ends mid-sentence
    texts, _ = clean(
        "今天召开全县林业工作会议，主要任务是总结去年林业工作，", "", "安排部署今年任务。"
    )
    assert texts == ["今天召开全县林业工作会议，主要任务是总结去年林业工作，安排部署今年任务。"]
    # but a heading-like line ending in 的 stays apart from the paragraph after it
    a = "五年来，在改革开放的推动下，我国国民经济持续发展，总的形势是很好的"
    assert not should_join(a, "国家经济实力继续得到显著增强。", True, None)
    assert not should_join("一、总体要求，", "（一）指导思想", True, None)


def test_editor_and_end_marks_at_the_foot_of_a_page() -> None:
    lines = [
        BODY + "（责任编辑：王丽）",
        "（完）",
        "【我要纠错】 责任编辑：王丽",
        "文章录入：admin    责任编辑：admin",
        "初审：张三 复审：李四 终审：王五",
        "网站标识码：5101000001",
        "主办：青川县人民政府办公室 承办：县大数据中心",
        "〖打印〗 〖关闭〗",
    ]
    texts, _ = clean(*lines)
    assert texts == [BODY]
    # content that only looks like it stays
    keep = ["联系人：张三，联系电话：0839-1234567。", "编辑部要加强审核（编辑：指新闻编辑）"]
    texts, _ = clean(*keep)
    assert texts == keep


def test_a_list_running_in_a_sentence_goes_on_across_a_line_break() -> None:
    a = "１．做优旅游产品。主要抓好以下工作：①打造两条精品研学线路；②建设一批康养旅居基地；"
    assert should_join(a, "③推出夜间文旅消费项目。", False, None)
    assert should_join("包括：（1）抓前期；", "（2）抓开工；", False, None)
    assert not should_join("①打造两条精品研学线路；", "①另一个清单的开头。", False, None)


def test_a_heading_as_wide_as_a_hard_wrapped_text() -> None:
    heading = "一、坚持问题导向，着力破解制约发展的突出"
    assert should_join(heading, "矛盾和问题", False, 22)
    assert not should_join(heading, "要把调查研究作为基本功，深入一线摸实情、找症结。", False, 22)


def test_an_indented_hard_wrap_keeps_enumerations_in_their_paragraph() -> None:
    line = "这是一段按固定宽度折行的正文内容，用来确定折行宽度。"[:24]
    width_lines = ["\u3000\u3000" + line] + [line] * 9  # one paragraph of ten lines
    texts, _ = clean(
        *width_lines,
        "\u3000\u3000一是选优配强村级班子。把党员选进村两委班子。",
        "二是严格组织生活，认真落实三会一课。",
        "\u3000\u3000二、严格组织生活",
    )
    assert (
        texts[-2]
        == "一是选优配强村级班子。把党员选进村两委班子。二是严格组织生活，认真落实三会一课。"
    )
    assert texts[-1] == "二、严格组织生活"
    assert len(texts) == 3


def test_a_wrap_that_puts_a_marker_at_the_start_of_a_line() -> None:
    line = "这是一段按固定宽度折行的正文内容，用来确定折行宽度。"[:24]
    cut = "经过审查，确认建设占用耕地的必须落实占一补"  # a full line that stops mid-sentence
    texts, _ = clean(*[line] * 9, cut, "一、占优补优的要求。", "二、加强督查")
    assert texts[-2].endswith(cut + "一、占优补优的要求。")
    assert texts[-1] == "二、加强督查"


def test_hyperlinked_words_on_lines_of_their_own_are_rejoined() -> None:
    # a scraped page puts each linked word on a line of its own, with no blank line around
    lines = [
        "各位代表：",
        "——交通网络更加完善。新修",
        "城际铁路",
        "三百公里，改造",
        "乡村道路",
        "一千多公里。",
        "",
        "“十五五”时期全县发展的",
        "主要目标",
        "是：经济总量年均增长百分之六左右，群众收入同步增长。",
    ]
    texts, _ = clean(*lines)
    assert texts == [
        "各位代表：",
        "——交通网络更加完善。新修城际铁路三百公里，改造乡村道路一千多公里。",
        "“十五五”时期全县发展的主要目标是：经济总量年均增长百分之六左右，群众收入同步增长。",
    ]
    # a subtitle line and a post with its name stay apart
    texts, _ = clean("——在全县经济工作会议上的讲话", "县长 张三", "同志们：")
    assert texts == ["——在全县经济工作会议上的讲话", "县长 张三", "同志们："]


def test_a_web_editors_placeholder_is_clutter() -> None:
    texts, _ = clean("——改革开放进一步深化。", "粗体文字", BODY)
    assert texts == ["——改革开放进一步深化。", BODY]


def test_a_law_named_on_a_line_of_its_own_inside_book_title_marks() -> None:
    texts, _ = clean("我县第一部《", "村规民约", "》开始实施。各村都召开了群众大会。")
    assert texts == ["我县第一部《村规民约》开始实施。各村都召开了群众大会。"]


def test_a_title_typed_as_a_careless_markdown_heading() -> None:
    for line in ("##推动后勤服务改革", "#3 推动后勤服务改革"):
        result = clean_blocks([Block(line), Block(""), Block(BODY)])
        assert [(b.text, b.heading_level) for b in result.blocks][0] == (
            "推动后勤服务改革",
            len(line) - len(line.lstrip("#")),
        )
    texts, _ = clean("#两会热点#", BODY)  # a tag, not a heading
    assert texts[0] == "#两会热点#"


def test_photo_lines_naming_the_speaker_or_the_photographer_without_she() -> None:
    for line in ("张工作政府工作报告。", "任某某作政府工作报告。新某某·某某日报记者 王小明"):
        texts, removed = clean("2026年某省政府工作报告", line, "各位代表：", BODY)
        assert texts == ["2026年某省政府工作报告", "各位代表：", BODY]
    texts, _ = clean("县政府作工作报告的情况要向群众公开。", BODY)
    assert texts[0] == "县政府作工作报告的情况要向群众公开。"


def test_a_short_lead_line_under_a_paragraph_that_ended_short_of_the_width() -> None:
    # an indented hard-wrapped text with unindented bold lead lines lost to plain text: a
    # paragraph whose last line stops short of the width has ended, so the short sentence
    # under it (a new paragraph indented after it) is a line of its own
    first = (
        "全区上下认真贯彻落实各项决策部署，经济运行总体平稳、稳中有进，发展的质量和效益稳步提升。"
        "各项改革扎实推进，重点领域和关键环节取得新的突破，营商环境和发展活力持续改善，"
        "为全年目标打下基础。"
    )
    second = (
        "今年全区地区生产总值增长百分之六，规模以上工业增加值增长百分之七，固定资产投资稳定增长，"
        "社会消费品零售总额增长百分之八，城乡居民收入继续提高。"
    )
    leads = ["农业生产保持稳定。", "工业经济稳中向好。", "服务业加快发展。"]
    lines = []
    for lead in leads:
        lines += hard_wrapped(first, 24) + [lead] + hard_wrapped(second, 24)
    assert len(hard_wrapped(first, 24)[-1]) == 23  # the paragraph stopped short of the width
    texts, _ = clean(*lines)
    assert texts == [t for lead in leads for t in (first, lead, second)]


def test_a_long_numbered_heading_standing_apart_is_not_joined_to_its_text() -> None:
    """一、 over a heading of two clauses (a ； and commas inside, no full stop) on a line
    of its own between blank lines, then its first paragraph: the heading stands whole, not
    run into the sentence under it. A numbered paragraph cut mid-sentence still goes on."""
    head = "一、办公室工作要有清晰的方向，善于抓住主要矛盾和矛盾的主要方面；要有开放的心态"
    head += "，把握好工作的节奏与分寸，要有自我牺牲的精神和妥协的方法"
    assert len(head) > 60
    texts, _ = clean(head, "", BODY)
    assert texts == [head, BODY]
    assert should_join("一、", "办公室工作要有清晰的方向。", gap=True, width=None)
    cut = "一、办公室工作要有清晰的方向。我们很多同志每天都很忙，从早到晚忙个不停，"
    cut += "开会、写材料、跑现场，实际上大部分时间干的是不一定正确的"
    assert len(cut) >= 60
    assert should_join(cut, "事情，大家累得很、忙得很。", gap=True, width=None)


def test_small_and_vertical_forms_of_punctuation_read_as_the_ordinary_marks():
    """A heading typed with the small question mark (华为怎么办﹖, text converted from Big5)
    reads as 华为怎么办 ending in ？, and a vertical comma or colon as the ordinary mark: the reader and the
    outline show what the page shows, and sentences end where they end."""
    from drafter.corpus import parse_text

    body = "我们要认真研究这个问题，把情况弄清楚，才能拿出办法来。" * 3
    doc = parse_text(
        f"北国之春\n\n一、日本经济怎么了﹖\n\n{body}\n\n二、华为怎么办﹖\n\n{body}︐就这样︓好\n"
    )
    sections = doc.outline.sections
    assert [(s.heading, s.ending) for s in sections] == [
        ("日本经济怎么了", "？"),
        ("华为怎么办", "？"),
    ]
    assert doc.outline.sections[1].paragraphs[0].endswith("，就这样：好")
