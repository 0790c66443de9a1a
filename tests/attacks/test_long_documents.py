"""Long documents whose numbered lists restart hundreds of times outline within the
reader's time limit.

A compilation of reports or a 工作手册 numbers 一、二、三、 again in every part; the
structure chooser once weighed every group against every run at every restart (cubic:
the same speech 400 times over took more than 10 s and the reader skipped it). Each
document here goes through the real ``drafter outline --json`` with the CPU limit set to
the time the reader allows a file of its size: going over kills the process and fails the
test. The reader's own limit (CPU time too) is lifted (``DRAFTER_READ_SECONDS``) so that
going over fails the test rather than ending the read with a message.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from drafter.corpus.bounds import read_seconds
from tests.attacks import make
from tests.attacks.harness import check_bounded, run_bounded

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
REAL_SPEECH = SHARED / "corpus" / "speeches" / "ren" / "20170206_在巴拉圭的讲话.md"


def _outline_within_the_read_limit(path: Path) -> dict:
    cpu = math.ceil(read_seconds(path))
    out = run_bounded(
        ["outline", "--json", str(path)], cpu=cpu, env={"DRAFTER_READ_SECONDS": "600"}
    )
    check_bounded(out, codes=(0,))
    return json.loads(out.stdout)


def test_a_speech_repeated_400_times_outlines_whole(tmp_path):
    path = make.text_file(tmp_path, "compiled.txt", make.GOOD_SPEECH * 400)
    doc = _outline_within_the_read_limit(path)
    top = doc["sections"]
    assert len(top) == 400 * 3  # every 一、二、三、 of every copy, none dropped
    assert [s["marker"] for s in top[:6]] == ["一、", "二、", "三、"] * 2
    assert all(s["heading"] == "狠抓工作落实" for s in top[2::3])


def test_hundreds_of_restarting_points_under_parts_outline_whole(tmp_path):
    path = make.text_file(tmp_path, "handbook.txt", make.reports_with_points(400))
    doc = _outline_within_the_read_limit(path)
    top = doc["sections"]
    assert len(top) == 400
    assert all([c["marker"] for c in s["children"]] == ["（一）", "（二）", "（三）"] for s in top)
    assert top[-1]["heading"] == "第400部分工作安排"


def test_a_real_speech_repeated_outlines_as_often_as_it_is_repeated(tmp_path):
    if not REAL_SPEECH.exists():
        pytest.skip(f"real speech not available: {REAL_SPEECH}")
    once = REAL_SPEECH.read_text(encoding="utf-8")
    single = _outline_within_the_read_limit(make.text_file(tmp_path, "once.md", once))
    per_copy = len(single["sections"])
    assert per_copy >= 2
    path = make.text_file(tmp_path, "many.md", "\n\n".join([once] * 100))
    doc = _outline_within_the_read_limit(path)
    headings = [s["heading"] for s in doc["sections"]]
    first = {s["heading"] for s in single["sections"]}
    assert len(headings) >= 50 * per_copy  # most copies keep their parts
    assert set(headings) >= first
