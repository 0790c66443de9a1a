"""The query language, filters, sorting, headings scope and exact highlights."""

from __future__ import annotations

import pytest
from libtest_helpers import OFFICE, RURAL, SAFETY, library_of_three, run, speech

from drafter.corpus import Section
from drafter.library import Library, QueryError
from drafter.library.analyzer import Segmenter
from drafter.library.highlight import highlight_spans


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """One library of three speeches shared by the read-only tests of this module."""
    tmp = tmp_path_factory.mktemp("three")
    library = library_of_three(tmp, lambda where: Library.open(where / "lib", workers=1))
    yield library
    library.close()


def titles(results) -> set[str]:
    return {h.document.title for h in results.hits}


def texts(results) -> list[str]:
    return [h.text for h in results.hits]


def test_words_are_anded(three):
    both = three.search("营商环境 返乡创业")
    assert texts(both) == ["营商环境持续改善，返乡创业人数明显增加。"]
    assert three.search("营商环境").total > both.total


def test_a_word_cut_in_several_tokens_must_stand_together(three):
    # 营商环境 is cut 营商/环境; a paragraph with both words apart does not match.
    res = three.search("营商环境")
    assert all("营商环境" in t for t in texts(res))


def test_a_word_inside_a_longer_dictionary_word_is_found(three):
    # jieba cuts 煤矿安全 as one word; search-mode sub-words make 煤矿 findable.
    res = three.search("煤矿")
    assert texts(res) == ["安全生产责任重于泰山，煤矿安全要常抓不懈。"]
    hit = res.hits[0]
    assert [hit.text[s:e] for s, e in hit.highlights] == ["煤矿"]


def test_quoted_phrase_matches_exactly(three):
    res = three.search('"高质量发展"')
    assert len(res.hits) == 2
    assert all("高质量发展" in t for t in texts(res))
    assert three.search("“高质量发展”").total == 2  # Chinese quotes work too
    assert three.search('"发展高质量"').total == 0
    assert three.search('"高质量 发展"').total == 2  # spaces between Chinese are ignored


def test_phrase_does_not_cross_punctuation(corpus, library):
    doc = speech("标题", [("一、", "标题一", ["推进乡村，振兴产业。", "推进乡村振兴。"])])
    corpus.write("p.txt", doc)
    run(library.add([corpus.folder]))
    assert texts(library.search('"乡村振兴"')) == ["推进乡村振兴。"]


def test_or(three):
    res = three.search("煤矿 OR 返乡创业")
    assert titles(res) == {SAFETY.metadata.title, RURAL.metadata.title}
    assert res.total == 2


def test_exclude(three):
    with_coal = three.search("安全生产")
    without = three.search("安全生产 -煤矿")
    assert without.total == with_coal.total - 1
    assert not any("煤矿" in t for t in texts(without))
    assert three.search('营商环境 -"高质量发展"').total == three.search("营商环境").total - 1


def test_and_not_spelled_out(three):
    """AND and NOT, as other search boxes spell them: not searched as the words and/not."""
    assert texts(three.search("安全生产 AND 责任")) == texts(three.search("安全生产 责任"))
    assert texts(three.search("安全生产 NOT 煤矿")) == texts(three.search("安全生产 -煤矿"))
    assert three.search("安全生产 NOT 煤矿").total == three.search("安全生产").total - 1
    with pytest.raises(QueryError, match="NOT"):
        three.search("安全生产 NOT")


def test_grouping(three):
    res = three.search("(煤矿 OR 返乡创业) 安全生产")
    assert titles(res) == {SAFETY.metadata.title}


def test_title_field(three):
    res = three.search("title:安全生产 责任")
    assert titles(res) == {SAFETY.metadata.title}
    only_field = three.search("title:乡村振兴")
    assert only_field.total == len(RURAL.paragraphs())
    assert [h.paragraph_index for h in only_field.hits] == list(range(len(RURAL.paragraphs())))
    assert three.search("title:不存在的标题 营商").total == 0


def test_speaker_genre_occasion_fields(three):
    assert titles(three.search("speaker:张三 营商环境")) == {OFFICE.metadata.title}
    assert titles(three.search("speaker:李 安全")) == {SAFETY.metadata.title}
    assert titles(three.search("genre:工作报告 营商环境")) == {RURAL.metadata.title}
    assert titles(three.search("occasion:安全生产工作会议 安全")) == {SAFETY.metadata.title}
    assert three.search("speaker:赵六 营商环境").total == 0


def test_year_and_year_range(three):
    assert titles(three.search("year:2024 营商环境")) == {OFFICE.metadata.title}
    assert titles(three.search("year:2019..2021 营商环境")) == {RURAL.metadata.title}
    assert titles(three.search("year:2020.. 高质量发展")) == {
        OFFICE.metadata.title,
        SAFETY.metadata.title,
    }
    assert titles(three.search("year:..2020 营商环境")) == {RURAL.metadata.title}


def test_doc_field_and_filters(three):
    rural = next(d for d in three.documents() if d.title == RURAL.metadata.title)
    assert titles(three.search(f"doc:{rural.id} 营商环境")) == {RURAL.metadata.title}
    assert titles(three.search("营商环境", filters={"document_id": rural.id})) == {
        RURAL.metadata.title
    }
    assert titles(three.search("营商环境", filters={"genre": "讲话"})) == {OFFICE.metadata.title}
    assert titles(three.search("营商环境", filters={"speaker": "王五"})) == {RURAL.metadata.title}
    assert titles(three.search("营商环境", filters={"year_from": 2020})) == {OFFICE.metadata.title}
    assert titles(three.search("营商环境", filters={"year_to": 2020})) == {RURAL.metadata.title}
    with pytest.raises(QueryError):
        three.search("营商环境", filters={"colour": "red"})


def test_headings_only_and_boost(three):
    res = three.search("安全生产", headings_only=True)
    assert res.hits and all(h.is_heading for h in res.hits)
    assert {h.text for h in res.hits} == {"一、清醒认识安全生产形势", "二、压实安全生产责任"}
    # Headings are boosted: for a word in a heading and in body text, the heading leads.
    assert three.search("安全生产").hits[0].is_heading


def test_hit_fields(three):
    hit = three.search('"一网通办"').hits[0]
    assert hit.document.title == OFFICE.metadata.title
    assert hit.section == ["二、突出抓好重点任务"]
    assert not hit.is_heading
    expected = [p.index for p in OFFICE.paragraphs() if "一网通办" in p.text]
    assert [hit.paragraph_index] == expected
    assert hit.score > 0
    nested = speech(
        "嵌套",
        [
            Section(
                1,
                "一、",
                "总体要求",
                [],
                [Section(2, "（一）", "指导思想", ["坚持以人民为中心的发展思想。"])],
            )
        ],
    )
    assert nested.paragraphs()[-1].section == ["一、总体要求", "（一）指导思想"]


def test_sort_by_date(three):
    res = three.search("营商环境 OR 安全生产", sort="date")
    dates = [h.document.date for h in res.hits]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2024-03-05" and dates[-1] == "2019-12-20"
    with pytest.raises(QueryError):
        three.search("营商环境", sort="title")


def test_limit_and_total(three):
    res = three.search("营商环境", limit=2)
    assert len(res.hits) == 2 and res.total > 2
    assert res.elapsed_ms >= 0
    # A query of document fields only is unscored; the limit still holds.
    fields_only = three.search("year:2019..", limit=3)
    assert len(fields_only.hits) == 3 and fields_only.total > 3


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"未闭合',
        "营商 OR",
        "OR 营商",
        "-营商",
        "-营商 -环境",
        "(营商 环境",
        "营商)",
        "foo:bar",
        "title:",
        "year:二〇二四",
        "year:2024..2020",
        "，。！",
        '""',
        "()",
    ],
)
def test_bad_queries_raise_query_error(three, query):
    with pytest.raises(QueryError) as info:
        three.search(query)
    message = str(info.value)
    assert message and "\n" not in message and "Traceback" not in message


# Highlights


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter(vocabulary=False)  # jieba's own dictionary: 乡村振兴 -> 乡村/振兴


def spans_text(text, spans):
    return [text[s:e] for s, e in spans]


def test_highlight_offsets_cjk(segmenter):
    text = "全面推进乡村振兴，推动乡村振兴取得新进展。"
    spans = highlight_spans(text, [["乡村", "振兴"]], segmenter)
    assert spans == [(4, 6), (6, 8), (11, 13), (13, 15)]
    assert spans_text(text, spans) == ["乡村", "振兴", "乡村", "振兴"]


def test_highlight_offsets_ascii_and_mixed(segmenter):
    text = "5G网络覆盖率达到95%，COVID-19疫情防控平稳转段，GDP增长5.2%。"
    spans = highlight_spans(text, [["5g"], ["gdp"], ["疫情"]], segmenter)
    assert spans_text(text, spans) == ["5G", "疫情", "GDP"]
    assert spans[0] == (0, 2)
    assert text.index("GDP") == spans[2][0]


def test_highlight_offsets_full_width(segmenter):
    text = "“放管服”改革：ＡＢＣ公司（２０２４年）营商环境。"
    runs = [segmenter.terms("abc"), segmenter.terms("营商环境"), segmenter.terms("2024")]
    spans = highlight_spans(text, runs, segmenter)
    assert spans_text(text, spans) == ["ＡＢＣ", "２０２４", "营商", "环境"]
    for start, end in spans:
        assert 0 <= start < end <= len(text)


def test_highlight_phrase_only_where_consecutive(segmenter):
    text = "乡村建设和产业振兴，乡村振兴。"
    spans = highlight_spans(text, [["乡村", "振兴"]], segmenter)
    assert spans == [(10, 12), (12, 14)]


def test_highlight_with_vocabulary_words():
    seg = Segmenter()
    text = "全面推进乡村振兴，振兴乡村经济。"
    assert spans_text(text, highlight_spans(text, [seg.terms("乡村振兴")], seg)) == ["乡村振兴"]
    # a piece of a whole word is highlighted inside it
    assert highlight_spans(text, [seg.terms("振兴")], seg) == [(6, 8), (9, 11)]


def test_highlight_spans_never_overlap(segmenter):
    text = "煤矿安全要常抓不懈。"
    spans = highlight_spans(text, [["煤矿"], ["煤矿安全"], ["安全"]], segmenter)
    assert spans == [(0, 4)]


def test_search_highlights_are_exact_offsets(three):
    for query in ("营商环境", '"高质量发展"', "一网通办 企业", "安全生产 -煤矿"):
        for hit in three.search(query).hits:
            assert hit.highlights
            for start, end in hit.highlights:
                assert 0 <= start < end <= len(hit.text)
            assert sorted(hit.highlights) == hit.highlights


def test_a_text_without_a_date_is_filed_under_its_file_names_date(library, tmp_path):
    # A speech archive dates its files by name (19970123_不要忘记英雄.md) while many texts
    # name no date: the table showed 1997, but 年份 filters dropped them and 按日期 put
    # them last — 25 of 46 of an archive's speeches vanished from a 1995–1998 search.
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "19970123_不忘英雄.txt").write_text(
        "不忘英雄\n\n我们要坚持艰苦奋斗的作风，不断改进工作。\n", encoding="utf-8"
    )
    (folder / "20010208_再谈作风.txt").write_text(
        "再谈作风\n\n2001年2月8日\n\n艰苦奋斗的作风任何时候都不能丢。\n", encoding="utf-8"
    )
    (folder / "无日期稿.txt").write_text("无日期稿\n\n艰苦奋斗是我们的传家宝。\n", encoding="utf-8")
    run(library.add([folder]))
    docs = {d.title: d for d in library.documents()}
    assert not docs["不忘英雄"].date  # the text itself names none: nothing is invented
    assert titles(library.search("艰苦奋斗", filters={"year_from": 1995, "year_to": 1998})) == {
        "不忘英雄"
    }
    assert titles(library.search("year:1997 艰苦奋斗")) == {"不忘英雄"}
    by_date = [h.document.title for h in library.search("艰苦奋斗", sort="date").hits]
    assert by_date == ["再谈作风", "不忘英雄", "无日期稿"]
