"""Run the ``drafter`` command line inside the test's own process.

Why: a ``python -m drafter …`` child costs about 1.2 s of CPU before it does anything
(imports, the corpus rules' regexes, the segmenter's dictionary), so a test that drives a
command twenty times spent most of its time starting Pythons: tests/study's notes CLI tests
took 18 CPU seconds of children for 22 commands. ``drafter.cli.main`` is what
``python -m drafter`` calls (drafter/__main__.py is ``sys.exit(main())``), so the exit code,
standard output and standard error asserted on are the same. A test about the process
itself (its imports, its encoding, a signal) still starts one: tests/test_smoke.py and
tests/study/test_study_fixtures.py's ``test_core_imports_no_qt`` do.
"""

from __future__ import annotations

import subprocess

from drafter.cli import main


def run_cli(capsys, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``drafter *argv`` through ``drafter.cli.main`` and return what a
    ``subprocess.run(..., capture_output=True, text=True)`` of ``python -m drafter`` gives:
    the exit code (argparse's refusals exit 2, as they do in a process) and the captured
    output of this call alone. ``check`` raises CalledProcessError on a non-zero code."""
    capsys.readouterr()  # what the test printed before is not this command's output
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    result = subprocess.CompletedProcess(["drafter", *argv], code, out, err)
    if check:
        result.check_returncode()
    return result
