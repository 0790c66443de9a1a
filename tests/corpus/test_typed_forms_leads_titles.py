"""Two classes the typed forms of the gold lost (bench/format_robustness.py --forms md_typed
txt_gb18030 pdf_official), each as a minimal own fixture:

* a report typed in Markdown sets its lead sentences in ``**bold**`` under its ``##`` parts:
  the Markdown reader records the bold opening as Word's does, so the leads are level 2 (gold
  gwr 2002 typed so read none: F1 0.439, 0.958 as its source now); and a writer whose bold
  is mostly whole passages (ren 19980220 as published in Markdown) marks no leads with it;
* a long title with commas (ren's run to 49 characters) over a ``——任正非…`` subtitle line in
  plain text is the title, not a sentence of the body."""

from __future__ import annotations

from drafter.corpus import load_document, parse_text
from drafter.corpus.readers.markdown import parse_markdown

REPORT = """# 某县政府工作报告

## 一、过去一年的工作

过去一年，全县上下团结一心，各项工作取得新的进展，经济社会保持平稳健康发展。

**经济保持平稳增长。**全县生产总值增长百分之六，一般公共预算收入增长百分之五，经济运行稳中向好。

**改革开放持续深化。**重点领域改革扎实推进，营商环境不断优化，新增市场主体三千余户。

**民生保障不断加强。**城乡居民收入稳步增长，新增就业岗位五千个，社会保障水平逐步提高。

## 二、今年的主要任务

今年是实施规划的关键一年，做好今年的工作意义重大，我们要重点抓好以下几个方面。

**着力扩大有效需求。**加快重点项目建设，促进消费持续恢复，稳住经济增长的基本盘。

**着力推进乡村振兴。**稳定粮食生产，发展特色产业，建设宜居宜业和美乡村。

**着力保障改善民生。**办好教育医疗养老等民生实事，兜牢基本民生底线。
"""


def test_markdown_records_the_words_a_line_opens_with_in_bold():
    blocks = parse_markdown(
        ["**经济保持平稳增长。**全县生产总值增长。", "**单独一行。**", "普通**强调**。"]
    )
    assert [b.bold for b in blocks] == ["经济保持平稳增长。", "单独一行。", ""]
    assert blocks[0].text == "经济保持平稳增长。全县生产总值增长。"


def _md(tmp_path, text: str):
    path = tmp_path / "报告.md"
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_bold_leads_under_markdown_parts_are_level_two(tmp_path):
    doc = _md(tmp_path, REPORT)
    heads = [(s.level, s.marker + s.heading) for s in doc.outline.walk()]
    assert heads == [
        (1, "一、过去一年的工作"),
        (2, "经济保持平稳增长"),
        (2, "改革开放持续深化"),
        (2, "民生保障不断加强"),
        (1, "二、今年的主要任务"),
        (2, "着力扩大有效需求"),
        (2, "着力推进乡村振兴"),
        (2, "着力保障改善民生"),
    ]


def test_bold_that_is_mostly_whole_passages_marks_no_leads(tmp_path):
    passage = "**这是一段整段加粗的话，作者用来强调。这一句也在加粗里面，说明加粗只是强调。**"
    text = REPORT.replace(
        "## 二、今年的主要任务", "\n\n".join([passage] * 8) + "\n\n## 二、今年的主要任务"
    )
    doc = _md(tmp_path, text)
    assert [s.level for s in doc.outline.walk()] == [1, 1]


def test_a_long_title_with_commas_over_a_dash_subtitle_is_the_title():
    title = "机关要缩短经线，畅通纬线，强化作战组织的能力考核与选拔，精减非作战组织的规模及运作方式"
    assert len(title) > 40
    text = "\n\n".join(
        [
            title,
            "——任正非在机关组织和规模优化汇报会上的讲话",
            "2018年6月22日",
            "我们对未来要充满信心，客户需求是客观存在的，要去研究怎么满足客户需求。",
        ]
    )
    doc = parse_text(text + "\n")
    assert doc.metadata.title == title
    assert doc.metadata.date == "2018-06-22"


def test_a_long_sentence_over_an_authors_dash_line_stays_body():
    # ——鲁迅 names an epigraph's author, not what the text is: no title block
    line = "我们要坚持长期艰苦奋斗，不断提高自己的能力，持续改进管理，才能在激烈的竞争中生存下来"
    doc = parse_text("\n\n".join([line, "——鲁迅", "正文第一段，讲一讲今年的工作。"]) + "\n")
    assert doc.metadata.title != line
