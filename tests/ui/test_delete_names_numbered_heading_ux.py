"""删除 names the heading as the outline shows it, number included (ux22's walk).

Deleting the template slot 四是…… from a draft made from 开班式讲话 said 已删除“……”（可撤销）:
the slot's words are only the ellipsis, so the message did not say which of the four went.
"""

from __future__ import annotations

from drafter.settings import Settings
from drafter.templating import render_template


def test_deleting_a_slot_names_it_with_its_number(make_editor):
    panel = make_editor(Settings(autosave_seconds=0))
    panel.set_draft(render_template("开班式讲话"), unsaved=True, ask=False)
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    third = panel.draft.sections[0].children[2]
    panel.select_key(third.id)
    panel.delete_action.trigger()
    assert messages[-1] == "已删除“三是……”（可撤销）"
    assert len(panel.draft.sections[0].children) == 2
