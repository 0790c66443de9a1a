"""``drafter export FILE --outline-only`` writes the 提纲 学习 › 导出提纲 writes.

ux49's walk: the command's outline of 整顿党的作风 (then a talk without headings) held its title
block alone, where the window's held 〔开头〕, the seven turns that stand for its parts and
〔结尾〕; a text with headings lost its 〔开头〕/〔结尾〕 lines too. The command now goes
through the one exporter the window uses, for a bare file, a file the library holds and a
library text named by its title alike."""

from __future__ import annotations

import shutil

import docx
from speech_samples import TRANSITIONS_SPEECH_LINES

from drafter.cli import main
from drafter.corpus import load_document
from drafter.export.outline import model_text_outline, outline_lines
from drafter.library import Library
from drafter.study.outline_notes import model_text_outline_notes

ZHENGDUN = "corpus/speeches/mao/第三卷_006 整顿党的作风.md"
SEED = "seeds/000_23c46fd3977b0aa1.txt"


def _expected(path) -> list[str]:
    """Every line of the outline the window prints and exports for the file."""
    doc = load_document(path)
    return [
        line.text for line in outline_lines(model_text_outline(doc), model_text_outline_notes(doc))
    ]


def test_a_bare_file_exports_its_notes_and_skeleton(tmp_path, capsys):
    # a talk without headings (our own; 整顿党的作风, the real one this test read first, has
    # its two spoken turns for headings since drafter.corpus.spoken_turns)
    src = tmp_path / "作风.md"
    src.write_text("\n".join(TRANSITIONS_SPEECH_LINES), encoding="utf-8")
    expected = _expected(src)
    assert any(t.startswith("开头（") for t in expected)
    assert any(t.startswith("结尾（") for t in expected)
    turns = [t for t in expected if t.startswith(("〔转入新话题〕", "〔回顾上文〕"))]
    assert len(turns) >= 3  # the parts of a talk without headings

    out = tmp_path / "提纲.md"
    args = ["--library", str(tmp_path / "nolib"), "export", str(src), "-o", str(out)]
    assert main([*args, "--outline-only"]) == 0
    md = out.read_text("utf-8")
    for text in expected:
        assert text in md, text
    line = capsys.readouterr().out
    assert "只有标题块" not in line and "含开头、结尾的说明" in line
    assert not (tmp_path / "nolib").exists()  # no library made by an export

    word = tmp_path / "提纲.docx"
    assert main(["export", str(src), "-o", str(word), "--outline-only"]) == 0
    paragraphs = [p.text.replace("\n", "") for p in docx.Document(str(word)).paragraphs]
    for text in turns + [t for t in expected if t.startswith(("开头（", "结尾（"))]:
        assert text in paragraphs, text


def test_a_library_text_by_path_and_by_title(shared_dir, tmp_path, capsys):
    folder = tmp_path / "src"
    folder.mkdir()
    for name in (SEED, ZHENGDUN):
        shutil.copy(shared_dir / name, folder)
    lib = tmp_path / "lib"
    with Library.open(lib, workers=1) as library:
        list(library.add([folder]))
    seed = folder / SEED.split("/")[-1]
    expected = _expected(seed)
    notes = [t for t in expected if t.startswith(("开头（", "结尾（"))]
    assert len(notes) == 2

    out = tmp_path / "seed.md"
    assert main(["--library", str(lib), "export", str(seed), "-o", str(out), "--outline-only"]) == 0
    md = out.read_text("utf-8")
    for text in notes:
        assert text in md
    assert md.index(notes[0]) < md.index("一、认真履行") < md.index(notes[1])

    out = tmp_path / "by_title.txt"
    args = ["--library", str(lib), "export", "整顿党的作风", "-o", str(out), "--outline-only"]
    assert main(args) == 0
    text = out.read_text("utf-8")
    # its spoken turns are its headings, between the opening's and the closing's notes
    assert text.index("开头（") < text.index("现在我来讲一讲主观主义") < text.index("结尾（")
    assert "《整顿党的作风》的提纲" in capsys.readouterr().out


def test_a_draft_still_exports_its_headings_alone(speech, tmp_path):
    """A draft (.json) has no study: its outline is its headings, with no notes."""
    from drafter.drafts.store import save_draft

    draft = tmp_path / "speech.json"
    save_draft(speech, draft)
    out = tmp_path / "提纲.md"
    assert main(["export", str(draft), "-o", str(out), "--outline-only"]) == 0
    assert "开头（" not in out.read_text("utf-8")
