"""``drafter study FILE --json`` gives a speech without headings its parts, as the 学习 map
does. The map showed 〔开头〕 / 〔正文〕未分出标题 / 〔结尾〕 with their 字数 for 整顿党的作风,
while ``--json`` had ``"sections": []``, so a trainee scripting the length split of such a
speech got nothing. Both now read :func:`drafter.study.stats.structure_rows`: the same rows,
labels and lengths, ``part`` telling a heading's row from the rest."""

from __future__ import annotations

import json

import pytest
from speech_samples import TRANSITIONS_SPEECH_LINES

from drafter.cli import main
from drafter.corpus import load_document
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import StructureMap

# no headings, turning three times (our own talk: 整顿党的作风, the real one this test read
# first, has its two spoken turns for headings since drafter.corpus.spoken_turns)
HEADINGLESS = "transitions"
HEADED = "seeds/003_e00d83e4667ee5ea.txt"


def _map_rows(tree: StructureMap) -> list[tuple[str, int]]:
    """(label, 字数) of every row of the map that has a length, but 全文, in reading order."""
    rows = []

    def visit(item):
        if item.text(1):
            rows.append((item.text(0), int(item.text(1).replace(",", ""))))
        for k in range(item.childCount()):
            visit(item.child(k))

    for k in range(1, tree.topLevelItemCount()):
        visit(tree.topLevelItem(k))
    return rows


@pytest.mark.parametrize("relative", [HEADINGLESS, HEADED])
def test_json_rows_are_the_map_rows(qtbot, capsys, shared_dir, tmp_path, relative):
    path = shared_dir / relative
    if relative == HEADINGLESS:
        path = tmp_path / "作风.md"
        path.write_text("\n".join(TRANSITIONS_SPEECH_LINES), encoding="utf-8")
    assert main(["study", str(path), "--json", "--rate", "220"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = data["sections"]
    assert all({"heading", "level", "chars", "seconds", "frame", "part"} <= set(r) for r in rows)

    tree = StructureMap()
    qtbot.addWidget(tree)
    study = analyze(load_document(path), rate=220)
    tree.show_study(study)
    assert _map_rows(tree) == [(r["heading"], r["chars"]) for r in rows]
    if relative == HEADINGLESS:  # its transitions stand under the body they divide
        body = tree.topLevelItem(2)
        assert body.text(0) == "〔正文〕未分出标题" and tree.topLevelItemCount() == 4
        # each transition with the stretch it runs to the next, after the body's start
        assert body.childCount() == len(study.transitions) + 1 > 1

    # the parts side by side add up to the whole (a body's stretches are one level under it)
    top = [r for r in rows if r["level"] <= 1 and r["part"] != "stretch"]
    assert sum(r["chars"] for r in top) == data["total_chars"]
    if relative == HEADINGLESS:
        parts = [r["part"] for r in rows]
        assert parts == ["opening", "body"] + ["stretch"] * (len(rows) - 3) + ["closing"]
        stretches = [r for r in rows if r["part"] == "stretch"]
        assert sum(r["chars"] for r in stretches) == rows[1]["chars"]
        assert rows[1]["heading"] == "〔正文〕未分出标题" and rows[1]["level"] == 0
        assert rows[1]["seconds"] == round(rows[1]["chars"] * 60 / 220)
        # (numbered from 1: the opening is 同志们： and its first paragraph, the body the next)
        assert rows[0]["paragraph"] == 1 and rows[1]["paragraph"] == 3
    else:
        assert rows[0]["part"] == "opening" and rows[-1]["part"] == "closing"
        sections = [r for r in rows if r["part"] == "section"]
        assert sections[0]["heading"].startswith("一、") and sections[0]["level"] == 1
        assert sections[0]["frame"]  # the frame that counts it (三点意见)
