"""Saving is atomic with a backup; bad files are refused and never modified."""

from __future__ import annotations

import json
import os

import pytest

import drafter.atomic as atomic
from drafter.drafts.model import (
    FORMAT_VERSION,
    Draft,
    DraftMeta,
    DraftNode,
    DraftParagraph,
    Provenance,
)
from drafter.drafts.store import (
    DraftError,
    atomic_write,
    backup_path,
    draft_from_bytes,
    load_draft,
    save_draft,
)


def _draft(title: str = "讲话") -> Draft:
    prov = Provenance(
        "doc-1", "旧讲话", "2024-01-02", 7, "原文", path="/lib/a.docx", section=["一、x"]
    )
    return Draft(
        meta=DraftMeta(title=title, speaker="张三", post="区长", date="2025-11-24"),
        opening=[DraftParagraph("同志们：")],
        sections=[
            DraftNode(
                "提高认识",
                paragraphs=[DraftParagraph("改过的文字", provenance=prov)],
                hint="写作提示",
                example="示例",
                run_in=True,
            )
        ],
        closing=[DraftParagraph("谢谢！")],
        numbering=["ordinal", "shi"],
        template="三个方面",
    )


def test_save_and_load_round_trip(tmp_path):
    path = tmp_path / "d.json"
    d = _draft()
    save_draft(d, path)
    loaded = load_draft(path)
    assert loaded.to_json() == d.to_json()
    assert loaded.sections[0].paragraphs[0].provenance.original_text == "原文"
    assert json.loads(path.read_text("utf-8"))["version"] == FORMAT_VERSION


def test_second_save_keeps_previous_version_as_backup(tmp_path):
    path = tmp_path / "d.json"
    save_draft(_draft("第一版"), path)
    first = path.read_bytes()
    assert not backup_path(path).exists()
    save_draft(_draft("第二版"), path)
    assert backup_path(path).read_bytes() == first
    assert load_draft(path).meta.title == "第二版"
    assert load_draft(backup_path(path)).meta.title == "第一版"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.history", "d.json", "d.json.bak"]


def test_crash_in_the_middle_of_writing_leaves_old_file(tmp_path, monkeypatch):
    path = tmp_path / "d.json"
    save_draft(_draft("旧"), path)
    old = path.read_bytes()

    def half_then_crash(fh):
        fh.write(b'{"format": "drafter-draft", "vers')
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic_write(path, half_then_crash)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.history", "d.json"]

    # The same through save_draft: the chunked writer dies after its first chunk.
    monkeypatch.setattr(atomic, "_CHUNK", 16)
    calls = {"n": 0}
    real_fdopen = os.fdopen

    class Dying:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            calls["n"] += 1
            if calls["n"] > 2:
                raise OSError(5, "Input/output error")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Dying(real_fdopen(fd, mode)))
    with pytest.raises(DraftError, match="cannot save"):
        save_draft(_draft("新" * 100), path)
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert load_draft(path).meta.title == "旧"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_fsync_failure_before_rename_leaves_old_file(tmp_path, monkeypatch):
    path = tmp_path / "d.json"
    save_draft(_draft("旧"), path)
    old = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(DraftError, match="d.json: cannot save"):
        save_draft(_draft("新"), path)
    assert path.read_bytes() == old


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "drafter-draft", "version": 1, "meta": ', "corrupt draft"),
        (b"\xff\xfe\x00garbage", "not a Drafter draft"),
        (b'{"hello": "world"}', "not a Drafter draft"),
        (b"[1, 2, 3]", "not a Drafter draft"),
        (b'{"format": "drafter-draft", "version": "one"}', "corrupt draft"),
        (b'{"format": "drafter-draft", "version": 1, "sections": [{"paragraphs": 5}]}', "corrupt"),
        # well-formed JSON with a value of the wrong type: refused on load, naming where,
        # instead of crashing an export later
        (
            b'{"format": "drafter-draft", "version": 1, "sections": [{"heading": 5}]}',
            r"corrupt draft \(sections\[0\]\.heading: expected text, got int 5\)",
        ),
        (
            b'{"format": "drafter-draft", "version": 1, "meta": {"title": ["x"]}}',
            r"meta\.title: expected text",
        ),
        (
            b'{"format": "drafter-draft", "version": 1, "sections": [{"heading": "a", '
            b'"children": [{"heading": "b", "run_in": "yes"}]}]}',
            r"sections\[0\]\.children\[0\]\.run_in: expected true/false",
        ),
        (b'{"format": "drafter-draft", "version": 1, "opening": [{"text": 1}]}', "opening"),
        (
            json.dumps({"format": "drafter-draft", "version": FORMAT_VERSION + 1}).encode(),
            "newer Drafter",
        ),
    ],
)
def test_bad_files_are_refused_and_left_byte_identical(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(DraftError, match=message) as info:
        load_draft(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)
    # Saving over it is refused too, and nothing else appears in the folder.
    with pytest.raises(DraftError, match="refusing to overwrite"):
        save_draft(_draft(), path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"sections": [None]}, "sections[0]"),
        ({"sections": [{"children": [None]}]}, "sections[0].children[0]"),
        ({"opening": [{"text": "甲"}, None]}, "opening[1]"),
        ({"comments": [None]}, "comments[0]"),
        ({"comments": [{"target": "p1", "replies": [None]}]}, "comments[0].replies[0]"),
    ],
)
def test_a_null_in_a_list_of_objects_is_named_not_a_crash(payload, where):
    """Every list of objects in a draft is walked by one check, so a null item is refused
    naming its place in each of them (a null section or comment raised AttributeError)."""
    data = json.dumps({"format": "drafter-draft", "version": 2, **payload}).encode()
    with pytest.raises(DraftError) as info:
        draft_from_bytes(data, "d.json")
    assert str(info.value) == f"d.json: corrupt draft ({where}: expected an object, got null)"


def test_force_overwrites_a_bad_file_but_keeps_it_as_backup(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(b"not json")
    save_draft(_draft(), path, force=True)
    assert load_draft(path).meta.title == "讲话"
    assert backup_path(path).read_bytes() == b"not json"


def test_missing_file_and_folder_errors(tmp_path):
    with pytest.raises(DraftError, match="no such draft file"):
        load_draft(tmp_path / "none.json")
    with pytest.raises(DraftError, match="folder"):
        load_draft(tmp_path)


def test_save_into_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DraftError, match="cannot save"):
        save_draft(_draft(), tmp_path / "no" / "such" / "d.json")


def test_file_format_is_readable_json(tmp_path):
    path = tmp_path / "d.json"
    save_draft(_draft(), path)
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "drafter-draft"
    assert data["sections"][0]["hint"] == "写作提示"
    assert "提高认识" in path.read_text("utf-8")  # not \\u-escaped


def test_documented_example_loads():
    from pathlib import Path

    from drafter.drafts.numbering import heading_text, markers
    from drafter.drafts.store import draft_from_bytes

    doc = Path(__file__).resolve().parents[2] / "docs" / "draft-format.md"
    text = doc.read_text("utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    draft = draft_from_bytes(example.encode("utf-8"), str(doc))
    marks = markers(draft)
    first = draft.sections[0]
    assert marks[first.id] == "一、"
    assert heading_text(draft, first.children[0], marks) == "一是讲政治。"
    assert first.paragraphs[0].provenance.paragraph_index == 12
