"""A reuse finding names an untitled library document by its file's name, not its path.

Walking the office head's path on a library of real speeches, one without a title line
(it opens with 同志们：) was named by its whole path, run into the paragraph number:
本段约100%（150字）与资料库中/tmp/…/003_e00d83e4667ee5ea.txt第2段相同 — hard to read, and
the office's folders went into every comment 转为批注 made of it and sent back to the
writer. Now: 与资料库中文件“003_e00d83e4667ee5ea.txt”第2段相同. A titled document is still
named by its title.
"""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.library import Library
from drafter.review.engine import review_draft
from drafter.review.reuse import ReuseIndex

PASSAGE = (
    "全县农村公路建设要坚持建管养运并重，今年新改建农村公路一百二十公里，"
    "实现所有行政村通硬化路，群众出行难问题得到根本缓解。"
)


def test_untitled_source_is_named_by_its_file_name(tmp_path):
    folder = tmp_path / "各单位来稿" / "交通局"
    folder.mkdir(parents=True)
    source = folder / "003_e00d83e4667ee5ea.txt"
    source.write_text(f"同志们：\n今天召开这次会议。\n{PASSAGE}\n谢谢大家！\n", encoding="utf-8")
    library = Library.open(tmp_path / "lib", workers=1)
    try:
        list(library.add([source]))
        index = ReuseIndex.open(library)
        list(index.update())
        draft = Draft(
            meta=DraftMeta(title="在全县交通工作会议上的讲话", date="2026-03-01"),
            sections=[DraftNode("抓好农村公路", [DraftParagraph(PASSAGE)])],
        )
        (found,) = [
            f for f in review_draft(draft, reuse=index).findings if f.rule == "reuse.copied"
        ]
        index.close()
    finally:
        library.close()
    assert "文件“003_e00d83e4667ee5ea.txt”第" in found.message
    assert "各单位来稿" not in found.message and str(tmp_path) not in found.message
