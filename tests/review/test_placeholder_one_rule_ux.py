"""A stand-in of a file is judged alike by ``drafter review FILE`` and its ``--comment``.

The head reviews the writer's 初稿.docx: ``drafter review`` listed its xxx as 疑似 (a
document read from a file may be a published copy with names redacted) and exited 0, while
``--comment`` on the same file, which reviews it opened as a draft, wrote 【必错·占位符】 and
exited 1. A draft opened from a file now takes the document's rule
(:func:`drafter.review.rules.placeholder.read_from_file`); a draft written here is strict."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import load_draft, save_draft
from drafter.export import export_draft
from drafter.review import review_draft
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "000_23c46fd3977b0aa1.txt"  # 讲话人 xxx, 市委秘书长xx …


def _levels(capsys, args) -> tuple[int, set[str]]:
    code = main(["review", *args, "--only", "placeholder", "--json"])
    found = json.loads(capsys.readouterr().out)
    findings = found[0]["findings"] if isinstance(found, list) else found["findings"]
    return code, {f["level"] for f in findings if f["rule"] == "placeholder.x"}


def test_review_and_its_comments_agree_on_a_file(tmp_path, capsys):
    first = export_draft(open_as_draft(SEED), tmp_path / "初稿.docx")
    code, levels = _levels(capsys, [str(first)])
    assert (code, levels) == (0, {"warning"})
    out = tmp_path / "审阅稿.json"
    assert main(["review", str(first), "--comment", "-o", str(out), "--only", "placeholder"]) == 0
    texts = [c.text for c in load_draft(out).comments]
    assert texts and all(t.startswith("【疑似·占位符】") for t in texts)
    capsys.readouterr()
    # the saved draft remembers its file: reviewed again, the same level
    assert _levels(capsys, [str(out)]) == (0, {"warning"})


def test_a_draft_written_here_is_strict(tmp_path, capsys):
    draft = open_as_draft(SEED)
    draft.source = None  # as if typed in the app: xxx is a slot to fill
    assert {f.level for f in review_draft(draft).findings if f.rule == "placeholder.x"} == {"error"}
    path = tmp_path / "新稿.json"
    save_draft(draft, path)
    assert _levels(capsys, [str(path)]) == (1, {"error"})
