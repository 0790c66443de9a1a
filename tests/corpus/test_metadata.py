"""Metadata from the header zone: one minimal example per pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.corpus.dates import find_dates, first_date, range_start
from drafter.corpus.genre_occasion import genre_of, level_of, occasion_of
from drafter.corpus.metadata import extract_metadata
from drafter.corpus.model import Block
from drafter.corpus.page_chrome import without_column

BODY = "经区委主要领导同意，召开这次会议，主要有三个目的。"


def meta(*lines: str, removed: list[tuple[str, str]] | None = None):
    blocks = [Block(line) for line in lines]
    rem = [(reason, Block(text)) for reason, text in (removed or [])]
    return extract_metadata(blocks, rem)


# --- title ---------------------------------------------------------------------------


def test_title_on_one_line():
    r = meta("在全市安全生产工作会议上的讲话", "同志们：", BODY)
    assert r.metadata.title == "在全市安全生产工作会议上的讲话"
    assert [b.text for b in r.body] == ["同志们：", BODY]


def test_title_split_over_two_lines_is_joined():
    r = meta("在全区办公室主任暨文秘业务培训会议", "上的讲话", "同志们：", BODY)
    assert r.metadata.title == "在全区办公室主任暨文秘业务培训会议上的讲话"


def test_title_already_joined_by_cleaning_reads_the_same():
    r = meta("在全区办公室主任暨文秘业务培训会议上的讲话", "同志们：", BODY)
    assert r.metadata.title == "在全区办公室主任暨文秘业务培训会议上的讲话"


def test_title_split_over_three_lines():
    r = meta("在全县", "基层党建工作推进会", "上的讲话", "（2025年3月2日）", "同志们：")
    assert r.metadata.title == "在全县基层党建工作推进会上的讲话"
    assert r.metadata.date == "2025-03-02"


def test_title_without_zai_split_over_two_lines():
    r = meta("党政办公室文秘人员培训班", "开班仪式上的讲话", "同志们：", BODY)
    assert r.metadata.title == "党政办公室文秘人员培训班开班仪式上的讲话"
    assert r.metadata.occasion == "党政办公室文秘人员培训班开班仪式"


def test_double_title_gives_title_and_subtitle():
    r = meta(
        "凝心聚力抓落实 奋勇争先开新局",
        "——在全市经济工作会议上的讲话",
        "市委书记 张某某",
        "（2025年12月20日）",
        "同志们：",
    )
    m = r.metadata
    assert m.title == "凝心聚力抓落实 奋勇争先开新局"
    assert m.subtitle == "在全市经济工作会议上的讲话"
    assert m.occasion == "全市经济工作会议"
    assert m.genre == "讲话"
    assert m.date == "2025-12-20"


def test_a_date_line_under_an_open_subtitle_stays_the_date():
    r = meta("沟通从心灵开始", "——与新员工交流纪要", "2000年7月17日", BODY)
    assert r.metadata.subtitle == "与新员工交流纪要"
    assert r.metadata.date == "2000-07-17"


def test_a_date_line_naming_two_months_is_the_date_line():
    r = meta("《县志》的序言和跋", "（一九四一年三月、四月）", "序", BODY)
    assert r.metadata.title == "《县志》的序言和跋"
    assert r.metadata.date == "1941-03"


def test_a_title_with_a_date_inside_is_the_title():
    r = meta("在2013年11月29日县委常委会上的讲话", "2013年11月29日", BODY)
    assert r.metadata.title == "在2013年11月29日县委常委会上的讲话"
    assert r.metadata.date == "2013-11-29"


def test_a_long_title_typed_as_a_heading_at_the_top():
    title = "基层组织要率先实现岗位责任制，通过岗位责任来选拔干部，淘汰不作为人员，为全县摸索经验"
    r = extract_metadata(
        [Block(title, heading_level=2), Block("——县长在座谈会上的讲话"), Block(BODY)], []
    )
    assert r.metadata.title == title


def test_a_document_number_and_its_date_are_the_date_line():
    r = meta("加强作风建设", "——县长与干部谈话纪录", "电邮讲话【2015】053号  2015年3月10日", BODY)
    assert r.metadata.date == "2015-03-10"
    assert r.metadata.title == "加强作风建设"


def test_two_slogan_lines_join_with_a_space():
    r = meta("决胜全面建成小康社会", "为夺取新时代伟大胜利而奋斗", "——在大会上的报告", "同志们：")
    assert r.metadata.title == "决胜全面建成小康社会 为夺取新时代伟大胜利而奋斗"


def test_title_broken_inside_a_guanyu_phrase_joins_directly():
    """关于 opens a phrase that its 的 closes: a break before the 的 is inside one phrase."""
    r = meta(
        "市政府新闻发言人关于要求有关单位尽快",
        "整改供水管网安全隐患的谈话",
        "（2025年3月2日）",
        BODY,
    )
    assert r.metadata.title == "市政府新闻发言人关于要求有关单位尽快整改供水管网安全隐患的谈话"


def test_word_title_style_block_is_the_title():
    blocks = [Block("关于加强机关效能建设的实施意见", kind="title"), Block(BODY)]
    r = extract_metadata(blocks)
    assert r.metadata.title == "关于加强机关效能建设的实施意见"
    assert r.metadata.genre == "意见"
    assert [b.text for b in r.body] == [BODY]


def test_markdown_first_heading_is_the_title():
    blocks = [
        Block("在全镇乡村振兴工作会议上的讲话", heading_level=1),
        Block("（2025年4月8日）"),
        Block("同志们："),
    ]
    r = extract_metadata(blocks)
    assert r.metadata.title == "在全镇乡村振兴工作会议上的讲话"
    assert r.metadata.level == "全镇"


def test_no_header_starts_with_salutation():
    r = meta("各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。")
    assert r.metadata.title is None
    assert r.metadata.date is None
    assert [b.text for b in r.body][0] == "各位代表："


def test_an_untitled_report_to_a_congress_is_a_work_report_by_its_opening():
    r = meta("各位代表：", "现在，我代表市人民政府，向大会报告政府工作，请予审议。")
    assert (r.metadata.title, r.metadata.date, r.metadata.genre) == (None, None, "工作报告")
    r = meta("同志们：", "现在，我代表第五届委员会向大会作工作报告。")
    assert r.metadata.genre == "工作报告"
    r = meta(
        "各位代表：", "现在，我代表县政府，向县第三届人民代表大会第二次会议报告本届政府的工作。"
    )
    assert r.metadata.genre == "工作报告"
    r = meta("各位代表：", "本届政府任期即将结束。现在，我代表县政府，向大会报告工作。")
    assert r.metadata.genre == "工作报告"
    r = meta("同志们：", "我受第五届委员会委托，向大会作报告。")
    assert r.metadata.genre == "报告"


def test_no_header_starts_with_body_text():
    r = meta(BODY, "一、提高认识")
    m = r.metadata
    assert (m.title, m.speaker, m.date, m.genre) == (None, None, None, None)
    assert len(r.body) == 2


def test_government_work_report_title_without_speech_header():
    r = meta("政府工作报告", "各位代表：", "现在，我代表市人民政府向大会报告工作。")
    assert r.metadata.title == "政府工作报告"
    assert r.metadata.genre == "工作报告"


def test_site_headline_then_document_title_keeps_the_document_title():
    r = meta(
        "2026年云岭市政府工作报告",
        "政府工作报告",
        "——2026年1月20日在云岭市第五届人民代表大会第四次会议上",
        "各位代表：",
    )
    assert r.metadata.title == "政府工作报告"
    assert r.metadata.level == "全市"


# --- speaker and post ----------------------------------------------------------------


def test_post_and_placeholder_name_on_separate_lines():
    r = meta("在全区办公室主任会议上的讲话", "区委常委、办公室主任", "xxx", "同志们：")
    assert r.metadata.post == "区委常委、办公室主任"
    assert r.metadata.speaker == "xxx"


def test_post_and_name_joined_without_space():
    r = meta("在全区办公室主任会议上的讲话", "区委常委、办公室主任xxx", "同志们：")
    assert r.metadata.post == "区委常委、办公室主任"
    assert r.metadata.speaker == "xxx"


def test_post_and_name_on_one_line():
    r = meta(
        "政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理 李强"
    )
    assert r.metadata.post == "国务院总理"
    assert r.metadata.speaker == "李强"


def test_name_with_spaces_between_characters():
    r = meta("政府工作报告", "——2026年1月20日在云岭市第五届人民代表大会第四次会议上", "市长 龚　正")
    assert r.metadata.speaker == "龚正"
    assert r.metadata.post == "市长"


def test_name_on_the_line_after_a_subtitle():
    r = meta("奋进新征程", "——在全省青年干部座谈会上的讲话", "李强", "同志们：")
    assert r.metadata.speaker == "李强"
    assert r.metadata.post is None


def test_name_after_the_subtitle_on_the_same_line():
    r = meta("奋进新征程", "——在全省青年干部座谈会上的讲话 王某某", "同志们：")
    assert r.metadata.subtitle == "在全省青年干部座谈会上的讲话"
    assert r.metadata.speaker == "王某某"


def test_comrade_speech_title_names_the_speaker():
    r = meta("XXX同志在全县三级干部大会上的讲话", "同志们：")
    m = r.metadata
    assert m.title == "XXX同志在全县三级干部大会上的讲话"
    assert m.speaker == "XXX"
    assert m.occasion == "全县三级干部大会"
    assert m.level == "全县"
    assert m.genre == "讲话"


def test_name_in_brackets_under_the_title():
    r = meta("在全市招商引资工作会议上的讲话", "（李强）", "（2025年6月1日）", "同志们：")
    assert r.metadata.speaker == "李强"
    assert r.metadata.date == "2025-06-01"


@pytest.mark.parametrize("name", ["××", "某某", "XXX", "xx"])
def test_placeholder_names(name):
    r = meta("在全区工作会议上的讲话", f"区委书记 {name}", "同志们：")
    assert r.metadata.speaker == name


# --- date --------------------------------------------------------------------------


def test_date_in_brackets():
    r = meta("在全区工作会议上的讲话", "（2025年11月24日）", "同志们：")
    assert r.metadata.date == "2025-11-24"


def test_date_in_subtitle_with_occasion():
    r = meta("政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "各位代表：")
    m = r.metadata
    assert m.date == "2024-03-05"
    assert m.occasion == "第十四届全国人民代表大会第二次会议"
    assert m.level == "全国"
    assert m.subtitle == "2024年3月5日在第十四届全国人民代表大会第二次会议上"


def test_bare_date_line():
    r = meta("在全区工作会议上的讲话", "2024年3月5日", "同志们：")
    assert r.metadata.date == "2024-03-05"


def test_date_in_chinese_numerals():
    r = meta("在全县工作会议上的讲话", "（二〇二四年三月五日）", "同志们：")
    assert r.metadata.date == "2024-03-05"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("二〇二四年三月五日", "2024-03-05"),
        ("二○二五年十二月三十一日", "2025-12-31"),
        ("二〇二五年十月二十日", "2025-10-20"),
        ("２０２５年１月２日", "2025-01-02"),
        ("2025年11月", "2025-11"),
        ("时间：2026-02-09 09:45", "2026-02-09"),
        ("2025年13月1日", None),
        ("没有日期", None),
    ],
)
def test_date_forms(text, iso):
    assert first_date(text) == iso


def test_all_dates_in_order():
    assert [d.iso for d in find_dates("2024年1月2日至二〇二四年一月五日")] == [
        "2024-01-02",
        "2024-01-05",
    ]


def test_time_line_in_removed_boilerplate_is_never_the_date():
    # a page's 时间：2026-02-09 is when the site posted the text (the date convention,
    # tests/gold/README.md): the source line keeps it, the text has no date of its own
    r = meta("在全区工作会议上的讲话", "同志们：", removed=[("boilerplate", "时间：2026-02-09")])
    assert r.metadata.date is None and r.page_info == ["时间：2026-02-09"]
    r = meta(
        "在全区工作会议上的讲话",
        "（2026年2月3日）",
        "同志们：",
        removed=[("boilerplate", "时间：2026-02-09")],
    )
    assert r.metadata.date == "2026-02-03"
    assert r.warnings == []


def test_a_records_time_field_dates_it_and_a_pages_posting_time_does_not():
    # 时间： under a record's title says when the meeting was held: its own date; a scraped
    # page's 发布时间 (a 来源 beside it) says when the site posted the speech, not its day
    r = meta(
        "全县重点项目推进会会议实录",
        "时间：2026年3月2日上午9:00地点：县行政中心一楼大会议室",
        "主持人：县委副书记　宋立平",
        BODY,
    )
    assert r.metadata.date == "2026-03-02"
    r = meta("日期：2026年1月30日", "关于全县项目观摩情况的通报", BODY)
    assert r.metadata.date == "2026-01-30"
    for posted in ("发布时间：2026-05-27 09:15　来源：白沙镇人民政府", "发布时间：2026年5月27日"):
        r = meta("在全镇人居环境整治推进会上的讲话", posted, "同志们：", BODY)
        assert r.metadata.date is None and r.page_info == [posted]


def test_conflicting_summary_date_keeps_the_date_line_and_warns():
    summary = (
        "在全区办公室主任暨文秘业务培训会议上的讲话区委常委（2024年11月24日）同志们：经区委..."
    )
    r = meta(
        "在全区办公室主任暨文秘业务培训会议",
        "上的讲话",
        "（2025年11月24日）",
        "同志们：",
        removed=[("summary", summary)],
    )
    assert r.metadata.date == "2025-11-24"
    assert len(r.warnings) == 1
    assert "2025-11-24" in r.warnings[0] and "2024-11-24" in r.warnings[0]


def test_agreeing_summary_date_gives_no_warning():
    summary = "在全区工作会议上的讲话（2025年11月24日）同志们：经区委主要领导同意，召开..."
    r = meta(
        "在全区工作会议上的讲话", "（2025年11月24日）", "同志们：", removed=[("summary", summary)]
    )
    assert r.warnings == []


def test_publication_timestamp_is_not_the_speech_date():
    r = meta(
        "2026年云岭市政府工作报告",
        "2026年02月10日 07时41分",
        "2026年2月3日在云岭市第五届人民代表大会第四次会议上",
        "各位代表：",
    )
    assert r.metadata.date == "2026-02-03"


# --- occasion, genre, level, source ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "occasion"),
    [
        ("在全区办公室主任暨文秘业务培训会议上的讲话", "全区办公室主任暨文秘业务培训会议"),
        ("在全市优化营商环境大会上的致辞", "全市优化营商环境大会"),
        (
            "2024年3月5日在第十四届全国人民代表大会第二次会议上",
            "第十四届全国人民代表大会第二次会议",
        ),
        ("关于加强机关效能建设的实施意见", None),
    ],
)
def test_occasion(title, occasion):
    assert occasion_of(title) == occasion


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("在全市经济工作会议上的讲话", "讲话"),
        ("在开业仪式上的致辞", "讲话"),
        ("在座谈会上的发言", "讲话"),
        ("全县三级干部大会主持词", "主持词"),
        ("政府工作报告", "工作报告"),
        ("在区第三次党代会上的工作报告", "工作报告"),
        ("青川区2025年工作总结", "总结"),
        ("关于加强基层治理的实施意见", "意见"),
        ("关于召开全县安全生产会议的通知", "通知"),
        ("关于印发《乡村振兴实施方案》的通知", "通知"),
        ("云岭市营商环境提升行动方案", "方案"),
        ("关于青川区农村养老服务的调研报告", "调研报告"),
        ("2025年度述职报告", "述职报告"),
        ("关于表彰先进集体的决定", "决定"),
        ("云岭市公文处理办法", "法规"),
        ("在中国共产党第二十次全国代表大会上的报告", "报告"),
        ("凝心聚力抓落实", None),
        ("学习习近平总书记重要讲话精神的体会", None),  # a genre word inside says nothing
        ("在全市经济工作会议上的讲话（摘要）", "讲话"),
        ("中华人民共和国印花税法", "法规"),
        ("基层工作方法", None),
        ("关于审理网络消费纠纷案件适用法律若干问题的解释", "法规"),
        ("关于政府工作报告的决议", "决议"),
        (None, None),
    ],
)
def test_genre(title, genre):
    assert genre_of(title) == genre


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("全区办公室主任暨文秘业务培训会议", "全区"),
        ("第十四届全国人民代表大会第二次会议", "全国"),
        ("云岭省第十四届人民代表大会第三次会议", "全省"),
        ("青川区第三届人民代表大会第五次会议", "全区"),
        ("全乡脱贫攻坚总结大会", "全乡"),
        ("办公室文秘人员培训班开班仪式", None),
        # a company's 地区部 is a business unit, no 区; a district's own meeting still is
        ("西欧地区部工作汇报会", None),
        ("中亚地区部员工座谈会", None),
        ("青川区部分企业座谈会", "全区"),
        (None, None),
    ],
)
def test_level(text, level):
    assert level_of(text) == level


def test_source_from_removed_line():
    r = meta(
        "在全区工作会议上的讲话", "同志们：", removed=[("boilerplate", "来源：青川日报 作者：李四")]
    )
    assert r.metadata.source == "青川日报"


def test_source_split_over_two_removed_lines():
    r = meta(
        "政府工作报告",
        "各位代表：",
        removed=[("boilerplate", "来源:"), ("boilerplate", "云岭日报")],
    )
    assert r.metadata.source == "云岭日报"


def test_source_line_left_in_blocks_is_read_and_dropped():
    r = meta(
        "在全区工作会议上的讲话",
        "来源：云岭党建网 https://www.example.gov.cn/a/1.html",
        "责任编辑：王五",
        "（2025年5月6日）",
        "同志们：",
        BODY,
    )
    assert r.metadata.source == "云岭党建网"
    assert r.metadata.date == "2025-05-06"
    assert [b.text for b in r.body] == ["同志们：", BODY]


def test_unknown_fields_are_none():
    r = meta("凝心聚力抓落实", "同志们：", BODY)
    m = r.metadata
    assert m.title == "凝心聚力抓落实"
    assert (m.subtitle, m.speaker, m.post, m.date, m.occasion, m.genre, m.level, m.source) == (
        None,
    ) * 8


def test_header_ends_at_first_body_paragraph_without_salutation():
    r = meta("关于青川区农村养老服务的调研报告", "（2025年9月10日）", BODY, "一、基本情况")
    assert r.metadata.genre == "调研报告"
    assert [b.text for b in r.body] == [BODY, "一、基本情况"]


def test_only_the_header_zone_is_read():
    lines = ["同志们：", *[BODY] * 30, "（2025年1月1日）", *[BODY] * 20]
    r = meta(*lines)
    assert r.metadata.date is None
    assert len(r.body) == len(lines)


def test_a_date_line_under_the_last_paragraph_dates_the_document():
    # a speech dated after its closing, a 通知 signed "…办公室" / date before its 附件
    r = meta("同志们：", *[BODY] * 30, "（2025年1月1日）")
    assert r.metadata.date == "2025-01-01"
    r = meta(
        "关于做好节日工作的通知", BODY, "青溪县人民政府办公室", "2025年12月20日", "附件", "名单"
    )
    assert r.metadata.date == "2025-12-20"
    # a header date wins; a date inside a sentence at the end is not a signature
    r = meta("在全县大会上的讲话", "（2025年3月1日）", BODY, "2025年12月20日")
    assert r.metadata.date == "2025-03-01"
    r = meta("同志们：", BODY, "会议定于2025年12月20日召开。")
    assert r.metadata.date is None


def test_a_date_in_brackets_closing_the_last_paragraph_dates_the_document():
    # published speeches with no date line under the title: …生存。（2001年4月24日）, endnotes after
    last = "唯有惶者才能生存。（2001年4月24日）"
    assert meta("同志们：", *[BODY] * 30, last).metadata.date == "2001-04-24"
    assert (
        meta("同志们：", *[BODY] * 30, last, "[1] 随波逐流，永不沉底！").metadata.date
        == "2001-04-24"
    )
    # a header date wins; brackets holding anything but one full date give none
    assert meta("在全县大会上的讲话", "（2025年3月1日）", BODY, last).metadata.date == "2025-03-01"
    assert meta("同志们：", BODY, "要抓好落实。（2001年4月）").metadata.date is None
    assert meta("同志们：", BODY, "要抓好落实。（见2001年4月24日通知）").metadata.date is None
    # only the last paragraph that closes so: a dated quotation further up is not the date
    early = ["同志们：", "会上传达了文件。（2001年4月24日）", *[BODY] * 3, "要抓好落实。（附表略）"]
    assert meta(*early).metadata.date is None


def test_an_authors_dateline_closing_the_text_dates_the_document():
    # no date under the title; the text ends on its own line "——2001年2月8日于深圳"
    for line in (
        "——2001年2月8日于深圳",
        "2001年2月8日于深圳",
        "—— 2001年2月8日",
        "――二〇〇一年二月八日写于深圳",
    ):
        assert meta("同志们：", *[BODY] * 30, line).metadata.date == "2001-02-08", line
    # a header date wins; a year alone, a place that runs on into a sentence, or a dateline
    # that is not the last line give none
    assert (
        meta("在全县大会上的讲话", "（2025年3月1日）", BODY, "——2001年2月8日于深圳").metadata.date
        == "2025-03-01"
    )
    assert meta("同志们：", BODY, "——2001年于深圳").metadata.date is None
    assert (
        meta("同志们：", BODY, "2001年2月8日于深圳召开的全市干部大会上讲话").metadata.date is None
    )
    assert meta("同志们：", BODY, "——2001年2月8日于深圳", BODY, BODY).metadata.date is None


def test_empty_input():
    r = extract_metadata([])
    assert r.body == [] and r.metadata.title is None


# --- documents other than speeches ------------------------------------------------------


def test_adoption_note_under_a_law_title_is_its_date():
    blocks = [
        Block("清远市住宅小区物业管理条例", heading_level=1),
        Block("2022年6月24日 清远市第八届人民代表大会常务委员会第五次会议通过"),
        Block("第一章 总则", heading_level=2),
        Block("第一条 为了规范物业管理活动，制定本条例。"),
    ]
    r = extract_metadata(blocks)
    assert r.metadata.title == "清远市住宅小区物业管理条例"
    assert r.metadata.date == "2022-06-24"
    assert r.metadata.genre == "法规"
    assert [b.text for b in r.body][0] == "第一章 总则"


def test_a_short_heading_under_the_title_is_not_a_speaker():
    blocks = [
        Block("劳动者订立放弃加班费协议，能否主张加班费", heading_level=1),
        Block("基本案情", heading_level=2),
        Block("张某于2020年6月入职某科技公司。"),
    ]
    r = extract_metadata(blocks)
    assert r.metadata.speaker is None
    assert r.body[0].text == "基本案情"


def test_document_number_joined_onto_the_title_is_cut_off():
    r = meta(
        "关于调整工资折算问题的通知劳社部发[2008]3号", "各省、自治区、直辖市人力资源社会保障厅："
    )
    assert r.metadata.title == "关于调整工资折算问题的通知"
    assert r.metadata.genre == "通知"


def test_document_number_on_its_own_line_is_skipped():
    r = meta("云政办发〔2025〕12号", "关于做好2025年防汛工作的通知", "各县（区）人民政府：")
    assert r.metadata.title == "关于做好2025年防汛工作的通知"


def test_author_unit_under_a_report_title():
    r = meta("关于青川区农村养老服务的调研报告", "区委政策研究室调研组", "（2025年8月20日）", BODY)
    assert r.metadata.title == "关于青川区农村养老服务的调研报告"
    assert r.metadata.speaker == "区委政策研究室调研组"


def test_site_banner_joined_onto_the_title_is_cut_off():
    r = meta("云岭市人民政府门户网站在全市民营企业家座谈会上的讲话", "同志们：")
    assert r.metadata.title == "在全市民营企业家座谈会上的讲话"


def test_web_page_clutter_left_in_the_header_is_skipped():
    r = meta(
        "下载", "打印", "【字号：", "大", "中", "小", "】",
        "2026年云岭市政府工作报告",
        "——2026年1月20日在云岭市第五届人民代表大会第四次会议上",
        "来源：云岭日报",
        "时间：2026-01-28",
        "云岭市人民政府市长 ×××",
        "市长×××作政府工作报告。本报记者 李四 摄",
        "各位代表：",
    )  # fmt: skip
    m = r.metadata
    assert (m.title, m.date, m.source) == ("2026年云岭市政府工作报告", "2026-01-20", "云岭日报")
    assert (m.post, m.speaker) == ("云岭市人民政府市长", "×××")
    assert [b.text for b in r.body] == ["各位代表："]


def test_breadcrumb_split_over_lines_is_skipped():
    r = meta("首页", ">", "政务信息", ">", "要闻", "政府工作报告", "各位代表：")
    assert r.metadata.title == "政府工作报告"


def test_subtitle_broken_over_two_lines():
    r = meta(
        "政府工作报告",
        "——2026年1月26日在云岭省第十四届",
        "人民代表大会第五次会议上",
        "云岭省省长 王某某",
        "各位代表：",
    )
    m = r.metadata
    assert m.subtitle == "2026年1月26日在云岭省第十四届人民代表大会第五次会议上"
    assert (m.speaker, m.level) == ("王某某", "全省")


def test_date_occasion_and_speaker_on_one_line():
    r = meta(
        "政府工作报告", "2026年1月27日在云岭省第十四届人民代表大会第四次会议上 云岭省省长 赵某"
    )
    m = r.metadata
    assert (m.date, m.post, m.speaker) == ("2026-01-27", "云岭省省长", "赵某")
    assert m.occasion == "云岭省第十四届人民代表大会第四次会议"


lines = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "同志们：",
                "（2025年1月2日）",
                "——在全区会议上的讲话",
                "来源：",
                "xxx",
                ">",
                "一、总体要求",
            ]
        ),
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(lines, lines)
def test_any_text_gives_metadata_and_a_suffix_as_body(texts, removed_texts):
    blocks = [Block(t) for t in texts]
    r = extract_metadata(blocks, [("boilerplate", Block(t)) for t in removed_texts])
    assert r.body == blocks[len(blocks) - len(r.body) :]
    m = r.metadata
    for value in (m.title, m.subtitle, m.speaker, m.post, m.occasion, m.source):
        assert value is None or isinstance(value, str)
    assert m.date is None or len(m.date) in (4, 7, 10)


def test_a_note_under_the_title_is_not_title() -> None:
    r = meta("在全区经济工作会议上的讲话", "（根据录音整理）", "区委书记 宋立新", "同志们：")
    assert r.metadata.title == "在全区经济工作会议上的讲话"
    assert r.metadata.speaker == "宋立新"


def test_a_two_character_name_padded_to_three() -> None:
    r = meta("在全县大会上的讲话", "县委书记、县人民政府县长", "黄  磊", "2025年11月", "同志们：")
    assert r.metadata.speaker == "黄磊"
    assert r.metadata.post == "县委书记、县人民政府县长"
    assert r.metadata.date == "2025-11"


def test_a_report_to_superiors_is_a_report() -> None:
    r = meta("全区文化旅游产业发展情况汇报", "区文化和旅游局", BODY)
    assert r.metadata.title == "全区文化旅游产业发展情况汇报"
    assert r.metadata.genre == "报告"
    assert r.metadata.speaker == "区文化和旅游局"


def test_date_and_recording_note_in_one_bracket() -> None:
    r = meta("在全县组织工作会议上的讲话", "（2025年1月20日，根据录音整理）", "同志们：")
    assert r.metadata.date == "2025-01-20"
    assert r.metadata.title == "在全县组织工作会议上的讲话"


def test_speaker_named_in_the_title() -> None:
    r = meta("县长张宏伟在全县经济工作会议上的讲话", "（2025年2月10日）", "同志们：")
    assert (r.metadata.post, r.metadata.speaker) == ("县长", "张宏伟")
    assert r.metadata.occasion == "全县经济工作会议"


def test_speaker_signed_with_a_dash() -> None:
    r = meta("在全县经济工作会议上的讲话", "—— 县委书记  张宏伟", "同志们：")
    assert r.metadata.subtitle is None
    assert (r.metadata.post, r.metadata.speaker) == ("县委书记", "张宏伟")


def test_two_slogan_lines_keep_a_space_even_when_one_ends_in_shang() -> None:
    r = meta("坚持人民至上", "奋力谱写民生新篇章", "——在全区民政工作会议上的讲话", "同志们：")
    assert r.metadata.title == "坚持人民至上 奋力谱写民生新篇章"
    r = meta("在全区办公室主任会议", "上的讲话", "同志们：")
    assert r.metadata.title == "在全区办公室主任会议上的讲话"


def test_more_genre_words_and_role_labels() -> None:
    cases = {
        "在全县大会上的讲话稿": "讲话",
        "在座谈会上的发言稿": "讲话",
        "专题党课讲稿": "讲话",
        "开幕式主持辞": "主持词",
        "全市2025年工作要点": "要点",
        "青川县“十五五”规划纲要": "规划",
    }
    for title, genre in cases.items():
        assert genre_of(title) == genre, title
    r = meta("2025年度工作汇报", "汇报人：周文", BODY)
    assert r.metadata.speaker == "周文"


def test_subtitle_in_brackets_and_speaker_inside_the_subtitle() -> None:
    r = meta("奋力开创全区发展新局面", "（在全区三级干部大会上的讲话）", "同志们：")
    assert r.metadata.title == "奋力开创全区发展新局面"
    assert r.metadata.subtitle == "在全区三级干部大会上的讲话"
    assert r.metadata.genre == "讲话"
    r = meta("奋力开创全区发展新局面", "——区委书记张振宇在全区三级干部大会上的讲话", "同志们：")
    assert (r.metadata.post, r.metadata.speaker) == ("区委书记", "张振宇")


def test_a_local_office_under_a_title_without_genre_word() -> None:
    r = meta("全县2025年上半年经济运行分析", "县统计局", "2025年7月15日", BODY)
    assert r.metadata.title == "全县2025年上半年经济运行分析"
    assert r.metadata.speaker == "县统计局"
    assert r.metadata.date == "2025-07-15"
    # a second title line that ends like an office is still title
    r = meta("深化改革创新", "建设人民满意的服务型政府", BODY)
    assert r.metadata.title == "深化改革创新 建设人民满意的服务型政府"


def test_speaker_and_date_on_one_line() -> None:
    for line in ("2025年2月3日 区委书记 张振宇", "区委书记 张振宇（2025年2月3日）"):
        r = meta("在全区三级干部大会上的讲话", line, "同志们：")
        assert r.metadata.title == "在全区三级干部大会上的讲话", line
        assert (r.metadata.post, r.metadata.speaker, r.metadata.date) == (
            "区委书记",
            "张振宇",
            "2025-02-03",
        ), line


def test_a_date_range_under_the_title_is_the_date_line_and_gives_its_start() -> None:
    # a collection of directives written over months: the range is the date line, not title
    r = meta(
        "关于春季生产的几个指示",
        "（二〇二一年十一月——二〇二二年三月）",
        "一",
        BODY,
        "（二〇二二年三月二十三日）",
    )
    assert r.metadata.title == "关于春季生产的几个指示"
    assert r.metadata.date == "2021-11"
    assert meta("关于春季生产的几个指示", "（2021年11月至12月）", BODY).metadata.date == "2021-11"
    # a date followed by more than an end date is no range
    assert range_start("2021年11月—在会上") is None
    assert range_start("（2025年3月1日—5日）") == "2025-03-01"


def test_a_date_in_chinese_digits_with_dots_between():
    assert [d.iso for d in find_dates("一九三九・一二・一五")] == ["1939-12-15"]
    assert [d.iso for d in find_dates("一九五〇．三．八")] == ["1950-03-08"]
    assert find_dates("共1.5万人，增长2.3个百分点") == []
    r = meta("中国革命与中国共产党", "一九三九・一二・一五", BODY)
    assert (r.metadata.title, r.metadata.date) == ("中国革命与中国共产党", "1939-12-15")


def test_a_speaker_whose_name_has_a_middle_dot():
    r = meta("2026年某自治区政府工作报告", "自治区主席 买买提·阿不都", "各位代表：", BODY)
    assert (r.metadata.post, r.metadata.speaker) == ("自治区主席", "买买提·阿不都")
    assert [b.text for b in r.body][0] == "各位代表："


def test_a_sites_column_over_the_title_is_not_title():
    r = meta(
        "云南要闻", "2026年政府工作报告", "——2026年1月28日在省人民代表大会上", "各位代表：", BODY
    )
    assert r.metadata.title == "2026年政府工作报告"


def test_a_subtitle_naming_the_document_a_talk_explains_gives_no_genre_but_the_speaker():
    r = meta("冬天的准备", "——王明在全体干部大会上讲解《今年十项工作要点》", BODY)
    assert (r.metadata.title, r.metadata.speaker, r.metadata.genre) == ("冬天的准备", "王明", None)
    assert genre_of("《某某公司基本法》") == "法规"
    assert genre_of("学习《十项工作要点》") is None


def test_a_day_written_digit_by_digit_in_chinese_numerals_is_read():
    assert [d.iso for d in find_dates("一九四五年四月二四日")] == ["1945-04-24"]
    assert [d.iso for d in find_dates("一九四五年一二月三一日")] == ["1945-12-31"]
    assert find_dates("一九四五年四月四五日") == []
    r = meta("论政府", "（一九四五年四月二四日在第七次代表大会上的政治报告）", "同志们！")
    assert (r.metadata.title, r.metadata.date) == ("论政府", "1945-04-24")


def test_a_title_wearing_its_own_book_marks_is_the_title_itself():
    r = meta("《某某公司基本法》", "第一章　宗旨")
    assert (r.metadata.title, r.metadata.genre) == ("某某公司基本法", "法规")
    assert meta("《学习》与《实践》", BODY).metadata.title == "《学习》与《实践》"


# --- issuing line and a column's headline (modern blind set 4's misses) ---------------


def test_issuing_office_and_date_under_a_title_give_the_date():
    # a 纪要's issuing line: the office, a gap, the day; not more title
    r = meta("全区重点项目调度会纪要", "区政府办公室　　　　　　2025年9月3日", BODY)
    assert r.metadata.title == "全区重点项目调度会纪要"
    assert r.metadata.date == "2025-09-03"
    assert [b.text for b in r.body] == [BODY]


def test_a_line_with_a_date_but_no_office_is_no_issuing_line():
    # a person signing with a date is read as before (post and name), never as an office
    r = meta("在全区重点项目调度会上的讲话", "区长　李明远　　2025年9月3日", BODY)
    assert r.metadata.date == "2025-09-03"
    assert r.metadata.speaker == "李明远"


def test_a_columns_headline_restated_below_gives_the_own_title():
    # a WeChat article: the column's headline (<h1>), the 原创 mark and the account's name,
    # then the text's own title, subtitle and dated line
    r = extract_metadata(
        [
            Block("学习园地｜做新时代的实干家", kind="title"),
            Block("原创"),
            Block("青山组工"),
            Block("做新时代的实干家"),
            Block("——在全区年轻干部座谈会上的讲话"),
            Block("（2025年9月3日）"),
            Block("同志们："),
            Block(BODY),
        ],
        [],
    )
    assert r.metadata.title == "做新时代的实干家"
    assert r.metadata.date == "2025-09-03"
    assert r.metadata.speaker != "原创"
    assert [b.text for b in r.body] == ["同志们：", BODY]


def test_a_headline_not_restated_keeps_the_lines_under_it():
    # no line under the headline repeats its part after the bar: the lines are read as
    # before (the date line is the text's), only the column's label leaves the title
    r = extract_metadata(
        [Block("学习园地｜做新时代的实干家", kind="title"), Block("（2025年9月3日）"), Block(BODY)],
        [],
    )
    assert r.metadata.title == "做新时代的实干家"
    assert r.metadata.date == "2025-09-03"


# --- the page's headline and posting date against the text's own (blind sets 5 and 6) ---


def test_a_restated_headline_with_a_speakers_label_and_the_pages_date_between():
    # WeChat: 青峪讲堂｜顾长风：… over the account's lines and the day it was posted (no time
    # of day, so it reads as a date line); the text's own title and date line win
    r = extract_metadata(
        [
            Block("青峪讲堂｜顾长风：做新时代的实干家", kind="title"),
            Block("原创"),
            Block("青山组工"),
            Block("2025-09-08"),
            Block("做新时代的实干家"),
            Block("——在全区年轻干部座谈会上的讲话"),
            Block("（2025年9月3日）"),
            Block("同志们："),
            Block(BODY),
        ],
        [],
    )
    assert r.metadata.title == "做新时代的实干家"
    assert r.metadata.subtitle == "在全区年轻干部座谈会上的讲话"
    assert r.metadata.date == "2025-09-03"
    assert r.page_info == ["2025-09-08"]  # kept as the page's, in the source line
    assert [b.text for b in r.body] == ["同志们：", BODY]


def test_the_pages_date_alone_is_not_the_texts_date():
    # no date line of the text's own: the posting date is the page's, kept as its source
    # line, and the text has none (the date convention, tests/gold/README.md)
    r = extract_metadata(
        [
            Block("学习园地｜做新时代的实干家", kind="title"),
            Block("2025-09-08 08:30"),
            Block("做新时代的实干家"),
            Block(BODY),
        ],
        [],
    )
    assert (r.metadata.title, r.metadata.date) == ("做新时代的实干家", None)
    assert r.page_info == ["2025-09-08 08:30"]


def test_a_headline_that_shortens_the_issuer_is_restated_by_the_full_title():
    # the column's headline says 县政协, the report's own title line the body in full; its
    # issuing line (one space between, as a page's reader leaves it) dates it, not the page
    r = extract_metadata(
        [
            Block("政协之窗｜县政协2025年上半年工作情况报告", kind="title"),
            Block("原创"),
            Block("2025-07-18 20:05"),
            Block("政协青山县委员会2025年上半年工作情况报告"),
            Block("青山县政协办公室 2025年7月15日"),
            Block(BODY),
        ],
        [],
    )
    assert r.metadata.title == "政协青山县委员会2025年上半年工作情况报告"
    assert r.metadata.date == "2025-07-15"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "学习园地｜县委副书记丁亚楠：在全县年轻干部座谈会上的讲话",
            "在全县年轻干部座谈会上的讲话",
        ),
        ("青峪讲堂|顾长风：当好新时代的赶考人", "当好新时代的赶考人"),
        ("政协之窗 ｜ 关于全县养老服务的调研报告", "关于全县养老服务的调研报告"),
        # after a column, a label that is no person stays: it is the title's own
        ("理论周刊｜三个更加：作风建设的常态长效", "三个更加：作风建设的常态长效"),
    ],
)
def test_a_columns_label_is_never_part_of_the_title(headline, title):
    assert meta(headline, BODY).metadata.title == title


def test_without_a_columns_label_a_name_before_a_colon_stays():
    # "顾长风：…" alone may be the title as its author wrote it; a bar inside a long title
    # that opens no short label is no column's
    assert without_column("顾长风：当好新时代的赶考人") == "顾长风：当好新时代的赶考人"
    assert without_column("全县乡村振兴和城乡融合发展｜工作要点") == (
        "全县乡村振兴和城乡融合发展｜工作要点"
    )


def test_a_newspaper_bylines_day_is_the_pieces_date():
    # an interview as a paper prints it: title, ——访… subtitle, the reporter's byline with
    # the day; the reporter is not the speaker, the byline's day is the piece's date
    r = meta(
        "奋力书写县域高质量发展新篇章",
        "——访青山县委书记王明远",
        "本报记者　李文　2026年1月30日",
        "记者：王书记，您好！请您先谈谈过去一年的总体情况。",
        BODY,
    )
    m = r.metadata
    assert (m.title, m.subtitle, m.date) == (
        "奋力书写县域高质量发展新篇章",
        "访青山县委书记王明远",
        "2026-01-30",
    )
    assert (m.post, m.speaker) == ("青山县委书记", "王明远")
    assert r.body[0].text.startswith("记者：王书记")
    # a byline with no day leaves the date alone; a page's info bar with its clock is no byline
    r = meta("县城新区建设提速", "本报讯（记者　李文　通讯员　赵刚）", BODY)
    assert (r.metadata.title, r.metadata.date) == ("县城新区建设提速", None)
    assert r.body[0].text == BODY


def test_a_source_line_in_brackets_names_the_source_without_them():
    r = meta("县城新区建设提速", "（来源：青山日报）", BODY)
    assert r.metadata.source == "青山日报"
