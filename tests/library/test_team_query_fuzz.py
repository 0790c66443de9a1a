"""The query language can never reach SQL: random queries, operators and SQL/tsquery
syntax included, give the team library exactly what they give the local library (the
same hits, or the same QueryError), never a database error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from libtest_helpers import OFFICE, RURAL, SAFETY, Corpus, run

from drafter.library import Library, QueryError, open_library
from drafter.library import build as build_module

PIECES = [
    "营商环境",
    "安全生产",
    "煤矿",
    "乡村振兴",
    "改革",
    "高质量发展",
    "责任",
    "会议",
    "OR",
    "AND",
    "NOT",
    "-",
    "(",
    ")",
    "（",
    "）",
    '"',
    "“",
    "”",
    "|",
    ":",
    "：",
    "title:",
    "speaker:",
    "genre:",
    "occasion:",
    "year:",
    "doc:",
    "year:2020..2024",
    "'",
    "''",
    "\\",
    ";",
    "--",
    "/*",
    "*/",
    "DROP TABLE drafter.documents;",
    "%s",
    "%(x)s",
    "&",
    "!",
    "<->",
    "<2>",
    ":*",
    "'a':1",
    "$$",
    "E'\\x00'",
    "\u3000",
    "ＡＢＣ",
    "a",
    "1",
    " ",
    "  ",
    "\t",
    "\x00",
    "title:\x00",
    "安全\x00生产",
]


@pytest.fixture(scope="module")
def both(tmp_path_factory, pg_cluster):
    tmp = tmp_path_factory.mktemp("fuzz")
    corpus = Corpus(tmp / "docs")
    corpus.folder.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(build_module, "load_document", corpus.load)
        local = Library.open(tmp / "lib", workers=1)
        team = open_library(pg_cluster.create_database("fuzz"), workers=1, local_dir=tmp / "pg")
        corpus.write("office.txt", OFFICE)
        corpus.write("safety.txt", SAFETY)
        corpus.write("rural.txt", RURAL)
        run(local.add([corpus.folder]))
        run(team.add([corpus.folder]))
    yield local, team
    local.close()
    team.close()


def outcome(library, query, **options):
    try:
        res = library.search(query, limit=50, **options)
    except QueryError as exc:
        return ("error", str(exc))
    return (
        res.total,
        [(h.document.id, h.paragraph_index, round(h.score, 9), h.highlights) for h in res.hits],
    )


queries = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map(" ".join) | st.text(
    max_size=30
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=queries)
@example(query="改革 NOT 营商环境")  # the local library kept paragraph 2, holding both
def test_random_queries_same_outcome_and_never_a_database_error(both, query):
    local, team = both
    assert outcome(team, query) == outcome(local, query)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=queries,
    value=st.text(max_size=12),
    sort=st.sampled_from(["relevance", "date"]),
    headings=st.booleans(),
)
def test_random_filters_same_outcome(both, query, value, sort, headings):
    local, team = both
    filters = {"title": value, "speaker": value[:1], "year_from": 2019}
    assert outcome(team, query, sort=sort, headings_only=headings, filters=filters) == outcome(
        local, query, sort=sort, headings_only=headings, filters=filters
    )


# Each negation with the texts it excludes: no hit may contain any of them, in either
# library, however the segmenter cuts the excluded word in the paragraph or the query.
NEGATIONS = [
    ("改革 NOT 营商环境", ["营商环境"]),
    ("改革 -营商环境", ["营商环境"]),
    ('改革 NOT "营商环境"', ["营商环境"]),
    ("改革 -“营商 环境”", ["营商环境"]),
    ("改革 -营商", ["营商"]),  # two characters, inside the word 营商环境
    ("改革 -放管服", ["放管服"]),
    ("营商环境 -改革", ["改革"]),
    ("营商环境 NOT 会议", ["会议"]),
    ("安全生产 -煤矿", ["煤矿"]),
    ("安全生产 NOT 责任", ["责任"]),
    ("(改革 OR 安全生产) NOT 营商环境", ["营商环境"]),
    ("改革 OR 营商环境 -乡村振兴", ["乡村振兴"]),
    ("改革 (NOT 营商环境)", ["营商环境"]),
    ("改革 -(营商环境 OR 接诉即办)", ["营商环境", "接诉即办"]),
    ("改革 -营商环境 -接诉即办", ["营商环境", "接诉即办"]),
    ("营商环境 -“高质量发展”", ["高质量发展"]),
    ("高质量发展 NOT 营商环境", ["营商环境"]),
    ("营商环境 -返乡创业 -优化", ["返乡创业", "优化"]),
]


@pytest.mark.parametrize(("query", "excluded"), NEGATIONS)
def test_a_negation_excludes_every_paragraph_holding_the_word(both, query, excluded):
    local, team = both
    assert outcome(team, query) == outcome(local, query)
    for library in (local, team):
        res = library.search(query, limit=50)
        assert res.total == len(res.hits)
        kept = [h.text for h in res.hits if any(word in h.text for word in excluded)]
        assert kept == [], (type(library).__name__, query, kept)


def test_not_drops_the_first_matching_paragraph_too(both):
    """改革 stands in paragraphs 2 and 6 of the office speech; paragraph 2 also holds
    营商环境, and earlier paragraphs hold it too (Whoosh's AndNot passed such a first
    match unchecked)."""
    local, team = both
    for library in (local, team):
        res = library.search("改革 NOT 营商环境", limit=50)
        assert [(h.document.title, h.paragraph_index) for h in res.hits] == [
            ("在全市优化营商环境工作会议上的讲话", 6)
        ]
        assert res.total == 1


def test_the_tables_are_intact_after_fuzzing(both):
    _, team = both
    assert len(team.documents()) == 3
