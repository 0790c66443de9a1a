"""Reading cost in instructions: callgrind's count for reading a fixed set of scale files.

parse_bench's MB/s and parse_costs' CPU seconds move with the machine's load (other
processes evict the caches, the clock steps down), so on a shared machine a 3% change
drowns in noise. The number of instructions a run executes does not depend on load: this
runs Python under ``valgrind --tool=callgrind`` twice, once paying only the start-up (the
imports, the word cutter's dictionary and parse_bench's warm-up reads) and once doing the
same and then reading a fixed, evenly spread list of ``--files`` scale documents, and
prints the difference: the instructions those documents' reading took.

    .venv/bin/python bench/parse_instructions.py                  # 35 files, the default
    .venv/bin/python bench/parse_instructions.py --files 70
    .venv/bin/python bench/parse_instructions.py --keep /tmp/cg   # keep the callgrind files

Run it from each checkout to compare (each takes a few minutes of CPU: valgrind runs
Python some 50 times slower). A C-level breakdown of a kept file is
``callgrind_annotate /tmp/cg/read.out``; for Python functions use parse_samples.py.

How steady the count is (perf59, two runs of one checkout at load 13-16): start-up 4285.7 M
and 4285.8 M, reading 387.5 M and 387.3 M (0.05%). What differs is address-dependent work —
obmalloc's arenas, the type attribute cache (keyed by the name's address), dict probes.
The reading time limit's alarm (at six seconds by the wall clock, which a read under
valgrind on a busy machine can pass) rang once in each child of the first run (started
under ``nice``) and in neither child of the second: a ring is a re-armed alarm, some
thousands of instructions, not the 3-4 M drift seen in session 51. A run says when it
rang. The children write no bytecode file: one child reading a module's
``__pycache__`` file the other wrote while it compiled that module would move the count by
the compiler's millions of instructions (an empty pycache prefix, to compile everything
from source, was tried and dropped: it compiles the standard library too, start-up 5844 M
instead of 4286 M, and the reading's figure stayed within 0.6 M).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def chosen(count: int) -> list[Path]:
    """``count`` scale files spread evenly over the sorted corpus, always the same ones."""
    from parse_bench import DEFAULT_CORPUS, pick_files

    files = pick_files(DEFAULT_CORPUS, 1.0, None)
    step = len(files) / count
    return [files[int(i * step)] for i in range(count)]


def child(count: int, read: bool) -> None:
    """What runs under valgrind: the start-up, then (``read``) the documents."""
    from parse_bench import warm_up

    from drafter.corpus import ReadError, load_document

    files = chosen(count)
    warm_up(files[::-1])  # other files than the first ones read below would be fine too
    if read:
        for path in files:
            with contextlib.suppress(ReadError):
                load_document(path)


def start(out: Path, count: int, read: bool) -> subprocess.Popen:
    """Start one child under callgrind (hash seed fixed: set order moves the count; no
    bytecode file written: see the module doc)."""
    cmd = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "read" if read else "warm",
        "--files",
        str(count),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)


def collected(run: subprocess.Popen) -> int:
    """Wait for a child and return its instruction count."""
    _, err = run.communicate()
    found = re.search(r"Collected\s*:\s*(\d+)", err)
    if run.returncode or not found:
        raise SystemExit(f"parse_instructions: valgrind failed:\n{err[-2000:]}")
    return int(found.group(1))


# CPython's C-level signal handler, as callgrind names it (inlined or not)
_RANG = re.compile(rb"^c?fn=\(\d+\) (?:signal_handler|trip_signal)$", re.M)


def alarm_rang(out: Path) -> bool:
    """Whether a signal reached Python in the child that wrote ``out``: the reading time
    limit's alarm, whose handler's work the count then holds (see the module doc)."""
    with contextlib.suppress(OSError):
        return _RANG.search(out.read_bytes()) is not None
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=35, help="how many scale files to read")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep callgrind files")
    parser.add_argument("--child", choices=["warm", "read"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.files, args.child == "read")
        return 0
    if not shutil.which("valgrind"):
        print("parse_instructions: valgrind not found (apt-get install valgrind)", file=sys.stderr)
        return 2
    from parse_bench import DEFAULT_CORPUS

    if not DEFAULT_CORPUS.is_dir():
        print(
            f"parse_instructions: {DEFAULT_CORPUS} not found (../shared is needed)", file=sys.stderr
        )
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="parse_instructions-"))
    folder.mkdir(parents=True, exist_ok=True)
    # the two runs side by side: instruction counts do not mind sharing the machine
    runs = [
        start(folder / "warm.out", args.files, False),
        start(folder / "read.out", args.files, True),
    ]
    warm, full = (collected(run) for run in runs)
    rang = [name for name in ("warm", "read") if alarm_rang(folder / f"{name}.out")]
    size = sum(p.stat().st_size for p in chosen(args.files))
    print(f"start-up {warm / 1e6:.1f} M, with reading {full / 1e6:.1f} M instructions")
    print(
        f"reading {args.files} files ({size / 1e3:.0f} KB): {(full - warm) / 1e6:.1f} M "
        f"instructions, {(full - warm) / size:.0f} per byte"
    )
    if rang:
        print(
            f"the reading time limit's alarm rang in the {' and '.join(rang)} run: its "
            "handler's instructions are counted; compare on a quieter machine"
        )
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
