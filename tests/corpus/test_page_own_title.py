"""A saved page's own title and date lines beat what the site shows around them, and the
site's furniture after the text (相关推荐, readers' comments with their count) stays out of
the body. Pages and texts are built here from the project's own sentences."""

from __future__ import annotations

from drafter.corpus import load_document, parse_text

OWN_TITLE = "在全县春季植树造林动员会上的讲话"
SPEECH = [
    "同志们：",
    "今天召开全县春季植树造林动员会，主要任务是部署今年的国土绿化工作。",
    "一、提高认识，增强做好绿化工作的责任感",
    "植树造林是一项功在当代、利在千秋的事业，各乡镇要把这项工作摆上重要日程。",
    "二、突出重点，扎实推进绿化工作",
    "要抓住春季有利时机，集中力量抓好重点区域造林，确保完成全年目标任务。",
    "同志们，让我们迅速行动起来，为建设美丽家园作出新的贡献！",
]


def _page(title_tag: str, header: list[str]) -> str:
    paragraphs = "".join(f"<p>{t}</p>" for t in [*header, *SPEECH])
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title_tag}</title></head>'
        '<body><div class="nav"><a href="/">首页</a> <a>政务公开</a> <a>领导讲话</a></div>'
        f'<div class="article"><h1>{OWN_TITLE}</h1>{paragraphs}</div>'
        '<div class="foot">版权所有：某某县人民政府</div></body></html>'
    )


def test_a_page_title_with_the_speakers_name_in_front_gives_the_pages_heading(tmp_path):
    """<title> "王某某：在…的讲话_领导讲话_某某县人民政府" over the article's <h1> "在…的讲话":
    the heading, not the speaker's name and a colon in front of it."""
    path = tmp_path / "page.html"
    title_tag = f"王某某：{OWN_TITLE}_领导讲话_某某县人民政府"
    path.write_text(_page(title_tag, ["县长　王某某", "（2024年3月11日）"]), encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2024-03-11"


def test_the_documents_own_title_line_beats_the_sites_headline(tmp_path):
    """The site's headline (here the page's <title>, with the speaker in it) over the
    document's own title line, speaker and date: the document's title and date count."""
    path = tmp_path / "page.html"
    header = [OWN_TITLE, "某某县人民政府县长　王某某", "2024年3月11日"]
    path.write_text(_page(f"县长王某某{OWN_TITLE}--某某县新闻网", header), encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2024-03-11"


SCRAPED_TOP = [
    "某某新闻网",
    f"县长{OWN_TITLE}",
    "2024-03-12 10:15　来源：某某日报　作者：记者 李某　【字体：大 中 小】 【打印】",
    "",
    OWN_TITLE,
    "某某县县长　王某某",
    "（2024年3月11日）",
    "",
]


def test_a_scraped_info_bar_between_headline_and_own_title_is_furniture():
    """A time stamp with 来源/作者/【字体】 fields under the site's headline is the page's info
    bar: the document's own title and its date line under it are read, not the headline."""
    doc = parse_text("\n".join([*SCRAPED_TOP, *SPEECH]))
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2024-03-11"
    assert doc.metadata.source == "某某日报"
    assert not any("来源" in p.text for p in doc.paragraphs())


def test_related_recommendations_after_the_text_leave_the_body():
    tail = ["", "相关推荐：", "· 我县召开春季农业生产工作会议", "· 县政府召开常务会议研究近期工作"]
    doc = parse_text("\n".join([OWN_TITLE, "", *SPEECH, *tail]))
    texts = [p.text for p in doc.paragraphs()]
    assert not any("相关推荐" in t or "春季农业生产" in t for t in texts)


def test_readers_comments_under_a_label_with_their_count_leave_the_body():
    tail = [
        "",
        "网友评论（2条）",
        "绿水青山 2024-03-12 12:31",
        "希望今年多种一些果树。",
        "匿名网友 2024-03-12 15:06",
        "支持！",
    ]
    doc = parse_text("\n".join([OWN_TITLE, "", *SPEECH, *tail]))
    texts = [p.text for p in doc.paragraphs()]
    assert not any("网友评论" in t or "果树" in t for t in texts)
    assert any("网友评论" in a for a in doc.apparatus.appendix)


def test_a_news_page_printing_a_speech_gives_the_speechs_own_title(tmp_path):
    """A news page's <h1> headline (…大会隆重举行) over the speech it prints in full, which
    opens with its own 在…上的讲话 title, the speaker's name and the date (modern_blind10
    w10): the speech's title counts, not the report's headline."""
    path = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{t}</p>" for t in [OWN_TITLE, "王某某", "（2024年3月11日）", *SPEECH])
    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>全县春季植树造林动员会召开_新闻网'
        '</title></head><body><div class="article"><h1>全县春季植树造林动员会召开</h1>'
        f"{paragraphs}</div></body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2024-03-11"
