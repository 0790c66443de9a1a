"""The reader's own state while a document the user chose cannot be read because the team
library's server is away: the document chosen, why it is not shown, and that it opens by
itself when the server answers. Before, the reader kept the previous document with only
无法打开文稿：… in the status line, and the user had to remember to click again.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, over its ``view``,
:meth:`~drafter.ui.panels.reader_panel.ReaderPanel.clear`, ``_library``, ``status_message`` and
:meth:`~drafter.ui.panels.reader_loading.ReaderLoading.open_document`; the window calls
:meth:`open_waiting` when the server answers again.
"""

from __future__ import annotations

import html
from typing import Any

WAITING_STATUS = "所选文稿将在团队资料库恢复连接后自动打开。"


def waiting_html(name: str, why: str) -> str:
    """The reader's page for a document waiting for the server: its name, why it is not
    shown now and that it will open by itself (rich text, centred like the empty page)."""
    reason = f"<p style='color:#888'>{html.escape(why)}</p>" if why else ""
    return (
        "<div style='color:#444;margin-top:40px' align='center'>"
        f"<p style='font-size:16px'><b>{html.escape(name)}</b></p>"
        "<p>团队资料库连接中断，这篇文稿现在无法显示。</p>"
        "<p>服务器恢复连接后会自动打开，不用再点一次；"
        "也可以点窗口上方横幅里的「重试」。</p>"
        f"{reason}</div>"
    )


class ReaderWaiting:
    """The waiting state and its reopening (see the module docstring)."""

    #: (document id, the open_document keywords) of the document waiting for the server
    _waiting: tuple[str, dict] | None = None
    #: the name the library's list gives a document id ("" when it does not list it): set
    #: by the window, so the waiting page names what the user chose
    name_of: Any = None

    @property
    def waiting_for(self) -> str:
        """The id of the document waiting for the server to open ("" for none)."""
        return self._waiting[0] if self._waiting else ""

    def wait_for_server(self, doc_id: str, why: str, options: dict) -> None:
        """Show that ``doc_id`` cannot be read now (the server is away: ``why``) and keep
        it to open when the server answers (:meth:`open_waiting`), with the same
        ``options`` (paragraph, terms, status) it was asked with."""
        self._waiting = (doc_id, dict(options))
        name = self.name_of(doc_id) if self.name_of is not None else ""
        # the reason without the library's whole address before it (the banner names it)
        where = str(getattr(self._library, "location", "") or "")
        if where and why.startswith(where):
            why = why[len(where) :].lstrip(":： ")
        self.clear()
        self.view.setHtml(waiting_html(name or f"所选文稿（编号 {doc_id}）", why))
        self.status_message.emit(WAITING_STATUS)

    def open_waiting(self) -> bool:
        """Open the document that waited for the server (it answers again); whether there
        was one. Another document shown meanwhile (a file opened directly) forgot it."""
        if self._waiting is None:
            return False
        doc_id, options = self._waiting
        self._waiting = None
        self.open_document(doc_id, **options)
        return True

    def forget_waiting(self) -> None:
        """A document is shown: none waits any longer."""
        self._waiting = None
