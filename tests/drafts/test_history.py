"""Versions kept beside a draft: every save, labels, bounded, restore from the CLI."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from drafter.cli import main
from drafter.drafts.history import (
    HistoryError,
    find_version,
    history_dir,
    keep_version,
    list_versions,
    set_label,
)
from drafter.drafts.model import Draft, DraftMeta
from drafter.drafts.store import draft_to_bytes, load_draft, save_draft


def _draft(title: str) -> Draft:
    return Draft(meta=DraftMeta(title=title))


def test_every_save_keeps_a_version_newest_first(tmp_path):
    path = tmp_path / "讲话.json"
    save_draft(_draft("初稿"), path)
    save_draft(_draft("初稿"), path)  # nothing changed: no new version
    v = save_draft(_draft("二稿"), path, label="送审稿")
    assert history_dir(path) == tmp_path / "讲话.history"
    versions = list_versions(path)
    assert [load_draft(x.path).meta.title for x in versions] == ["二稿", "初稿"]
    assert versions[0].label == "送审稿" and v.id == versions[0].id
    assert versions[0].saved_at[:4].isdigit() and "T" in versions[0].saved_at
    # a version is a draft file of its own
    assert load_draft(versions[1].path).meta.title == "初稿"


def test_a_clock_stepped_back_still_lists_the_last_save_newest(tmp_path):
    """A VM's or NTP's clock can step back between two saves: the second save is still the
    newest version (listed first, compared as the newer), not filed before the first."""
    path = tmp_path / "讲话.json"
    t = datetime(2026, 12, 7, 23, 0, 0, tzinfo=timezone.utc)
    keep_version(path, draft_to_bytes(_draft("初稿")), now=t)
    second = keep_version(path, draft_to_bytes(_draft("送审稿")), now=t - timedelta(seconds=2))
    versions = list_versions(path)
    assert [load_draft(v.path).meta.title for v in versions] == ["送审稿", "初稿"]
    assert versions[0].id == second.id and versions[0].id > versions[1].id


def test_label_lookup_and_errors(tmp_path):
    path = tmp_path / "d.json"
    with pytest.raises(HistoryError, match="no versions"):
        find_version(path, "1")
    save_draft(_draft("a"), path)
    save_draft(_draft("b"), path)
    first = list_versions(path)[-1]
    set_label(path, first.id, "初稿")
    assert find_version(path, "初稿").id == first.id
    assert find_version(path, "-1").id == first.id
    assert find_version(path, "1").id == list_versions(path)[0].id
    assert find_version(path, first.id).id == first.id
    with pytest.raises(HistoryError):
        find_version(path, first.id[:4])  # the year: both versions share it
    with pytest.raises(HistoryError, match="no version 9"):
        find_version(path, "9")
    set_label(path, first.id, "")
    assert list_versions(path)[-1].label == ""


def test_history_is_bounded_and_labelled_versions_outlive_others(tmp_path):
    path = tmp_path / "d.json"
    path.write_bytes(b"")
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    for i in range(8):
        label = "送审稿" if i == 1 else ""
        data = draft_to_bytes(_draft(f"v{i}"))
        keep_version(path, data, label=label, limit=4, now=start + timedelta(minutes=i))
    versions = list_versions(path)
    assert len(versions) == 4
    titles = [load_draft(v.path).meta.title for v in versions]
    assert titles == ["v7", "v6", "v5", "v1"]  # the labelled v1 kept, unlabelled old ones gone
    index = json.loads((history_dir(path) / "index.json").read_text("utf-8"))
    assert len(index["digests"]) == 4


def test_unwritable_history_does_not_fail_the_save(tmp_path):
    path = tmp_path / "d.json"
    history_dir(path).write_text("a file where the folder should be")
    assert save_draft(_draft("x"), path) is None
    assert load_draft(path).meta.title == "x"


def test_cli_versions_label_and_undoable_restore(tmp_path, capsys):
    path = tmp_path / "d.json"
    save_draft(_draft("一稿"), path)
    save_draft(_draft("二稿"), path)
    assert main(["versions", str(path), "--label", "送审稿", "--version", "2"]) == 0
    assert main(["versions", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    listed = json.loads(out[out.index("[") :])
    assert [v["label"] for v in listed] == ["", "送审稿"]
    assert main(["versions", str(path), "--restore", "送审稿"]) == 0
    assert load_draft(path).meta.title == "一稿"
    # the restore is itself a version: restoring the one before it undoes it
    assert [load_draft(v.path).meta.title for v in list_versions(path)] == ["一稿", "二稿", "一稿"]
    assert main(["versions", str(path), "--restore", "2"]) == 0
    assert load_draft(path).meta.title == "二稿"
    assert main(["versions", str(path), "--restore", "nope"]) == 2
    assert "nope" in capsys.readouterr().err
