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

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from drafter.app import make_application, sample_files  # noqa: E402
from drafter.library import Library  # noqa: E402
from drafter.settings import Settings  # noqa: E402
from drafter.ui.main_window import MainWindow  # noqa: E402


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
    w.library_panel.view.selectRow(4)
    w.library_panel._on_activated(w.library_panel.view.currentIndex())
    wait(w.reader_panel.document_opened)
    spin(300)
    w.grab().save(str(out / "library.png"))

    # 2. A search: highlighted hits with their heading path; the first opened in the reader.
    w.search_dock.raise_()
    w.search_panel.search("以文辅政")
    wait(w.search_panel.search_finished)
    w.search_panel.results.setFocus()
    w.search_panel.open_current()
    wait(w.reader_panel.document_opened)
    spin(300)
    w.grab().save(str(out / "search.png"))

    # 3. The reader: structure by level, search terms highlighted, outline beside it.
    doc = next(d for d in library.documents() if "办公室系统" in (d.title or ""))
    w.reader_panel.open_document(doc.id, 0, ["办公室", "文稿"])
    wait(w.reader_panel.document_opened)
    item = w.reader_panel.outline.topLevelItem(2)  # after 开头 and part 一
    w.reader_panel.outline.setCurrentItem(item)
    w.reader_panel._on_outline_clicked(item)
    spin(300)
    w.grab().save(str(out / "reader.png"))

    # 4. A draft from a template with two borrowed paragraphs; the source in the reader.
    w.gallery.select_template("三个方面")
    w.gallery.create_draft()
    first = w.editor.draft.sections[0].id
    w.editor.select_key(first)
    w.search_panel.search("参谋")
    wait(w.search_panel.search_finished)
    for row in (0, 1):
        w.search_panel.results.setCurrentIndex(w.search_panel.model.index(row))
        w.search_panel.insert_current()
    source = w.editor.draft.find(first).paragraphs[-1].provenance
    w.editor.provenance_requested.emit(source.document_id, source.paragraph_index)
    wait(w.reader_panel.document_opened)
    spin(300)
    w.grab().save(str(out / "draft.png"))
    library.close()
    print(f"screenshots saved in {out}")
    app.exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images"))
