"""A scraped page's headline, banner and column name are the site's, not the document's:
the title is the document's own title line, the date its own date line (never the time a
范文 site posted a model text), and the site's furniture stays out of the body. Every
page here is written for the test from the project's own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.boilerplate import is_banner
from drafter.corpus.clean import clean_blocks
from drafter.corpus.model import Block

OWN_TITLE = "在全县秋季森林防火工作会议上的讲话"
SPEECH = [
    "同志们：",
    "今天召开全县秋季森林防火工作会议，主要任务是部署今冬明春的森林防火工作。",
    "",
    "一、认清形势，切实增强做好森林防火工作的责任感",
    "",
    "今年入秋以来降雨偏少，林区可燃物积累较多，火险等级持续偏高，各乡镇不能有丝毫松懈。",
    "",
    "二、压实责任，扎实抓好各项防火措施",
    "",
    "要落实林长责任，加强巡山护林，严管野外用火，确保不发生较大森林火灾。",
    "",
    "同志们，森林防火责任重于泰山，让我们立即行动起来，守护好全县的青山绿水！",
]


def _doc(*header: str):
    return parse_text("\n".join([*header, "", *SPEECH]), "page.txt")


def test_a_news_headline_over_the_speechs_own_title_is_not_part_of_it():
    """ "某某在…会议上强调 …" is how a news site headlines a speech; the title line under
    its info bar ("在…会议上的讲话") is the speech's own."""
    doc = _doc(
        "某某县人民政府网",
        "李文华在全县秋季森林防火工作会议上强调 守牢森林防火安全底线",
        "来源：县融媒体中心　　发布时间：2025-10-09 08:30　　浏览次数：211",
        "",
        OWN_TITLE,
        "",
        "县长　李文华",
        "",
        "（2025年10月8日）",
    )
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2025-10-08"
    assert doc.metadata.speaker == "李文华"


def test_a_news_headline_alone_stays_the_title():
    """With no title line of the document's own under it, the headline is all there is."""
    headline = "李文华在全县秋季森林防火工作会议上强调 守牢森林防火安全底线"
    doc = _doc(headline)
    assert doc.metadata.title == headline


def test_a_model_text_sites_headline_and_time_are_the_sites():
    """ "…的讲话范文（精选）" over the text's own title, and the 时间 a 范文 site (作者：小编)
    shows: the title is the text's own line, and a model text has no date of its own."""
    doc = _doc(
        "某某范文网 > 讲话稿 > 应急管理",
        f"{OWN_TITLE}范文（精选）",
        "时间：2025-09-30 16:02:11　　作者：小编",
        "",
        OWN_TITLE,
    )
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date is None


def test_a_government_pages_time_is_its_source_line_not_its_date():
    """Not a 范文 site, yet a page's time says only when the site posted the speech: the
    text has no date of its own (the date convention, tests/gold/README.md, session 44),
    and the time stays in the source line as written."""
    doc = _doc(
        "当前位置：首页 > 政务公开 > 领导讲话",
        OWN_TITLE,
        "发布时间：2025-10-09 08:30　　来源：县政府办",
    )
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date is None
    assert doc.apparatus.source == "发布时间：2025-10-09 08:30　　来源：县政府办"


def test_a_site_banner_with_its_column_or_host_is_not_glued_to_the_title():
    """ "某某林业网 | 防火专栏" and "某某决策网——县委办公室主办" are banners: neither goes
    in front of the title nor stays in the body."""
    for banner in ("某某林业网 | 防火专栏", "某某决策参考网——县委办公室主办"):
        assert is_banner(banner)
        doc = _doc(banner, "当前位置：首页 > 防火专栏", "", OWN_TITLE)
        assert doc.metadata.title == OWN_TITLE
        assert all(not p.text.startswith("某某") for p in doc.paragraphs())


def test_a_banner_rule_keeps_a_title_line_with_a_bar_in_it():
    """A title that names a meeting and a genre is no site's name, bar or not."""
    assert not is_banner("在全县森林防火工作会议上的讲话 | 全文")


def test_a_column_name_the_breadcrumb_names_is_not_the_body():
    """ "应急之窗" alone under the page's title, where the breadcrumb reads "首页 > 应急之窗 >
    领导讲话": the column's name, so the speaker and date lines under it are still read."""
    doc = _doc(
        OWN_TITLE,
        "应急之窗",
        "当前位置：首页 > 应急之窗 > 领导讲话",
        "县长　李文华",
        "（2025年10月8日）",
    )
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2025-10-08"
    assert all(p.text != "应急之窗" for p in doc.paragraphs())


def test_a_line_named_like_a_crumbs_last_step_stays():
    """The breadcrumb's last step is the page itself: a line equal to it is not a column
    (while a step on the way to it is)."""
    lines = ["当前位置：首页 > 应急管理 > 防火动员", OWN_TITLE, "", "应急管理", "", "防火动员"]
    kept = [b.text for b in clean_blocks([Block(t) for t in lines]).blocks]
    assert "防火动员" in kept
    assert "应急管理" not in kept


def test_a_comment_block_with_its_button_on_the_label_line_is_apparatus():
    """ "网友评论（2条）　　我要评论": the readers' comments, label and button on one line."""
    text = "\n".join(
        [
            OWN_TITLE,
            "",
            *SPEECH,
            "",
            "网友评论（2条）　　我要评论",
            "",
            "林区群众：讲得实在，防火要从每个人做起。",
            "",
            "护林员老张：我们一定守好山头。",
        ]
    )
    doc = parse_text(text, "page.txt")
    assert all("网友评论" not in p.text for p in doc.paragraphs())
    assert any("网友评论" in t for t in doc.apparatus.appendix)


def test_the_own_date_line_beats_the_page_time_when_the_header_reading_stops_above_it():
    """A line the header reading does not know ("本页由县政府办维护") between the title and the
    speech's own date line: the date line, not the page's 发布时间, is the date."""
    header = [OWN_TITLE, "发布时间：2025-10-12 09:00", "", "本页由县政府办维护", ""]
    header += ["县长　李文华", "", "（2025年10月8日）", ""]
    # a speech long enough that its date line is not read as a date signed at its end
    more = [f"第{n}个乡镇要把防火责任落实到每一个山头地块，确保不留死角。" for n in range(1, 15)]
    body = [*SPEECH[:2], "", *(line for m in more for line in (m, "")), *SPEECH[2:]]
    doc = parse_text("\n".join([*header, *body]), "page.txt")
    assert doc.metadata.date == "2025-10-08"


def test_a_column_name_alone_in_the_header_is_the_sites():
    """ "党建园地" over the title, "领导之窗" under it, no breadcrumb naming them: names sites
    give their columns, so neither is glued to the title nor stops the header reading."""
    doc = _doc(
        "党建园地", "", OWN_TITLE, "", "领导之窗", "", "县长　李文华", "", "（2025年10月8日）"
    )
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.speaker == "李文华"
    assert doc.metadata.date == "2025-10-08"
    assert all(p.text not in ("党建园地", "领导之窗") for p in doc.paragraphs())


def test_the_line_over_a_pages_navigation_is_the_sites_name():
    """ "某某县人民政府" alone on the page's first line, right above its menu bar: the site's
    name, not glued in front of the title ("某某县人民政府在…上的讲话")."""
    doc = _doc(
        "某某县人民政府",
        "网站首页 | 政务公开 | 政务服务 | 互动交流",
        "您当前所在位置：首页 > 政务公开 > 领导讲话",
        OWN_TITLE,
        "发布时间：2025-10-09 08:30　来源：县政府办公室",
    )
    assert doc.metadata.title == OWN_TITLE


def test_a_title_over_the_navigation_stays_the_title():
    """A first line that names its genre is the page's title, navigation under it or not."""
    title = "某某县2025年政府工作报告"
    doc = _doc(title, "网站首页 | 政务公开 | 政务服务 | 互动交流")
    assert doc.metadata.title == title


def test_the_first_pieces_own_title_under_a_model_text_sites_headline():
    """ "篇一：在…上的讲话" under "…讲话稿（通用3篇）": the piece's own title, without its label."""
    doc = _doc(
        "某某范文网 > 讲话稿",
        f"{OWN_TITLE}稿（通用3篇）",
        "时间：2025-09-30 16:02:11　　作者：小编",
        f"篇一：{OWN_TITLE}",
    )
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date is None
    assert all(not p.text.startswith("篇一") for p in doc.paragraphs())


def test_a_news_headline_over_a_main_title_and_its_subtitle():
    """Headline, info bar, then the speech's main title (a slogan, no genre) and its
    "——在…上的讲话": the main title is the speech's own, the headline goes."""
    doc = _doc(
        "李文华在全县秋季森林防火工作会议上强调 守牢森林防火安全底线",
        "来源：县融媒体中心　　发布时间：2025-10-09 08:30",
        "",
        "守牢底线 护美青山",
        f"——{OWN_TITLE}",
    )
    assert doc.metadata.title == "守牢底线 护美青山"
    assert doc.metadata.subtitle == OWN_TITLE


def test_a_speakers_words_headline_over_the_own_title():
    """ "县长李文华：守牢…" (a post and a name, a colon, what was said) is a news headline: it
    neither stops the header as a field line nor stays the title over the own title line."""
    doc = _doc(
        "县长李文华：守牢森林防火安全底线",
        "发布时间：2025-10-09 08:30",
        "",
        OWN_TITLE,
        "县长　李文华",
        "（2025年10月8日）",
    )
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2025-10-08"
    assert all("守牢森林防火安全底线" not in p.text for p in doc.paragraphs())


def test_a_field_line_is_still_no_title():
    """ "地点：县委会议室" under the title is a field of a notice, as before."""
    doc = _doc(OWN_TITLE, "地点：县委会议室")
    assert doc.metadata.title == OWN_TITLE


def test_what_a_site_wraps_the_title_in_comes_off():
    """Its column as a tag in front, its name after a bar, the day in brackets behind (the
    day is the document's date)."""
    for line in (f"【领导讲话】{OWN_TITLE}", f"{OWN_TITLE}_某某县人民政府"):
        doc = _doc(line, "县长　李文华", "（2025年10月8日）")
        assert doc.metadata.title == OWN_TITLE, line
    doc = _doc(f"{OWN_TITLE}（2025年10月8日）", "县长　李文华")
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date == "2025-10-08"


def test_a_sites_clock_and_access_bar_are_not_the_title():
    """ "今天是2025年10月9日 星期四" and "无障碍浏览 | 长者模式 | 繁體" at the top of the page."""
    for line in ("今天是2025年10月9日 星期四", "无障碍浏览 | 长者模式 | 繁體"):
        doc = _doc(line, OWN_TITLE, "县长　李文华", "（2025年10月8日）")
        assert doc.metadata.title == OWN_TITLE, line
        assert doc.metadata.date == "2025-10-08", line


def test_a_sites_abstract_under_the_title_is_a_note():
    """ "摘要：…" under the title: the site's summary, kept apart as 导读 is; the speaker and
    date lines under it are still read."""
    summary = "摘要：县长李文华在会上对今冬明春森林防火工作作了部署。"
    doc = _doc(OWN_TITLE, summary, "县长　李文华", "（2025年10月8日）")
    assert doc.metadata.date == "2025-10-08"
    assert doc.metadata.speaker == "李文华"
    assert doc.apparatus.notes == [summary.removeprefix("摘要：")]
    assert all(p.text != summary for p in doc.paragraphs())


def test_an_info_bar_run_onto_the_title_line():
    """ "在…上的讲话　来源：县政府办　2025-10-09": the title, then the page's fields."""
    doc = _doc(f"{OWN_TITLE}　来源：县政府办　2025-10-09", "县长　李文华", "（2025年10月8日）")
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.source == "县政府办"
    assert doc.metadata.date == "2025-10-08"


def test_a_title_with_the_sites_name_after_a_dash_is_no_banner():
    """ "在…上的讲话-某某大学新闻网" (a browser tab's title copied with the page) ends as a site's
    banner does, but is the title with the site after it."""
    for line in (f"{OWN_TITLE}-某某大学新闻网", f"{OWN_TITLE}——某某县人民政府网"):
        doc = _doc(line, "县长　李文华", "（2025年10月8日）")
        assert doc.metadata.title == OWN_TITLE, line


def test_a_speakers_line_with_no_title_over_it_is_the_speaker():
    """The banner over it went, so no title stands over "县长　李文华": the speaker, not the
    title."""
    doc = _doc("某某县人民政府网", "县长　李文华", "（2025年10月8日）")
    assert doc.metadata.title is None
    assert doc.metadata.speaker == "李文华"
    assert doc.metadata.date == "2025-10-08"


def test_a_speakers_turn_under_a_title_is_no_headline():
    """Under the title of minutes, "县长李文华：守牢…" is the first speaker's turn: the body
    starts there, nothing is glued to the title."""
    title = "全县森林防火工作座谈会记录"
    doc = parse_text(
        f"{title}\n县长李文华：守牢森林防火安全底线\n主任王明：已经部署到位。", "m.txt"
    )
    assert doc.metadata.title == title
    assert doc.paragraphs()[0].text.startswith("县长李文华：")


def test_a_model_text_sites_byline_and_column_make_its_time_no_date():
    """ "时间：… 栏目：动员讲话 作者：佚名": a text by no one filed under a kind of text is a
    范文 site's copy, and the time it was posted is no date of the speech's."""
    doc = _doc(OWN_TITLE, "时间：2025-03-19 10:26:05　　栏目：动员讲话　　作者：佚名")
    assert doc.metadata.title == OWN_TITLE
    assert doc.metadata.date is None


def test_a_government_pages_column_of_leaders_speeches_keeps_its_time():
    """栏目：领导讲话 and an office as the author: a government page, not a 范文 site; its
    time stays in the source line (when the site posted it, not the text's date)."""
    info = "时间：2025-03-19 10:26:05　　栏目：领导讲话　　作者：县政府办"
    doc = _doc(OWN_TITLE, info)
    assert doc.metadata.date is None and doc.apparatus.source == info
