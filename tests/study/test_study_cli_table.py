"""``drafter study FILE`` prints the structure as a table a trainee can read down: every
section's 字数, time and share in the same columns whatever the heading's length (they
followed each heading at its own length), and a heading too long for its column ends in …
(it was cut at 28 characters with nothing to say so)."""

from __future__ import annotations

import unicodedata

from drafter.cli import main

REPORT = "corpus/structure/gwr_province_2026_黑龙江省.txt"


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_the_structure_rows_line_up(shared_dir, capsys):
    assert main(["study", str(shared_dir / REPORT)]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = out[out.index("结构与篇幅") + 1 :]
    assert len(rows) > 30
    where = {_columns(row[: row.index(" 字")]) for row in rows}
    assert len(where) == 1  # the 字 of every row in one column
    long = [row for row in rows if row.lstrip().startswith("一是奋力推进产业振兴")]
    assert long and "…" in long[0]
    short = next(row for row in rows if row.lstrip().startswith("（一）内需潜力持续释放"))
    assert short.split()[1] == "495"  # a short heading is padded, not cut


def test_an_untitled_text_is_named_as_the_library_names_it(tmp_path, capsys):
    """A text with no title (a congress report begins at 同志们：) was 《（无标题）》; the
    library and the app call it by what its opening says it is (市委常委会向大会的报告), and
    so does the command now."""
    path = tmp_path / "报告.txt"
    path.write_text(
        "同志们：\n现在，我代表市委常委会向大会作报告。\n一、过去五年的工作\n"
        "五年来，我们做了大量工作。\n二、今后五年的任务\n今后五年，要继续努力。\n",
        encoding="utf-8",
    )
    assert main(["study", str(path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("《市委常委会向大会的报告》") and "无标题" not in first


def test_a_part_over_several_paragraphs_is_said_once(shared_dir, capsys):
    """The 16th congress report opens 称呼 → 交代事由 → 形势 → 形势: one part over two
    paragraphs read as two parts."""
    assert main(["study", str(shared_dir / "corpus/structure/cpc_congress_16.txt")]) == 0
    opening = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("开头："))
    assert opening.endswith("形势（2 段）") and "形势 → 形势" not in opening


def test_a_text_without_headings_is_opening_body_and_closing(shared_dir, capsys):
    """团结奋斗 再创华为佳绩 has no headings: 结构与篇幅 was empty. Now opening, body and closing,
    their 字数 adding up to the whole, as the app's map shows them."""
    path = shared_dir / "corpus/speeches/ren/19940126_团结奋斗_再创华为佳绩.md"
    assert main(["study", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = out[out.index("结构与篇幅") + 1 :]
    assert [r[:4] for r in rows] == ["〔开头〕", "〔正文〕", "〔结尾〕"]
    total = int(out[1].split()[1].replace(",", ""))  # 全文 1,664 字，…
    assert sum(int(r.split()[1].replace(",", "")) for r in rows) == total
