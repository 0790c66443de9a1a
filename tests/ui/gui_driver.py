"""Run the real ``drafter gui`` in this process and play a user against it (for tests).

Usage: ``python gui_driver.py MODE [gui options]``, where MODE is

* ``edit:TEXT`` - once the draft given with ``--open`` is shown, type TEXT at the end of
  its first section as an input method commits it, then print ``EDITED`` and keep running (the
  test then sends a signal);
* ``edit-close:TEXT`` - type as above, then close the window as a user does and print
  ``PROMPT <title>`` once the 保存/不保存/取消 question is up (nobody answers it);
* ``ask-only`` - wait for the recovery question, print ``ASKED <title> | <text>`` and
  leave it unanswered (the test then sends a signal);
* ``recover`` - wait for the recovery question of a new start, print ``ASKED <title>``,
  click 恢复, print ``TEXT <the first section's text>`` and quit without prompts.

The app itself is not changed: the driver only finds its window and presses keys and
buttons, the way a user at the screen would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter.cli import main as cli_main
from drafter.ui.application import make_application


def say(line: str) -> None:
    """One line to the test, flushed at once."""
    print(line, flush=True)


def main_window():
    """The app's main window, once it exists."""
    from drafter.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def type_when_ready(text: str, then_close: bool = False) -> None:
    """Type ``text`` into the first section of the opened draft, then report EDITED (and
    with ``then_close`` close the window, leaving its question unanswered)."""
    window = main_window()
    if window is None or not window.editor.draft.sections:
        QTimer.singleShot(100, lambda: type_when_ready(text, then_close))
        return
    editor = window.editor
    editor.select_key(editor.draft.sections[0].id)
    box = editor.editor
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    for char in text:  # committed by an input method, as Chinese is typed
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(box, event)
    QApplication.processEvents()
    say("EDITED" if editor.session.dirty else "NOT-DIRTY")
    if then_close:
        QTimer.singleShot(0, report_prompt)
        window.close()  # blocks in the question's own loop until the signal comes


def report_prompt() -> None:
    """Report the question the close put up, once it is on screen."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(100, report_prompt)
        return
    say(f"PROMPT {box.windowTitle()}")


def recover_when_asked(answer: bool = True) -> None:
    """Answer the recovery question with 恢复 (or not at all) and report what came back."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(100, lambda: recover_when_asked(answer))
        return
    say(f"ASKED {box.windowTitle()} | {box.text()}")
    if not answer:
        return
    button = next(b for b in box.buttons() if b.text() == "恢复")
    QTimer.singleShot(0, lambda: report_recovered())
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def report_recovered() -> None:
    """Print the recovered first section and leave (a clean exit keeps the recovery)."""
    window = main_window()
    editor = window.editor
    editor.select_key(editor.draft.sections[0].id)
    say(f"DIRTY {editor.session.dirty}")
    say(f"TEXT {editor.editor.toPlainText()}")
    QApplication.instance().exit(0)


def main(argv: list[str]) -> int:
    """Schedule the user's part, then hand over to ``drafter gui``."""
    mode, gui_args = argv[0], argv[1:]
    make_application()
    if mode.startswith("edit:"):
        QTimer.singleShot(0, lambda: type_when_ready(mode[len("edit:") :]))
    elif mode.startswith("edit-close:"):
        QTimer.singleShot(0, lambda: type_when_ready(mode[len("edit-close:") :], True))
    elif mode == "recover":
        QTimer.singleShot(0, recover_when_asked)
    elif mode == "ask-only":
        QTimer.singleShot(0, lambda: recover_when_asked(False))
    else:
        raise SystemExit(f"unknown mode {mode}")
    return cli_main(["gui", *gui_args])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
