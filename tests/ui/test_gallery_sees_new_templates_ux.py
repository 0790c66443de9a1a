"""模板: a template saved while the app was open — ``drafter template from DOC -o 名称`` in a
terminal, or a colleague's .j2 copied into the library's templates folder — was not listed
until the app was restarted. The gallery reads the folder again when it is shown and the
folder changed; the writer's place in the list is kept when nothing changed."""

from __future__ import annotations

from drafter.templating import save_user_template
from drafter.ui.panels.template_gallery import TemplateGallery

SOURCE = '+++\nname = "{name}"\n+++\n# 在全县工作会议上的讲话\n## 一是……\n## 二是……\n'


def _names(gallery) -> list[str]:
    return [gallery.templates.item(i).text() for i in range(gallery.templates.count())]


def test_a_template_saved_while_hidden_is_listed_when_shown_again(qtbot, tmp_path):
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    gallery = TemplateGallery(user_dir)
    qtbot.addWidget(gallery)
    gallery.show()
    before = _names(gallery)
    assert not any("动员会" in n for n in before)
    gallery.hide()
    save_user_template(SOURCE.format(name="动员会"), "动员会", user_dir)
    gallery.show()
    assert any("动员会" in n for n in _names(gallery))


def test_showing_again_with_nothing_new_keeps_the_chosen_category(qtbot, tmp_path):
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    save_user_template(SOURCE.format(name="座谈会"), "座谈会", user_dir)
    gallery = TemplateGallery(user_dir)
    qtbot.addWidget(gallery)
    gallery.show()
    gallery.categories.setCurrentIndex(gallery.categories.count() - 1)  # 我的模板
    chosen = gallery.categories.currentText()
    gallery.hide()
    gallery.show()
    assert gallery.categories.currentText() == chosen


def test_two_templates_of_one_title_are_told_apart_by_their_names(qtbot, tmp_path):
    """以此文为模板 twice on one speech (or once in the app, once with ``drafter template
    from``): both were listed as ★ 仿《做革命的促进派》结构（自定义）, one line twice."""
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    titled = '+++\nname = "{name}"\ntitle = "仿《讲话》结构"\n+++\n# 讲话\n## 一是……\n'
    for name in ("促进派", "仿讲话"):
        save_user_template(titled.format(name=name), name, user_dir)
    gallery = TemplateGallery(user_dir)
    qtbot.addWidget(gallery)
    gallery.show()
    mine = [n for n in _names(gallery) if "仿《讲话》结构" in n]
    assert sorted(mine) == [
        "★ 仿《讲话》结构（自定义：仿讲话）",
        "★ 仿《讲话》结构（自定义：促进派）",
    ]


def test_a_template_the_writer_named_is_listed_with_that_name(qtbot, tmp_path):
    """``drafter template from 讲话.txt -o 四勤模板`` (or a name typed over the app's
    suggestion) titles the template 仿《…》结构: the list showed that title alone, and the
    writer looking for 四勤模板 did not find it. A name that only repeats the title (the
    app's suggestion, 仿讲话) is not shown twice."""
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    titled = '+++\nname = "{name}"\ntitle = "仿《{title}》结构"\n+++\n# 讲话\n## 一是……\n'
    save_user_template(titled.format(name="四勤模板", title="开班式讲话"), "四勤模板", user_dir)
    save_user_template(titled.format(name="仿表彰会讲", title="表彰会讲话"), "仿表彰会讲", user_dir)
    gallery = TemplateGallery(user_dir)
    qtbot.addWidget(gallery)
    gallery.show()
    mine = [n for n in _names(gallery) if n.startswith("★")]
    assert sorted(mine) == [
        "★ 仿《开班式讲话》结构（自定义：四勤模板）",
        "★ 仿《表彰会讲话》结构（自定义）",
    ]
    assert gallery.select_template("四勤模板")
    assert gallery.heading.text().endswith("自定义：四勤模板")
