"""One template in the gallery: its heading and description, the form of its parameters
(values kept per template), the outline it renders previewed, a render error said under
the preview, and the draft made from it.

A mixin of :class:`~drafter.ui.panels.template_gallery.TemplateGallery` (over its form,
preview, error line and create button), kept apart so the gallery's list, filters and
loading read on their own."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QListWidgetItem,
    QTreeWidgetItem,
)

from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.numbering import markers
from drafter.templating import (
    TemplateError,
    render_template,
)
from drafter.templating.messages_zh import TemplateMessage, explain, explain_error

USER_MARK = "★"

log = logging.getLogger(__name__)


def message_details(said: list[TemplateMessage]) -> str:
    """The original words of the reasons said only by their kind, for a tooltip ("" when every
    reason was known)."""
    lines = [m.detail for m in said if m.detail]
    return "详细信息（原文）：\n" + "\n".join(lines) if lines else ""


def echoes_title(name: str, title: str) -> bool:
    """Whether a template's ``name`` only repeats its ``title``: the name the app suggests
    for 以此文为模板 (仿在全区……, cut at 24 characters) beside the title it writes
    (仿《在全区……的讲话》结构). A name the writer typed (四勤模板, ``template from … -o
    四勤模板``) does not, and the list shows it: the gallery showed only the title, and the
    name the writer had just chosen was nowhere to be found."""
    plain = title.replace("《", "").replace("》", "")
    return name == title or plain.startswith(name)


class TemplatePreview:
    """The template the gallery shows and its preview (see the module docstring)."""

    def _show_template(self, item: QListWidgetItem | None) -> None:
        self._keep_values()
        info = self.current_info() if item is not None else None
        self._shown_name = info.name if info is not None else None
        if info is None:
            self.heading.setText("没有符合条件的模板")
            self.description.setText(
                "换一个分类或清除筛选词。也可以在阅读器中把一篇范文的结构“存为模板”，"
                "它会出现在“我的模板”里。"
            )
            self.form.set_params([])
            self.preview.clear()
            self._set_error("")
            self.create_button.setEnabled(False)
            return
        title = info.title or info.name
        named = "" if echoes_title(info.name, title) else f"：{info.name}"
        mark = "" if info.builtin else f"  {USER_MARK} 自定义{named}"
        self.heading.setText(f"{info.title or info.name}{mark}")
        lines = [info.description]
        if info.occasion:
            lines.append(f"适用场合：{info.occasion}")
        self.description.setText("\n".join(s for s in lines if s))
        self.form.set_params(info.params)
        self.form.set_values(self._values_by_template.get(info.name, {}))
        # the form takes the height it needs (up to a limit); the preview gets the rest
        self.form_scroll.setFixedHeight(min(self.form.preferred_height(), 300))
        self.refresh_preview()

    def _keep_values(self) -> None:
        """Remember what the form holds for the template it shows, so viewing another
        template and coming back does not lose the writer's entries."""
        name = self._shown_name
        if name is not None:
            self._values_by_template[name] = self.form.values()

    def _schedule_preview(self) -> None:
        self._keep_values()
        self._preview_timer.start()

    def values(self) -> dict:
        """The parameter values as filled in, ready for rendering: the preview and the draft
        made from the template render with them, so the draft is the one previewed."""
        return self.form.values()

    def refresh_preview(self) -> Draft | None:
        """Render the current template with the form's values into the preview."""
        self._preview_timer.stop()
        info = self.current_info()
        self.preview.clear()
        self._draft = None
        if info is None:
            return None
        try:
            draft = render_template(info, self.values(), self.user_dir)
        except TemplateError as exc:
            said = explain_error(exc, self.user_dir)
            self._set_error(f"模板无法生成提纲：{said.text}", said.detail)
            self.create_button.setEnabled(False)
            return None
        except Exception as exc:  # a user template must never take the app down
            said = explain(f"{info.path}: {exc}", self.user_dir, type(exc).__name__)
            self._set_error(f"模板无法生成提纲：{said.text}", said.detail)
            self.create_button.setEnabled(False)
            return None
        self._set_error("")
        self._draft = draft
        self._fill_preview(draft)
        self.create_button.setEnabled(True)
        return draft

    def _fill_preview(self, draft: Draft) -> None:
        marks = markers(draft)
        if draft.meta.title:
            top = QTreeWidgetItem([draft.meta.title, ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.preview.addTopLevelItem(top)
        opening = QTreeWidgetItem(["开头", ""])
        opening.setToolTip(0, draft.opening_hint)
        self.preview.addTopLevelItem(opening)

        def add(parent, nodes: list[DraftNode]) -> None:
            for node in nodes:
                heading = f"{marks.get(node.id, '')}{node.heading}"
                item = QTreeWidgetItem([heading, node.example])
                item.setToolTip(0, f"{heading}\n\n写作提示：{node.hint}" if node.hint else heading)
                item.setToolTip(1, node.example)
                if parent is None:
                    self.preview.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                add(item, node.children)

        add(None, draft.sections)
        closing = QTreeWidgetItem(["结尾", ""])
        closing.setToolTip(0, draft.closing_hint)
        self.preview.addTopLevelItem(closing)
        self.preview.expandAll()

    def _set_error(self, text: str, detail: str | None = None) -> None:
        """Show (or with "" hide) the line under the preview; the original words of a reason
        said only by its kind go to its tooltip and the log, not into the Chinese line."""
        self.error.setText(text)
        self.error.setToolTip(message_details([TemplateMessage(text, detail)]))
        self.error.setVisible(bool(text))
        if detail:
            log.info("template error detail: %s", detail)

    def create_draft(self) -> Draft | None:
        """Render afresh and emit ``draft_created`` (each call gives a new, independent draft)."""
        draft = self.refresh_preview()
        if draft is None:
            return None
        # the preview's draft must not be shared with the editor: render a fresh one
        fresh = render_template(self.current_info(), self.values(), self.user_dir)
        self.draft_created.emit(fresh)
        # the name the list and the heading show (培训班开班式讲话), not the file's (开班式讲话)
        info = self.current_info()
        shown = (info.title or info.name) if info else self.current_name()
        self.status_message.emit(f"已按模板“{shown}”创建草稿")
        return fresh
