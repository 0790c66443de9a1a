"""A correction's save stores it first and re-indexes behind it (issue 8: a wrong outline is
fixed in a few clicks and stays fixed). A save cut off mid-index (the app closed) loses
nothing: the stored corrections are what the document loads with, and the next open or sync
indexes it. Saves leave their small index segments unmerged (Whoosh's pure-Python merge made
every fourth save take seconds), search stays right over the extra segments, and the next
sync merges them."""

from __future__ import annotations

import pytest

from drafter.library import Library
from drafter.library import index as ix_mod

TEXT = "\n".join(
    [
        "在全区工作会议上的讲话",
        "同志们：",
        "一、总体要求",
        "要坚持稳中求进工作总基调。",
        "加强队伍建设",
        "要选优配强领导班子，确保各项任务落实。",
        "二、重点任务",
        "要抓好项目建设，推动高质量发展。",
    ]
)


def _folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "讲话.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _heading_op(lib, doc_id) -> dict:
    para = next(p for p in lib.load(doc_id).paragraphs() if p.text == "加强队伍建设")
    return {"op": "heading", "para": para.index, "text": para.text, "level": 2, "cut": 6}


def _section(lib) -> list[str]:
    hits = lib.search("选优配强").hits
    assert len(hits) == 1  # never the old paragraph beside the new one
    return hits[0].section


@pytest.mark.parametrize("catch_up", ["open", "sync"])
def test_a_save_cut_off_mid_index_is_indexed_at_the_next_open_or_sync(tmp_path, catch_up):
    folder = _folder(tmp_path)
    lib = Library.open(tmp_path / "lib", workers=1)
    for _ in lib.sync(folder):
        pass
    doc_id = lib.documents()[0].id
    op = _heading_op(lib, doc_id)

    def cut_off(*_a, **_k):
        raise KeyboardInterrupt  # the app closed in the middle of the re-index

    lib._reindex_documents = cut_off
    with pytest.raises(KeyboardInterrupt):
        lib.add_corrections(doc_id, [op])
    del lib._reindex_documents
    # stored first: the reader shows it; the index does not yet
    assert lib.corrections(doc_id).ops[-1]["text"] == "加强队伍建设"
    assert lib.load(doc_id).paragraphs()[op["para"]].is_heading
    assert _section(lib) == ["一、总体要求"]
    assert lib.catalog.owed_reindex() == [doc_id]
    if catch_up == "open":
        lib.close()
        lib = Library.open(tmp_path / "lib", workers=1)
    else:
        for _ in lib.sync(folder):
            pass
    try:
        assert _section(lib) == ["一、总体要求", "加强队伍建设"]
        assert lib.catalog.owed_reindex() == []
    finally:
        lib.close()


def test_saves_leave_segments_unmerged_search_stays_right_and_a_sync_merges(tmp_path):
    folder = _folder(tmp_path)
    with Library.open(tmp_path / "lib", workers=1) as lib:
        for _ in lib.sync(folder):
            pass
        doc_id = lib.documents()[0].id
        op = _heading_op(lib, doc_id)
        before = ix_mod.tiny_segments(lib._current_index())
        for _ in range(3):  # a save and its undo, three times: six saves
            lib.add_corrections(doc_id, [op])
            assert _section(lib) == ["一、总体要求", "加强队伍建设"]
            lib.set_corrections(doc_id, [])
            assert _section(lib) == ["一、总体要求"]
        # no save merged (before, the fourth tiny segment set off a merge)
        assert ix_mod.tiny_segments(lib._current_index()) == before + 6
        assert lib.catalog.owed_reindex() == []
        for _ in lib.sync(folder):  # nothing changed on disk; the sync still merges
            pass
        assert ix_mod.tiny_segments(lib._current_index()) < ix_mod.MERGE_TINY_AT
        assert _section(lib) == ["一、总体要求"]
        assert len(lib.search("高质量发展").hits) == 1


def _two_documents(tmp_path):
    folder = _folder(tmp_path)
    other = TEXT.replace("全区", "全市").replace("选优配强", "精兵简政")
    (folder / "讲话二.txt").write_text(other, encoding="utf-8")
    return folder


def test_an_idle_merge_folds_the_saves_segments_and_search_stays_right(tmp_path):
    """merge_small_segments (the app runs it on a worker once saves go quiet) merges the
    segments the saves left, without a sync, and cancelled it changes nothing."""
    folder = _folder(tmp_path)
    with Library.open(tmp_path / "lib", workers=1) as lib:
        for _ in lib.sync(folder):
            pass
        doc_id = lib.documents()[0].id
        op = _heading_op(lib, doc_id)
        for _ in range(3):
            lib.add_corrections(doc_id, [op])
            lib.set_corrections(doc_id, [])
        lib.add_corrections(doc_id, [op])
        piled = ix_mod.tiny_segments(lib._current_index())
        assert piled >= ix_mod.MERGE_TINY_AT
        assert not lib.merge_small_segments(cancel=lambda: True)
        assert ix_mod.tiny_segments(lib._current_index()) == piled
        assert lib.merge_small_segments()
        assert ix_mod.tiny_segments(lib._current_index()) == 1
        assert not list((tmp_path / "lib").glob("merging-*"))
        assert _section(lib) == ["一、总体要求", "加强队伍建设"]
        assert len(lib.search("高质量发展").hits) == 1
        assert not lib.merge_small_segments()  # nothing left to merge
        lib.set_corrections(doc_id, [])  # a save after the merge deletes from the merged one
        assert _section(lib) == ["一、总体要求"]


def test_saves_made_while_merging_are_kept_and_never_doubled(tmp_path):
    """A save lands between the merge (done without the lock) and its swap: the paragraphs
    it replaced are deleted from the merged segment too, so search finds each once, as
    corrected; a segment a sync merged meanwhile makes the swap give up, changing nothing."""
    from drafter.library import index_merge

    folder = _two_documents(tmp_path)
    with Library.open(tmp_path / "lib", workers=1) as lib:
        for _ in lib.sync(folder):
            pass
        ids = {d.title: d.id for d in lib.documents()}
        doc_id, other = ids["在全区工作会议上的讲话"], ids["在全市工作会议上的讲话"]
        op = _heading_op(lib, doc_id)
        for _ in range(2):
            lib.add_corrections(doc_id, [op])
            lib.set_corrections(doc_id, [])
            lib.set_corrections(other, [])
        index = lib._current_index()
        aside = index_merge.merge_aside(index, tmp_path / "lib", lambda: False)
        assert aside is not None
        lib.add_corrections(doc_id, [op])  # its paragraphs in the merged segments go
        with lib._writing():
            assert index_merge.swap_in(index, aside)
        assert _section(lib) == ["一、总体要求", "加强队伍建设"]
        assert len(lib.search("高质量发展").hits) == 2
        assert len(lib.search("精兵简政").hits) == 1
        # a sync merges what the swap would have replaced: the swap changes nothing
        for _ in range(2):
            lib.set_corrections(other, [])
        aside = index_merge.merge_aside(index, tmp_path / "lib", lambda: False)
        assert aside is not None
        for _ in lib.sync(folder):
            pass
        generation = index.latest_generation()
        with lib._writing():
            assert not index_merge.swap_in(index, aside)
        assert index.latest_generation() == generation
        assert len(lib.search("高质量发展").hits) == 2
        assert len(lib.search("精兵简政").hits) == 1


class _Segment:
    """A stand-in for a Whoosh segment: its size and how many of its paragraphs live."""

    def __init__(self, size: int, live: int | None = None) -> None:
        self.size, self.live = size, size if live is None else live

    def doc_count_all(self) -> int:
        return self.size

    def doc_count(self) -> int:
        return self.live


@pytest.mark.parametrize(
    ("sizes", "dropped", "copied"),
    [
        # three tiny segments: nothing to do yet
        ([(10045,), (1800,), (120,), (90,)], [], []),
        # four saves' segments: copied; the 1,800-paragraph one is left out
        ([(10045,), (1800,), (120,), (90,), (150,), (60,)], [], [2, 3, 4, 5]),
        # the saves' old segments all deleted: dropped unread, the live ones wait
        ([(10045,), (1800,), (120, 0), (90, 0), (150,), (60, 0)], [2, 3, 5], []),
        # a segment all deleted is dropped at any size
        ([(10045, 0), (1800,), (120,), (90,), (150,)], [0], []),
        # four of tier 1 merge, with tier 0's few
        ([(1800,), (450,), (500,), (420,), (700,), (80,), (30,)], [], [1, 2, 3, 4, 5, 6]),
        # tier 0 has four: tier 1 and the large one wait
        ([(1800,), (450,), (80,), (30,), (60,), (99,)], [], [2, 3, 4, 5]),
    ],
)
def test_a_merge_takes_one_tier_of_similar_sizes_and_drops_segments_all_deleted(
    sizes, dropped, copied
):
    """The idle merge no longer copies the largest tiny segment again each time: only
    segments of one tier (similar size) once four of them exist, with smaller ones."""
    segments = [_Segment(*s) for s in sizes]
    plan = ix_mod.merge_plan(segments)
    assert [segments.index(s) for s in plan.dropped] == dropped
    assert sorted(segments.index(s) for s in plan.copied) == copied
    assert bool(plan) == bool(dropped or copied)


def test_an_idle_merge_copies_the_saves_segments_not_a_larger_one(tmp_path):
    """Four documents corrected once each: their four segments are copied into one, a
    larger segment (a long document's, never corrected) is left as it is, the sync's
    segment all their old paragraphs were deleted from is dropped unread, and a save made
    between the copy and the swap is applied to the merged segment."""
    from drafter.library import index_merge

    folder = tmp_path / "docs"
    folder.mkdir()
    names = ["一", "二", "三", "四"]
    for i, name in enumerate(names):
        text = TEXT.replace("全区", f"第{name}区").replace("选优配强", f"选优配强{i}号")
        (folder / f"讲话{i}.txt").write_text(text, encoding="utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        for _ in lib.sync(folder):
            pass
        long_text = "\n".join(f"第{i}段，长篇材料的内容。" for i in range(450))
        (folder / "长篇.txt").write_text(long_text, encoding="utf-8")
        for _ in lib.sync(folder):  # a segment of its own, tier 1
            pass
        ids = {d.title: d.id for d in lib.documents()}
        index = lib._current_index()
        big = [s.segment_id() for s in index._segments() if s.doc_count_all() >= 400]
        assert len(big) == 1
        for name in names:
            doc_id = ids[f"在第{name}区工作会议上的讲话"]
            lib.add_corrections(doc_id, [_heading_op(lib, doc_id)])
        aside = index_merge.merge_aside(index, tmp_path / "lib", lambda: False)
        assert aside is not None
        assert big[0] not in {s.segment_id() for s in aside.merged}
        assert len(aside.merged) == 4 and len(aside.dropped) == 1  # the sync's first, all old
        first = ids["在第一区工作会议上的讲话"]
        lib.set_corrections(first, [])  # meanwhile: its paragraphs in the copy go
        with lib._writing():
            assert index_merge.swap_in(index, aside)
        assert big[0] in {s.segment_id() for s in index._segments()}
        assert len(lib.search("选优配强0号").hits) == 1
        assert lib.search("选优配强0号").hits[0].section == ["一、总体要求"]
        for i in range(1, 4):
            hits = lib.search(f"选优配强{i}号").hits
            assert [h.section for h in hits] == [["一、总体要求", "加强队伍建设"]]
        assert len(lib.search("长篇材料").hits) > 0
