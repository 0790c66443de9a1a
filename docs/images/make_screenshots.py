"""Retake the README screenshots of real use: the sample corpus in a fresh library, a
search with highlighted hits, the reader with its outline, a draft from a template.

    .venv/bin/python docs/images/make_screenshots.py docs/images

Run from the project root; needs a CJK font (fonts-noto-cjk) for readable images.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from drafter.library import Library  # noqa: E402
from drafter.settings import Settings  # noqa: E402
from drafter.ui.application import make_application  # noqa: E402
from drafter.ui.main_window import MainWindow  # noqa: E402
from drafter.ui.models.draft_model import OPENING  # noqa: E402
from drafter.ui.startup import sample_files  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(signal, ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_args: loop.quit())
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    tmp = Path(tempfile.mkdtemp(prefix="drafter-shots-"))
    w = MainWindow(Settings(), tmp / "settings.toml", recovery_dir=tmp / "recovery")
    w.editor.confirm_close = lambda: True
    w.resize(1440, 900)
    w.show()
    library = Library.open(tmp / "library")
    w.set_library(library)

    # 1. The library with the sample corpus, one document open in the reader.
    w.library_panel.import_paths(sample_files(Path("corpus").resolve()))
    wait(w.library_panel.import_finished)
    w.library_dock.raise_()
    columns = [w.search_dock, w.reader_dock, w.draft_dock]
    w.resizeDocks(columns, [640, 480, 320], Qt.Orientation.Horizontal)  # whole titles
    w.library_panel.view.selectRow(4)
    w.library_panel._on_activated(w.library_panel.view.currentIndex())
    wait(w.reader_panel.document_opened)
    spin(300)
    w.grab().save(str(out / "library.png"))

    # 2. A search: highlighted hits with their heading path; one opened in the reader.
    w.resizeDocks(columns, [420, 560, 460], Qt.Orientation.Horizontal)
    w.search_dock.raise_()
    w.search_panel.search("营商环境")
    wait(w.search_panel.search_finished)
    w.search_panel.results.setFocus()
    w.search_panel.results.setCurrentIndex(w.search_panel.model.index(2))
    w.search_panel.open_current()
    wait(w.reader_panel.document_opened)
    spin(300)
    w.grab().save(str(out / "search.png"))

    # 3. The reader: structure by level, search terms highlighted, outline beside it.
    w.search_panel.search("办公室 文稿")
    wait(w.search_panel.search_finished)
    doc = next(d for d in library.documents() if "办公室系统" in (d.title or ""))
    w.reader_panel.open_document(doc.id, 0, ["办公室", "文稿"])
    wait(w.reader_panel.document_opened)
    item = w.reader_panel.outline.topLevelItem(2)  # after 开头 and part 一
    w.reader_panel.outline.setCurrentItem(item)
    w.reader_panel._on_outline_clicked(item)
    spin(300)
    w.grab().save(str(out / "reader.png"))

    # 4. A draft from a template, as a writer builds it: the parameters filled in, the
    #    first sub-headings named, two paragraphs borrowed from the library (their sources
    #    listed under the text), an opening typed, the hints beside the text.
    w.gallery.select_template("三个方面")
    for name, value in (
        ("title", "在全区优化营商环境工作会议上的讲话"),
        ("occasion", "全区优化营商环境工作会议"),
        ("topic", "优化营商环境"),
    ):
        w.gallery.form.editor(name).setText(value)
    spin(400)  # the preview follows the form after a short pause
    w.gallery.create_draft()
    w.draft_dock.raise_()
    w.resizeDocks(
        [w.search_dock, w.reader_dock, w.draft_dock], [300, 340, 800], Qt.Orientation.Horizontal
    )
    draft = w.editor.draft
    for name, value in (("speaker", "张某某"), ("post", "区长"), ("date", "2025-03-06")):
        w.editor.meta.edits[name].setText(value)
        w.editor.meta.field_edited.emit(name, value)  # as typing does
    w.editor.insert_text(
        "同志们：今天召开全区优化营商环境工作会议，主要任务是总结去年工作，"
        "部署今年重点任务。下面，我讲三点意见。",
        key=OPENING,
    )
    first = draft.sections[0]
    for child, heading in zip(
        first.children, ("营商环境就是生产力、竞争力", "优化营商环境关键在落实"), strict=False
    ):
        w.editor.session.rename(child.id, heading)
    w.editor.select_key(first.children[0].id)
    w.search_panel.search("营商环境 生产力")
    wait(w.search_panel.search_finished)
    w.search_panel.results.setCurrentIndex(w.search_panel.model.index(0))
    w.search_panel.insert_current()
    w.editor.select_key(first.children[0].id)
    w.search_panel.search("营商环境 落实")
    wait(w.search_panel.search_finished)
    body = next(
        row
        for row in range(w.search_panel.model.rowCount())
        if not w.search_panel.model.hit_at(row).is_heading
    )
    w.search_panel.results.setCurrentIndex(w.search_panel.model.index(body))
    w.search_panel.insert_current()
    w.editor.select_key(first.children[0].id)
    source = first.children[0].paragraphs[-1].provenance
    w.editor.provenance_requested.emit(source.document_id, source.paragraph_index)
    wait(w.reader_panel.document_opened)
    spin(400)
    w.grab().save(str(out / "draft.png"))
    library.close()
    print(f"screenshots saved in {out}")
    app.exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images"))
