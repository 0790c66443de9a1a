"""What a ``drafter`` command imports before it works: only what it uses.

Why: every command builds the whole parser (each ``drafter.commands.*`` module registers
its sub-command), so a heavy import at the top of any command module, or in a package's
``__init__``, was paid by all of them. On main before this test, ``drafter --help`` imported
211 drafter modules (616 in all: the reader pipeline, the index builder with Whoosh and
jieba, every study frame finder, python-docx) and ``drafter outline --json 报告.txt`` 284
(689), about 1.2 s of CPU before the command did anything; the test suite starts hundreds of
such children. No timing here: the sets of modules are what regress.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# What a command's start must not bring in unless it uses it (the second element of each
# pair is why it is heavy).
HEAVY = {
    "drafter.corpus.load": "every reader and cleaning rule",
    "drafter.library.backend": "the library, its index and catalogue",
    "drafter.library.build": "the index builder",
    "drafter.study.analyze": "every study frame finder",
    "drafter.study.bookends": "the opening and closing finders",
    "drafter.export.docx": "the Word exporter",
    "drafter.review": "the review rules",
    "whoosh": "the search index",
    "jieba": "the segmenter",
    "docx": "python-docx",
    "lxml": "the XML parser",
}

CHILD = """
import contextlib, io, json, sys
from drafter.cli import build_parser, main
argv = json.loads(sys.argv[1])
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    if argv:
        code = main(argv)
    else:
        build_parser()
        code = 0
print(json.dumps([code, sorted(sys.modules)]))
"""


def _modules_after(argv: list[str], tmp_path) -> set[str]:
    """The modules a fresh interpreter holds after ``drafter ARGV`` (only the parser built
    when ``argv`` is empty), with no library: a library a test machine happens to have
    would be opened and rightly bring in its backend."""
    code, modules = _child(CHILD, json.dumps(argv), tmp_path)
    assert code == 0, argv
    return set(modules)


def _child(code: str, arg: str, tmp_path) -> list:
    """The JSON a fresh interpreter running ``code`` with ``arg`` prints last, with no
    library named (see :func:`_modules_after`)."""
    env = dict(os.environ, DRAFTER_LIBRARY=str(tmp_path / "no-library"))
    out = subprocess.run(
        [sys.executable, "-c", code, arg],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    return json.loads(out.splitlines()[-1])


def _heavy(modules: set[str]) -> list[str]:
    return sorted(
        f"{name} ({why})"
        for name, why in HEAVY.items()
        if any(m == name or m.startswith(name + ".") for m in modules)
    )


def test_building_the_parser_imports_no_heavy_module(tmp_path):
    """``drafter --help`` (and the start of every command) lists the commands without
    importing what any of them does."""
    modules = _modules_after([], tmp_path)
    assert "drafter.commands.outline" in modules  # the parser was built
    assert _heavy(modules) == []


# What a command that does not study, export or open a library must leave out: not only the
# heavy modules above but the packages themselves (their models are dozens of dataclasses).
# Each of these came in through a command module's top-level import or a package's
# ``__init__`` before every command's parser was built from light modules.
PACKAGES_NOT_USED = {
    "drafter.study": "the study (only the note colours' module)",
    "drafter.export": "the exporters (only the format and style names)",
    "drafter.library": "the library and its model",
    "drafter.drafts": "the draft model (only the title block's field names)",
}
LIGHT = {"drafter.study.note_options", "drafter.export.style_names", "drafter.drafts.title_fields"}


@pytest.mark.parametrize(
    ("argv", "unused"),
    [
        pytest.param([], sorted(PACKAGES_NOT_USED), id="parser"),
        # outline checks whether FILE is a draft and names the library's errors: only the
        # study and the exporters are foreign to it
        pytest.param(
            ["outline", "--json", "报告.txt"], ["drafter.export", "drafter.study"], id="outline"
        ),
    ],
)
def test_a_command_imports_no_package_it_does_not_use(argv, unused, tmp_path):
    """``drafter --help`` (the parser every command builds) imports neither the study, the
    exporters, the library nor the draft model, and ``drafter outline --json FILE`` neither
    the study nor the exporters: each command's module imports what it runs inside the
    function that runs it, and a package's ``__init__`` imports nothing heavy."""
    (tmp_path / "报告.txt").write_text(
        "关于做好办公室工作的讲话\n\n同志们：\n\n今天我们召开会议。\n", encoding="utf-8"
    )
    modules = _modules_after(argv, tmp_path) - LIGHT
    loaded = sorted(
        f"{name} ({PACKAGES_NOT_USED[name]})"
        for name in unused
        if any(m.startswith(name + ".") for m in modules)
    )
    assert loaded == []


def test_outline_json_of_a_text_file_imports_the_reader_only(tmp_path):
    """``drafter outline --json 报告.txt`` reads one text file: the corpus loader and the
    plain-text reader, none of the other readers, the library, the study or the exporter."""
    path = tmp_path / "报告.txt"
    path.write_text(
        "关于做好办公室工作的讲话\n\n同志们：\n\n今天我们召开会议。\n", encoding="utf-8"
    )
    modules = _modules_after(["outline", "--json", str(path)], tmp_path)
    assert "drafter.corpus.readers.text" in modules  # the file was read
    assert _heavy(modules) == ["drafter.corpus.load (every reader and cleaning rule)"]
    readers = sorted(m for m in modules if m.startswith("drafter.corpus.readers."))
    assert readers == ["drafter.corpus.readers.encoding", "drafter.corpus.readers.text"]


def test_export_to_markdown_imports_no_word_exporter(tmp_path):
    """``drafter export 报告.txt -o 报告.md`` writes Markdown: the Word exporter (python-docx,
    lxml) stays out. It came in through the format table, which names the Word class."""
    path = tmp_path / "报告.txt"
    path.write_text(
        "关于做好办公室工作的讲话\n\n同志们：\n\n今天我们召开会议。\n", encoding="utf-8"
    )
    modules = _modules_after(["export", str(path), "-o", str(tmp_path / "报告.md")], tmp_path)
    assert (tmp_path / "报告.md").is_file()
    assert _heavy(modules) == ["drafter.corpus.load (every reader and cleaning rule)"]


OPEN_EMPTY = """
import json, sys
from drafter.library.model import NoLibraryHere
from drafter.library.opener import open_library
try:
    open_library(sys.argv[1], create=False)
    said = None
except NoLibraryHere as exc:
    said = str(exc)
print(json.dumps([said, sorted(sys.modules)]))
"""


def test_no_library_here_is_told_without_the_backend(tmp_path):
    """A folder that holds no library, opened without creating one ($DRAFTER_LIBRARY naming
    it for ``drafter review FILE``), is told apart by its missing catalogue before the
    backend (Whoosh, jieba, every reader) is imported, with the backend's own message."""
    said, modules = _child(OPEN_EMPTY, str(tmp_path), tmp_path)
    assert said == f"{tmp_path}: no Drafter library here"
    assert _heavy(set(modules)) == []
