"""What passes between the search, the reader and the draft through the main window: a hit
opened in the reader (its terms highlighted) or inserted into the draft, a selection of the
reader inserted with its provenance, a draft paragraph's source (引用出处 › 打开) found
again even after its file changed, and the reader's document made a user template.

A part of :class:`~drafter.ui.main_window.MainWindow` (a mixin over the panels and docks
its constructor sets; ``_source_read`` is the window's :class:`~drafter.ui.library_reads.LatestRead`
whose answer comes to :meth:`WindowSources._source_found`).
"""

from __future__ import annotations

from typing import Any

from drafter.ui.widgets.text_prompt import ask_name


class WindowSources:
    """The window's traffic between search, reader and draft (see the module docstring)."""

    def _open_hit(self, hit: Any) -> None:
        """A search hit opened in the reader at its paragraph, with the terms it matched and
        the search box's terms highlighted: the writer sees why it was found."""
        terms = {hit.text[s:e] for s, e in hit.highlights} | self.search_panel.current_terms()
        self._open_in_reader(str(hit.document.id), hit.paragraph_index, terms)

    def _open_in_reader(
        self, doc_id: str, paragraph_index: int | None = None, terms=(), asked: bool = True
    ) -> None:
        """Open ``doc_id`` in the reader, unfolding it first (it is folded away while a
        draft is written) so the document opened is also seen; ``asked`` False when the
        terms are the search box's, not the ones the user opened the document for."""
        self.unfold_reader()
        self.reader_dock.raise_()
        self.reader_panel.open_document(doc_id, paragraph_index, terms, terms_asked=asked)

    def _open_source(self, doc_id: str, paragraph_index: int) -> None:
        """引用出处 → 打开: the source document, or, when its id is gone (its file changed, so
        its id did), the document now at the path the draft noted with the borrowed text, at
        the paragraph that still holds that text (it said 无法打开文稿 before). Looked up on
        a worker for a team library (:mod:`drafter.ui.library_reads`)."""
        library = self.library
        if library is None:
            self._open_in_reader(doc_id, paragraph_index)
            return
        prov = self._provenance_of(doc_id, paragraph_index)
        self._source_read.run(
            library,
            lambda: (doc_id, paragraph_index, _source_now(library, doc_id, paragraph_index, prov)),
        )

    def _source_found(self, found: tuple) -> None:
        """Open what :meth:`_open_source` looked up."""
        doc_id, paragraph_index, now = found
        if now is True:  # the id is still there (or the library could not say)
            self._open_in_reader(doc_id, paragraph_index)
            return
        if now is None:
            self.show_status("出处文稿已不在资料库中（原文仍保存在稿件的引用出处里）。")
            return
        doc_id, paragraph_index = now
        said = "出处文稿的文件改动过，打开的是现在的版本。"
        self.unfold_reader()
        self.reader_dock.raise_()
        self.reader_panel.open_document(doc_id, paragraph_index, status=said)

    def _provenance_of(self, doc_id: str, index: int) -> Any:
        """The provenance the draft noted for the paragraph it borrowed from ``doc_id`` at
        ``index`` (None when no paragraph of the draft names it)."""
        draft = self.editor.draft
        paragraphs = [*draft.opening, *(p for n in draft.walk() for p in n.paragraphs)]
        paragraphs += draft.closing
        return next(
            (
                p.provenance
                for p in paragraphs
                if p.provenance is not None
                and p.provenance.document_id == doc_id
                and p.provenance.paragraph_index == index
            ),
            None,
        )

    def _insert_hit(self, hit: dict) -> None:
        """A search hit inserted into the draft, the draft brought forward to show where."""
        self.draft_dock.raise_()
        self.editor.insert_hit(hit)

    def _insert_text(self, text: str, provenance: dict) -> None:
        """The reader's selection inserted into the draft with its provenance (so 引用出处
        can open it again), the draft brought forward to show where."""
        self.draft_dock.raise_()
        self.editor.insert_text(text, provenance)

    def _template_from_document(self, _doc_key: str) -> None:
        """以此文为模板: the reader's document becomes a user template, shown in the gallery."""
        document = self.reader_panel.document
        if document is None or self.gallery is None:
            return
        if self.library is None:
            self.show_status("资料库正在加载，稍候再试。")
            return
        from drafter.corpus.display import document_title

        title = document_title(document).rstrip("…")  # 仿各位代表… not 仿文稿
        name = self._ask_template_name(f"仿{title[:24]}")
        if name and self.gallery.save_document_as_template(document, name) is not None:
            self._show_gallery()

    def _ask_template_name(self, default: str) -> str:
        """The new template's name, offered without the characters a file name cannot hold
        (the template is saved as a file); "" when the user cancels. Tests replace it."""
        for bad in '\\/:*?"<>|':
            default = default.replace(bad, "")
        name, ok = ask_name(
            self,
            "以此文为模板",
            "把本文的提纲结构（各级标题）做成模板。",
            "模板名称（将出现在模板库的“我的模板”中）：",
            default,
        )
        return name if ok else ""


def _source_now(library: Any, doc_id: str, index: int, prov: Any) -> Any:
    """Where a draft's source is now (read where :meth:`WindowSources._open_source` says):
    True while ``doc_id`` is in the library (or the library cannot say: the id is tried),
    else (id, paragraph) of the document now at the path noted in ``prov``, at the
    paragraph nearest ``index`` holding the borrowed text (else ``index``), else None."""
    try:
        if library.document(doc_id) is not None:
            return True
    except Exception:  # noqa: BLE001 - a library that cannot answer: try the id
        return True
    if prov is None or not prov.path:
        return None
    try:
        info = library.document_at(prov.path)
        if info is None:
            return None
        texts = [p.text for p in library.load(info.id).paragraphs()]
    except Exception:  # noqa: BLE001 - said as "not in the library" by the caller
        return None
    found = [i for i, t in enumerate(texts) if prov.original_text and prov.original_text in t]
    return info.id, min(found, key=lambda i: abs(i - index)) if found else index
