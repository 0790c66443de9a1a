"""Hostile draft files: deep JSON, deep sections, lone surrogates, stale temp files."""

from __future__ import annotations

import json
import os
import time

import pytest

from drafter.drafts import limits
from drafter.drafts.store import DraftError, load_draft, save_draft
from tests.attacks.harness import check_bounded, run_bounded


def _draft(sections: list) -> dict:
    return {
        "format": "drafter-draft",
        "version": 2,
        "meta": {"title": "在全市工作会议上的讲话", "genre": "讲话"},
        "numbering": ["cn_comma"],
        "sections": sections,
    }


def _node(heading: str, children: list | None = None) -> dict:
    return {"heading": heading, "paragraphs": [], "children": children or []}


def _nested_sections(depth: int) -> list:
    node = _node("最深处")
    for i in range(depth - 1):
        node = _node(f"第{i}层", [node])
    return [node]


def _write(path, payload) -> str:
    path.write_text(json.dumps(payload, ensure_ascii=True), "utf-8")
    return str(path)


ATTACKS = {
    "json_100000_deep": lambda p: p.write_text(
        '{"format": "drafter-draft", "version": 2, "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    ),
    "sections_400_deep": lambda p: _write(p, _draft(_nested_sections(400))),
    "lone_surrogate": lambda p: p.write_text(
        json.dumps(_draft([_node("一、总体要求\ud800")]), ensure_ascii=True), "utf-8"
    ),
}


@pytest.mark.parametrize("kind", sorted(ATTACKS))
@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_exporting_a_hostile_draft_is_bounded(kind, fmt, tmp_path):
    path = tmp_path / f"{kind}.json"
    ATTACKS[kind](path)
    out = run_bounded(["export", str(path), "-o", str(tmp_path / f"out.{fmt}")])
    check_bounded(out)
    if out.returncode == 2:
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and kind in lines[0], out.stderr


def test_lone_surrogates_are_repaired_on_load(tmp_path):
    path = tmp_path / "s.json"
    ATTACKS["lone_surrogate"](path)
    draft = load_draft(path)
    assert draft.sections[0].heading == "一、总体要求\ufffd"
    draft.sections[0].heading.encode("utf-8")  # exportable text


def test_a_proper_surrogate_pair_survives(tmp_path):
    path = tmp_path / "pair.json"
    path.write_text(json.dumps(_draft([_node("𠀀字")]), ensure_ascii=True), "utf-8")
    assert load_draft(path).sections[0].heading == "𠀀字"


def test_deep_sections_and_json_are_one_clear_error(tmp_path):
    for kind in ("json_100000_deep", "sections_400_deep"):
        path = tmp_path / f"{kind}.json"
        ATTACKS[kind](path)
        with pytest.raises(DraftError) as err:
            load_draft(path)
        assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)
    ok = tmp_path / "ok.json"
    _write(ok, _draft(_nested_sections(limits.MAX_SECTION_DEPTH)))
    assert load_draft(ok).sections


def test_temp_files_of_a_killed_save_are_removed_at_the_next_save_or_load(tmp_path):
    path = tmp_path / "讲话.json"
    _write(path, _draft([_node("一、总体要求")]))
    draft = load_draft(path)
    stale = tmp_path / ".讲话.json.abc123.tmp"
    fresh = tmp_path / ".讲话.json.def456.tmp"
    other = tmp_path / ".别的.json.abc123.tmp"
    for p in (stale, fresh, other):
        p.write_bytes(b"x" * 1000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    save_draft(draft, path, history=False)
    assert not stale.exists()
    assert fresh.exists()  # may be another process saving right now
    assert other.exists()  # another draft's business
    os.utime(fresh, (old, old))
    load_draft(path)
    assert not fresh.exists()


def test_any_atomic_write_removes_the_stale_temp_files_of_its_target(tmp_path):
    """An export killed before its rename left a hidden temp file; the next write of the
    same file removes it (every write goes through drafter.atomic)."""
    from drafter.atomic import atomic_write_text

    target = tmp_path / "讲话.docx"
    stale = tmp_path / ".讲话.docx.k1ll3d.tmp"
    stale.write_bytes(b"x" * 7000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    atomic_write_text(target, "新内容")
    assert target.read_text("utf-8") == "新内容"
    assert not stale.exists()
