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

import json
import subprocess
import textwrap

from drafter.cli import main

#: A ``python -c`` child that runs several ``drafter`` commands one after the other through
#: drafter.cli.main as :func:`run_cli` does (argparse's exit codes, a traceback in standard
#: error and code 1 for what escapes ``main`` as it would from a process), given the argument
#: lists as one JSON argument, and prints ``[code, stdout, stderr]`` of each as a JSON list.
#: For a test that needs its commands in another process for another reason than the process
#: itself (run as another user, on a read-only folder): one child's start, not one a command.
CHILD = textwrap.dedent(
    """
    import contextlib, io, json, sys, traceback
    from drafter.cli import main
    results = []
    for argv in json.loads(sys.argv[1]):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except BaseException:
                traceback.print_exc()
                code = 1
        results.append([code, out.getvalue(), err.getvalue()])
    print(json.dumps(results))
    """
)


def child_args(*argvs: list[str]) -> list[str]:
    """The arguments after the interpreter that run ``argvs`` in a :data:`CHILD`."""
    return ["-c", CHILD, json.dumps(argvs)]


def child_results(done: subprocess.CompletedProcess, *argvs: list[str]):
    """The :data:`CHILD`'s results, one ``CompletedProcess`` a command of ``argvs``, after
    asserting the child itself ran clean (exit 0, nothing in its own standard error: nothing
    went wrong at its exit either)."""
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    return [
        subprocess.CompletedProcess(["drafter", *argv], code, out, err)
        for argv, (code, out, err) in zip(argvs, json.loads(done.stdout), strict=True)
    ]


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
