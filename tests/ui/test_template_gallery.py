"""The template gallery: every built-in listed, a live preview, a draft created, errors inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from drafter.drafts.model import Draft
from drafter.templating import list_templates
from drafter.ui.panels.template_gallery import MINE, TemplateGallery
from drafter.ui.panels.template_params import ListEditor

from .waits import WAIT_MS

GOOD_USER_TEMPLATE = """+++
name = "我的两点意见"
title = "我的两点意见"
category = "讲话"
occasion = "小型会议"
description = "自己常用的两点结构"

[[params]]
name = "topic"
label = "主题"
default = "调研"
+++
# 关于{{ topic }}的讲话
- 充分肯定{{ topic }}成绩
@ 先肯定
- 明确{{ topic }}下步任务
"""

BROKEN_FRONT_MATTER = "+++\nname = \n+++\n# 标题\n"

RENDERS_BADLY = """+++
name = "坏模板"
title = "坏模板"
category = "讲话"
occasion = ""
description = ""
+++
# {{ missing_value }}
"""


def _gallery(qtbot, user_dir=None) -> TemplateGallery:
    gallery = TemplateGallery(user_dir)
    qtbot.addWidget(gallery)
    gallery.resize(1000, 600)
    gallery.show()
    return gallery


def _preview_lines(gallery: TemplateGallery) -> list[str]:
    out = []

    def walk(item):
        out.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(gallery.preview.topLevelItemCount()):
        walk(gallery.preview.topLevelItem(i))
    return out


def test_lists_every_builtin_by_category(qtbot):
    gallery = _gallery(qtbot)
    assert gallery.objectName() == "templateGallery"
    builtins = list_templates()
    assert gallery.templates.count() == len(builtins) >= 9
    categories = gallery.category_names()
    assert categories[0] == "全部模板" and "讲话" in categories and MINE not in categories
    assert gallery.select_category("报告")
    names = [
        gallery.templates.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(gallery.templates.count())
    ]
    assert names and all(t.category == "报告" for t in builtins if t.name in names)
    gallery.select_category("全部模板")
    gallery.filter.setText("不存在的模板名")
    assert gallery.templates.count() == 0
    assert "没有符合条件的模板" in gallery.heading.text()
    assert not gallery.create_button.isEnabled()


def test_form_follows_params_and_preview_updates(qtbot):
    gallery = _gallery(qtbot)
    assert gallery.select_template("N个坚持")
    form = gallery.form
    assert isinstance(form.editor("count"), QSpinBox)
    assert isinstance(form.editor("style"), QComboBox)
    assert isinstance(form.editor("run_in"), QCheckBox)
    assert isinstance(form.editor("title"), QLineEdit)
    assert form.editor("count").maximum() == 10
    lines = _preview_lines(gallery)
    assert sum(line.startswith("第") for line in lines) == 5
    form.editor("count").setValue(7)
    qtbot.waitUntil(
        lambda: sum(x.startswith("第") for x in _preview_lines(gallery)) == 7, timeout=WAIT_MS
    )
    form.editor("style").setCurrentText("一是")
    gallery.refresh_preview()
    assert any(x.startswith("七是") for x in _preview_lines(gallery))


def test_list_parameter_and_create_draft(qtbot):
    gallery = _gallery(qtbot)
    gallery.select_template("数字递进")
    editor = gallery.form.editor("words")
    assert isinstance(editor, ListEditor)
    assert editor.items()[:2] == ["一个原则", "两个畅通"]
    editor.list.setCurrentRow(editor.list.count() - 1)
    editor.remove_button.click()
    gallery.refresh_preview()
    with qtbot.waitSignal(gallery.draft_created, timeout=WAIT_MS) as blocker:
        gallery.create_button.click()
    draft = blocker.args[0]
    assert isinstance(draft, Draft)
    assert len(draft.sections) == 4
    assert draft.template == "数字递进"
    # each click gives an independent draft
    assert gallery.create_draft() is not draft


def test_user_templates_are_marked_and_broken_ones_shown_inline(qtbot, tmp_path):
    (tmp_path / "我的两点意见.j2").write_text(GOOD_USER_TEMPLATE, encoding="utf-8")
    (tmp_path / "读不了.j2").write_text(BROKEN_FRONT_MATTER, encoding="utf-8")
    (tmp_path / "坏模板.j2").write_text(RENDERS_BADLY, encoding="utf-8")
    gallery = _gallery(qtbot, tmp_path)
    assert gallery.problems.isVisible()
    assert "读不了.j2" in gallery.problems.text()
    assert gallery.select_category(MINE)
    labels = [gallery.templates.item(i).text() for i in range(gallery.templates.count())]
    assert len(labels) == 2 and all("★" in label and "自定义" in label for label in labels)
    assert gallery.select_template("我的两点意见")
    assert "★" in gallery.heading.text()
    assert _preview_lines(gallery)[0] == "关于调研的讲话"
    assert gallery.select_template("坏模板")
    assert gallery.error.isVisible()
    assert "坏模板.j2" in gallery.error.text()
    assert not gallery.create_button.isEnabled()
    assert gallery.create_draft() is None


def test_save_document_as_template(qtbot, tmp_path):
    from drafter.corpus.model import Document, Metadata, Outline, Section

    doc = Document(
        path=str(tmp_path / "范文.txt"),
        format="txt",
        metadata=Metadata(title="在全县农村工作会议上的讲话"),
        outline=Outline(
            sections=[
                Section(heading="统一思想", marker="一、", level=1),
                Section(heading="突出重点", marker="二、", level=1),
            ]
        ),
        raw_text="",
    )
    gallery = _gallery(qtbot, tmp_path / "templates")
    messages = []
    gallery.status_message.connect(messages.append)
    path = gallery.save_document_as_template(doc, "农村工作")
    assert path is not None and path.exists(), messages
    assert gallery.current_name() == "农村工作"
    # the original headings are kept, to edit (and stay the slots' examples); the title is
    # the writer's own to write
    first = gallery.preview.topLevelItem(1)
    assert first.text(0) == "一、统一思想" and first.text(1) == "统一思想"
    assert gallery.form.editor("title").text() == ""


def test_form_entries_survive_viewing_another_template(qtbot):
    """Regression (issue 12, item 10): edits in the parameter form were lost when another
    template was viewed and the writer came back."""
    gallery = _gallery(qtbot)
    assert gallery.select_template("N个坚持")
    gallery.form.editor("title").end(False)
    gallery.form.editor("title").insert("改过")  # as typed (QTest cannot type Chinese)
    gallery.form.editor("count").setValue(7)
    gallery.form.editor("style").setCurrentText("一是")
    assert gallery.select_template("三个方面")
    assert "改过" not in gallery.form.editor("title").text()
    assert gallery.select_template("N个坚持")
    assert gallery.form.editor("title").text().endswith("改过")
    assert gallery.form.editor("count").value() == 7
    assert gallery.form.editor("style").currentText() == "一是"
    gallery.refresh_preview()
    assert any(x.startswith("七是") for x in _preview_lines(gallery))


def test_long_headings_wrap_and_show_whole_on_hover(qtbot):
    """Headings were cut to about eight characters until the divider was dragged."""
    gallery = _gallery(qtbot)
    assert gallery.select_template("三个方面")
    gallery.resize(560, 600)
    qtbot.wait(50)  # the rows are laid out again after the resize
    preview = gallery.preview
    items = [preview.topLevelItem(i) for i in range(preview.topLevelItemCount())]
    longest = max(items, key=lambda it: len(it.text(0)))
    short = next(it for it in items if it.text(0) == "开头")
    assert longest.toolTip(0).startswith(longest.text(0))
    tall = preview.visualRect(preview.indexFromItem(longest)).height()
    one = preview.visualRect(preview.indexFromItem(short)).height()
    width = preview.fontMetrics().horizontalAdvance(longest.text(0))
    assert width > preview.columnWidth(0)  # it does not fit on one line ...
    assert tall >= 2 * one - 6  # ... so it wraps instead of being cut
