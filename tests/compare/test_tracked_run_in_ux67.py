"""A tracked change under a run-in heading is the writer's, by name (ux67's walk).

In seed 003 the parts of 二、 are run-in headings: （一）抓好信息报送。 starts the line and
its paragraph follows on it, one paragraph of the Word file. The writer changed a word of
it in Word with 修订 on; 比较稿件, ``drafter compare`` and the 修订稿 said the change was
made 未留修订痕迹, as if he had slipped it in unmarked: his tracked paragraph was looked up
by its length, and the line is the heading's words longer than the draft's paragraph. The
line's end is that paragraph, its start that heading."""

from __future__ import annotations

from drafter.cli import main
from drafter.compare import compare_drafts, load_side
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from tests.compare.writer_versions import track_in_word

SEED = "seeds/003_e00d83e4667ee5ea.txt"  # 全县办公室主任会议上的讲话, run-in parts under 二、


def test_a_change_in_a_run_in_part_names_the_writer(tmp_path, shared_dir, capsys):
    head = open_as_draft(shared_dir / SEED)
    sent = export_draft(head, tmp_path / "送审稿.docx")
    writers = track_in_word(sent, tmp_path / "修改稿.docx", "让领导及", "让领导和")
    old, _ = load_side(sent)
    new, _ = load_side(writers)
    comparison = compare_drafts(old, new)
    [changed] = [p for p in comparison.paragraphs if p.op == "change"]
    assert changed.new.startswith("信息报送是让领导和")  # the paragraph, its heading apart
    assert changed.by == [("李写手", "2025-11-26T10:05:00Z")]
    assert main(["compare", str(sent), str(writers)]) == 0
    out = capsys.readouterr().out
    assert "（一）抓好信息报送”第 1 段（李写手修订 2025-11-26 10:05）" in out
    assert "未留修订痕迹" not in out
