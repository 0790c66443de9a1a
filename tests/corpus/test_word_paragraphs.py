"""Word paragraphs are paragraphs: re-joining only undoes hard breaks pasted into Word."""

from __future__ import annotations

import docx

from drafter.corpus import load_document

BODY = (
    "今年以来，全区上下认真贯彻落实区委决策部署，围绕中心、服务大局，各项工作取得了新的进展，"
    "经济运行总体平稳，民生保障持续加强，社会大局和谐稳定，为全年目标任务的完成打下了坚实基础。"
)


def _write(path, paragraphs):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_a_paragraph_without_final_punctuation_stays_a_paragraph(tmp_path):
    # Scraped text sometimes loses its last characters; in Word each paragraph is still one.
    path = _write(
        tmp_path / "a.docx",
        ["在全区工作会议上的讲话", "同志们：", BODY[:-1] + "，经济社会发展迈上新台阶", BODY],
    )
    texts = [p.text for p in load_document(path).paragraphs()]
    assert BODY in texts
    assert any(t.endswith("迈上新台阶") for t in texts)


def test_text_pasted_into_word_with_hard_breaks_is_joined(tmp_path):
    lines = [BODY[i : i + 30] for i in range(0, len(BODY), 30)] * 3
    path = _write(tmp_path / "b.docx", ["在全区工作会议上的讲话", "同志们：", *lines])
    body = [p.text for p in load_document(path).paragraphs() if p.part != "preamble" or p.text]
    assert max(len(t) for t in body) > 60  # the 30-character lines were glued back together
