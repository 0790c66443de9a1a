"""做成模板 in the 结构 panel: a structure mined from the library, with one of its examples,
becomes a user template (numbering kept as in the example), made on a worker and then
shown selected in the gallery's 我的模板.

A part of :class:`~drafter.ui.study.controller.StudyController` (a mixin over its
``window`` and the ``_template_name``/``_template_title`` its constructor sets).
"""

from __future__ import annotations

from typing import Any

from drafter.corpus.display import book_title
from drafter.messages import failure_text
from drafter.study.templates import StructureError, file_name, structure_template
from drafter.ui.errors import show_error
from drafter.ui.study.jobs import start_job
from drafter.ui.study.structures_panel import shown_label
from drafter.ui.widgets.text_prompt import ask_name


class TemplateFromStructure:
    """The study controller's 做成模板 (see the module docstring)."""

    def make_template(self, structure: Any, example: Any) -> None:
        """做成模板: the example's structure becomes a user template (numbering kept)."""
        library, window = self.window.library, self.window
        user_dir = window.user_template_dir()
        if library is None or user_dir is None:
            return
        count = len(example.items)
        what = "项" if structure.kind == "frame" else "个并列标题"
        source = example.name or example.title or "例文"
        label = shown_label(structure)  # 坚持××, as the panel's row says it
        name, ok = ask_name(
            window,
            "做成模板",
            f"把“{label}”做成模板（例文：{book_title(source)}，编号照原文）。",
            "模板名称（出现在“我的模板”中）：",
            text=f"{label}（{count}{what}）",
        )
        if not ok or not name:
            return
        # the gallery lists a template by its title: the words typed here, not a made-up one
        stem = file_name(name)

        def job(_token):
            from drafter.templating.registry import save_user_template

            doc = library.load(example.doc_id)
            source = structure_template(
                doc, example.paragraph, stem, title=name, items=example.items
            )
            return save_user_template(source, stem, user_dir)

        self._template_name, self._template_title = stem, name
        start_job(job, self._on_template_made, self._on_template_failed)

    def _on_template_made(self, path: Any) -> None:
        # where the user finds it, not the file under the user folder (…/模板名.j2): the
        # gallery lists it by its title under 我的模板, and is brought forward just below
        window, name = self.window, self._template_name
        window.show_status(f"已生成模板“{self._template_title}”，见「模板」页的“我的模板”")
        gallery = getattr(window, "gallery", None)
        if gallery is not None:
            gallery.reload(select=name)
            window._show_gallery()

    def _on_template_failed(self, message: str, exc: object) -> None:
        if isinstance(exc, StructureError):
            show_error(self.window, str(exc))
        else:  # a core message (a bad template name …) said in Chinese
            detail = failure_text(message, exc)
            show_error(self.window, f"无法生成模板：{detail}")
