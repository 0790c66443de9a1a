"""创建草稿's status line names the template as the list shows it (ux22's walk): 培训班开班式讲话
was selected and the line said 已按模板“开班式讲话”创建草稿, its file name, a template the list
does not have."""

from __future__ import annotations

from tests.ui.test_template_gallery import _gallery


def test_status_names_the_template_as_listed(qtbot):
    gallery = _gallery(qtbot)
    assert gallery.select_template("开班式讲话")
    messages: list[str] = []
    gallery.status_message.connect(messages.append)
    gallery.create_button.click()
    assert messages[-1] == "已按模板“培训班开班式讲话”创建草稿"
    assert gallery.heading.text().startswith("培训班开班式讲话")
