"""The 结构 panel's mined result is kept beside the library (drafter.study.mining_cache):
the same result back while the library is unchanged, none once a document is added,
changed or corrected (by this machine or, in a team library, a colleague's)."""

from __future__ import annotations

from drafter.corpus.correction_ops import meta_op
from drafter.library import Library, open_library
from drafter.study.mining import library_entries, mine_all
from drafter.study.mining_cache import cache_path, load_cached, mining_key, save_cached

SPEECH = "在全县{what}会议上的讲话\n同志们：\n今天我讲三点意见。\n一、提高认识\n要做到“四勤”。\n二、明确目标\n抓好“三个服务”。\n三、狠抓落实\n一是腿勤。\n二是口勤。\n"


def _mine(library):
    return mine_all(library_entries(library), len(library.documents()))


def _kept_and_back(library, tmp_path):
    key = mining_key(library)
    mined = _mine(library)
    assert save_cached(library, mined, key) == cache_path(library)
    back, existed = load_cached(library, key)
    assert existed and back is not None
    assert back.to_json() == mined.to_json()  # examples, counts, years as mined
    for a, b in zip(mined.frames, back.frames, strict=True):
        assert a.within(genre="讲话").to_json() == b.within(genre="讲话").to_json()
    assert mining_key(library) == key  # nothing changed: the same key
    return key


def test_a_local_library_keeps_its_mined_structures(sample_corpus, tmp_path):
    with Library.open(tmp_path / "lib", workers=1) as library:
        list(library.add(sorted(sample_corpus.glob("*.txt"))[:4]))
        key = _kept_and_back(library, tmp_path)
        # a correction (the title) changes the key: the kept result is not used
        doc = library.documents()[0]
        library.set_corrections(doc.id, [meta_op("title", "另一个标题")])
        assert mining_key(library) != key
        assert load_cached(library, mining_key(library)) == (None, True)
        # a document added: another key again
        key = mining_key(library)
        new = tmp_path / "新讲话.txt"
        new.write_text(SPEECH.format(what="农业"), encoding="utf-8")
        list(library.add([new]))
        assert mining_key(library) != key
        # a document's file changed and read again: another key
        key = mining_key(library)
        new.write_text(SPEECH.format(what="工业"), encoding="utf-8")
        list(library.add([new]))
        assert mining_key(library) != key
        # a broken file is only mined again
        cache_path(library).write_text("{broken", encoding="utf-8")
        assert load_cached(library, mining_key(library)) == (None, True)


def test_a_team_library_cache_goes_stale_on_a_colleagues_change(pg_url, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for what in ("工作", "农业"):
        (texts / f"{what}.txt").write_text(SPEECH.format(what=what), encoding="utf-8")
    mine = open_library(pg_url, workers=1, origin="pc-a", local_dir=tmp_path / "a")
    theirs = open_library(pg_url, workers=1, origin="pc-b", local_dir=tmp_path / "b")
    try:
        list(mine.add([texts]))
        key = _kept_and_back(mine, tmp_path)
        assert mining_key(theirs) == key  # one key for every writer
        doc = theirs.documents()[0]
        theirs.set_corrections(doc.id, [meta_op("title", "同事改的标题")])
        assert mining_key(mine) != key  # a colleague's correction: mined again here
        assert load_cached(mine, mining_key(mine))[0] is None
    finally:
        theirs.close()
        mine.close()
