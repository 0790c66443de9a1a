"""A corrected outline is the user's word. ``drafter outline ID`` after a correction printed
the machine's old doubt (``? 较长的正文中未找到小标题``) under 结构可信度 1.00, as if the
outline the user had just fixed were still in question. Now it says who vouches for it
(已人工更正 / 已人工核对) and shows no doubt; the machine's reasons stay aside on the outline
for the re-check of corrections after the file changes."""

from __future__ import annotations

import json

from speech_samples import UNHEADED_SPEECH

from drafter.cli import main
from drafter.corpus import parse_text
from drafter.corpus.corrections import CONFIRMED, CORRECTED, apply_corrections
from drafter.library import Library


def test_core_moves_the_machines_doubts_aside():
    doc = parse_text(UNHEADED_SPEECH)
    assert doc.outline.doubts  # the machine doubts: no headings in a long text
    before = list(doc.outline.doubts)
    para = next(p for p in doc.paragraphs() if p.text == "现在我来讲一讲学习问题。")
    op = {"op": "heading", "para": para.index, "text": para.text, "level": 1}
    out = apply_corrections(doc, [op]).document.outline
    assert (out.confidence, out.doubts, out.checked) == (1.0, [], CORRECTED)
    assert out.machine_doubts == before
    sure = apply_corrections(doc, [{"op": "confirm"}]).document.outline
    assert (sure.doubts, sure.checked) == ([], CONFIRMED)
    assert doc.outline.doubts == before  # the read document itself is unchanged


def test_outline_cli_says_the_user_corrected_it(tmp_path, capsys):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "讲话.txt").write_text(UNHEADED_SPEECH, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(folder)]) == 0
    with Library.open(tmp_path / "lib") as library:
        doc_id = library.documents()[0].id
        capsys.readouterr()
        assert main(["--library", lib, "outline", doc_id]) == 0
        assert "较长的正文中未找到小标题" in capsys.readouterr().out  # the machine's guess
        para = next(
            p for p in library.load(doc_id).paragraphs() if p.text == "现在我来讲一讲学习问题。"
        )
        library.set_corrections(
            doc_id, [{"op": "heading", "para": para.index, "text": para.text, "level": 1}]
        )
    capsys.readouterr()
    assert main(["--library", lib, "outline", doc_id]) == 0
    out = capsys.readouterr().out
    assert "未找到小标题" not in out and "? " not in out
    assert "结构可信度：1.00（已人工更正）" in out
    assert main(["--library", lib, "outline", "--json", doc_id]) == 0
    data = json.loads(capsys.readouterr().out)
    data = data[0] if isinstance(data, list) else data
    assert (data["confidence"], data["doubts"], data["checked"]) == (1.0, [], "已人工更正")


def test_outline_of_a_changed_file_says_its_corrections_wait_for_a_sync(tmp_path, capsys):
    """ux47's walk: a speech corrected in the library, its file then edited: ``drafter
    outline FILE`` before a sync printed the machine's reading (结构待核) and not a word of
    the user's corrections. It still reads the file as it is, and says on stderr that the
    corrections wait for ``library sync``; after the sync they apply, 更正待复核."""
    folder = tmp_path / "texts"
    folder.mkdir()
    path = folder / "讲话.txt"
    path.write_text(UNHEADED_SPEECH, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(folder)]) == 0
    with Library.open(tmp_path / "lib") as library:
        doc_id = library.documents()[0].id
        para = next(
            p for p in library.load(doc_id).paragraphs() if p.text == "现在我来讲一讲学习问题。"
        )
        library.set_corrections(
            doc_id, [{"op": "heading", "para": para.index, "text": para.text, "level": 1}]
        )
    capsys.readouterr()
    assert main(["--library", lib, "outline", str(path)]) == 0
    assert "已人工更正" in capsys.readouterr().out
    path.write_text("这是新加的第一段，放在最前面。\n" + UNHEADED_SPEECH, encoding="utf-8")
    assert main(["--library", lib, "outline", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "已人工更正" not in out  # the file as it is
    assert "更正（1 项）" in err and "library sync" in err
    assert main(["--library", lib, "library", "sync"]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "outline", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "已人工更正" in out and "更正待复核" in out
    assert "上次同步后改动过" not in err


FIRST_NEXT = "有 2 段以“首先”“其次”等次序词开头，未当作标题"
LONG_TOP = "第一层标题多为长句，可能是正文而非标题"


def test_a_doubt_the_users_headings_answered_leaves_the_recheck_doubts():
    # 更正待复核's tooltip still said 首先/其次 were not taken as headings after the user
    # had made those very paragraphs headings; a doubt about something else stays
    text = "".join(
        f"{lead}我们要把这项工作做好，必须统一思想、明确责任、狠抓落实，不能等待观望。\n\n"
        for lead in ("今天", "首先", "其次", "另外")
    )
    doc = parse_text(text)
    doc.outline.doubts = [FIRST_NEXT, LONG_TOP]
    first = next(p for p in doc.paragraphs() if p.text.startswith("首先"))
    op = {"op": "heading", "para": first.index, "text": first.text, "level": 1, "cut": 2}
    out = apply_corrections(doc, [op]).document.outline
    assert out.machine_doubts == [LONG_TOP]
    # a heading made of another paragraph answers neither
    other = next(p for p in doc.paragraphs() if p.text.startswith("另外"))
    op = {"op": "heading", "para": other.index, "text": other.text, "level": 1, "cut": 2}
    assert apply_corrections(doc, [op]).document.outline.machine_doubts == [FIRST_NEXT, LONG_TOP]
    # replayed on the corrected document (a correction shown before it is saved) too
    corrected = apply_corrections(doc, [op]).document
    op = {"op": "heading", "para": first.index, "text": first.text, "level": 1, "cut": 2}
    assert apply_corrections(corrected, [op]).document.outline.machine_doubts == [LONG_TOP]
