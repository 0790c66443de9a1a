"""A saved page's own title where the extractor loses it: a <title> with the site's name
after a bare hyphen, and an article head (title, subtitle, info bar) in divs the extractor
leaves out, so that it offers the <title> (perhaps a news headline) instead. Pages are
built here from the project's own sentences."""

from __future__ import annotations

from drafter.corpus import load_document
from drafter.corpus.readers.html_meta import title_of_page

OWN_TITLE = "在全县秋季森林防火工作会议上的讲话"
PARAGRAPHS = [
    "同志们：",
    "今天召开全县秋季森林防火工作会议，主要任务是部署今冬明春的森林防火工作。入秋以来降雨偏少，"
    "林区可燃物积累较多，火险等级持续偏高，各乡镇、各部门不能有丝毫松懈和麻痹思想。",
    "一、认清形势，切实增强做好森林防火工作的责任感",
    "近年来全县森林覆盖率稳步提高，林下可燃物也随之增多，一旦发生火情，扑救难度很大，"
    "各级干部要把森林防火作为一项政治任务抓紧抓实，切实守护好全县的森林资源。",
    "二、压实责任，扎实抓好各项防火措施",
    "要落实林长责任，加强巡山护林，严管野外用火，特别是清明、冬至等祭祀用火高峰期，"
    "要组织力量在重点路口设卡检查，确保不发生较大以上森林火灾。",
    "同志们，森林防火责任重于泰山，让我们立即行动起来，守护好全县的青山绿水！",
]


def _body(header: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in [*header, *PARAGRAPHS])


def test_a_site_name_after_a_bare_hyphen_leaves_the_title():
    """ "县长李文华在…上的讲话-某某县新闻网" over the <h1> "在…上的讲话": the heading."""
    assert title_of_page(f"县长李文华{OWN_TITLE}-某某县新闻网", {OWN_TITLE: OWN_TITLE}) == OWN_TITLE
    assert title_of_page("2024-2025学年第一学期工作总结") == "2024-2025学年第一学期工作总结"


def test_the_heading_wins_over_a_title_tag_with_a_bare_hyphen(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>县长李文华{OWN_TITLE}-某某县新闻网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/ld/">领导讲话</a></div>'
        f'<div class="article"><h1>{OWN_TITLE}</h1>'
        '<div class="meta">发布时间：2025-10-12　作者：宣传部</div>'
        f'<div class="content">{_body(["县长　李文华", "（2025年10月8日）"])}</div></div>'
        "</body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2025-10-08"


def _head_page(tmp_path, title_tag: str, description: str, head: list[str]):
    lines = "".join(f'<div class="line">{t}</div>' for t in head)
    path = tmp_path / "page.html"
    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<title>{title_tag}</title><meta name="description" content="{description}"></head>'
        '<body><div class="top"><div class="menu"><a href="/">网站首页</a><a href="/x/">新闻中心</a>'
        '</div></div><div class="box"><div class="location">当前位置：<a href="/">网站首页</a>'
        ' &gt; <a href="/x/">新闻中心</a></div><div class="article">'
        f'<div class="article-head">{lines}</div>'
        f'<div class="article-content"><div class="editor">'
        f"{_body(['县长　李文华', '（2025年10月8日）'])}</div></div></div></div></body></html>",
        encoding="utf-8",
    )
    return load_document(path)


def test_an_article_head_the_extractor_left_out_gives_the_title_not_the_headline(tmp_path):
    """<title> is a news headline ("…会议上作动员讲话"); the article's head, in divs the
    extractor drops, holds the speech's own title and its "——在…上的讲话" subtitle."""
    doc = _head_page(
        tmp_path,
        "县长李文华在全县秋季森林防火工作会议上作动员讲话 - 某某县人民政府",
        "守牢森林防火安全底线",
        [
            "守牢森林防火安全底线",
            "——在全县秋季森林防火工作会议上的讲话",
            "<span>发布时间：2025-10-12</span><span>来源：县政府办</span>",
        ],
    )
    assert doc.metadata.title == "守牢森林防火安全底线"
    assert doc.metadata.subtitle == "在全县秋季森林防火工作会议上的讲话"
    assert doc.metadata.date == "2025-10-08"
    assert doc.metadata.speaker == "李文华"
    assert all("发布时间" not in p.text for p in doc.paragraphs())


def test_lines_over_the_article_that_the_page_names_nowhere_are_not_taken(tmp_path):
    """A line before the text that neither the description nor the <title> names, and no
    subtitle: not the article's head, so nothing is added."""
    doc = _head_page(
        tmp_path, f"{OWN_TITLE} - 某某县人民政府", "秋季防火", ["本站提示：请使用新版浏览器"]
    )
    assert doc.metadata.title == OWN_TITLE
    assert all("本站提示" not in p.text for p in doc.paragraphs())


def test_a_title_tag_whose_title_ends_like_a_column_name(tmp_path):
    """<title> "在…上的讲话_领导讲话_某某县人民政府" and no heading in the page: the first part
    is the speech's title, though it ends as the column 领导讲话 does."""
    assert title_of_page(f"{OWN_TITLE}_领导讲话_某某县人民政府") == OWN_TITLE
    assert title_of_page("领导讲话_某某县人民政府") == ""
    path = tmp_path / "page.html"
    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{OWN_TITLE}_领导讲话_某某县人民政府</title></head><body>"
        f'<div class="article"><div class="content">{_body(["县长　李文华"])}</div></div>'
        "</body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.speaker == "李文华"
