"""``drafter library frames`` reads the result the 结构 panel (or its own last run) kept
beside the library while the library and the rules are unchanged, and mines again once a
document is added; ``--min`` filters the kept result as mining with it would."""

from __future__ import annotations

import json
from pathlib import Path

from drafter.cli import main
from drafter.library import Library
from drafter.study.mining import library_entries, mine_all
from drafter.study.mining_cache import cache_path

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SPEECH = "在全县{what}会议上的讲话\n同志们：\n今天我讲三点意见。\n一、提高认识\n要做到“四勤”。\n二、明确目标\n抓好“三个服务”。\n三、狠抓落实\n一是腿勤。\n二是口勤。\n"


def _frames(lib: str, *extra: str, capsys) -> dict:
    assert main(["--library", lib, "library", "frames", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_frames_reads_the_kept_result_until_the_library_changes(tmp_path, capsys):
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", str(CORPUS)]) == 0
    capsys.readouterr()
    first = _frames(lib, capsys=capsys)
    with Library.open(lib) as library:
        path = cache_path(library)
        # what mining with --min 2 gives, from scratch
        expected = mine_all(library_entries(library), len(library.documents()), min_documents=2)
        everything = mine_all(library_entries(library), len(library.documents()))
    assert path.is_file()  # the first run kept its result, as the panel does
    assert first == expected.to_json()
    # --min on the kept result (every structure) is what mining with it gives
    assert _frames(lib, "--min", "1", capsys=capsys) == everything.to_json()

    # the kept file is what is read: marked, the mark shows; --fresh mines again
    data = json.loads(path.read_text("utf-8"))
    data["mined"]["documents"] = 999
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _frames(lib, capsys=capsys)["documents"] == 999
    assert _frames(lib, "--fresh", capsys=capsys) == first
    assert json.loads(path.read_text("utf-8"))["mined"]["documents"] == first["documents"]

    # a document added: another key, the kept result is not used
    new = tmp_path / "新讲话.txt"
    new.write_text(SPEECH.format(what="农业"), encoding="utf-8")
    assert main(["--library", lib, "library", "add", "--no-watch", str(new)]) == 0
    capsys.readouterr()
    after = _frames(lib, capsys=capsys)
    assert after["documents"] == first["documents"] + 1
