"""The query language can never reach SQL: random queries, operators and SQL/tsquery
syntax included, give the team library exactly what they give the local library (the
same hits, or the same QueryError), never a database error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
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


def test_the_tables_are_intact_after_fuzzing(both):
    _, team = both
    assert len(team.documents()) == 3
