"""A numbered item taken from a source text is numbered in its new place in the draft
(9.“数商兴农”… after the draft's （1）（2） becomes （3）…), the draft's items after it move on,
a lone item with no list around loses its stale number, and a run copied together is
numbered from one. The real item is read from ../shared at run time (the notes on terms at
the end of a 2026 provincial report, 9. and 10. of a list of 14)."""

from __future__ import annotations

import re

import pytest

from drafter.drafts.list_numbers import fit_numbers


@pytest.mark.parametrize(
    "existing, at, inserted, want, following",
    [
        # after the draft's item: its style, the next number
        (["（1）加强领导。", "（2）压实责任。"], 2, ["9.甲行动。"], ["（3）甲行动。"], {}),
        # before the draft's second item: its place, the rest move on
        (
            ["（1）甲。", "（2）乙。", "（3）丙。"],
            1,
            ["9.丁。"],
            ["（2）丁。"],
            {1: "（3）乙。", 2: "（4）丙。"},
        ),
        # a paragraph without a number inside an item is part of it
        (["1. 甲", "说明", "2. 乙"], 1, ["（七）丁"], ["2. 丁"], {2: "3. 乙"}),
        (["一是加强领导。"], 1, ["9.甲行动。"], ["二是甲行动。"], {}),
        (["第一，甲。"], 1, ["（七）丁。"], ["第二，丁。"], {}),
        # an item and the paragraph after it, copied together
        (["（1）甲。"], 1, ["9. 乙", "补充。", "10.丙"], ["（2）乙", "补充。", "（3）丙"], {}),
        # no list around: a lone item's number is the source's, dropped
        (["今年要做好三件事。"], 1, ["9.甲行动。"], ["甲行动。"], {}),
        (["首先，甲。"], 1, ["（七）丁。"], ["丁。"], {}),
        ([], 0, ["一、加强党的建设"], ["加强党的建设"], {}),
        # a run copied into no list: numbered from one in its own style
        ([], 0, ["9.甲。", "10.乙。"], ["1.甲。", "2.乙。"], {}),
        # nothing numbered: as it was
        (["（1）甲。"], 1, ["2025年，全市经济回升。"], ["2025年，全市经济回升。"], {}),
        (["（1）甲。"], 1, ["三、四月份雨水偏多。"], ["三、四月份雨水偏多。"], {}),
    ],
)
def test_fit_numbers(existing, at, inserted, want, following):
    fitted = fit_numbers(existing, at, inserted)
    assert fitted.inserted == want
    assert fitted.following == following


def _items(shared_dir) -> dict[int, str]:
    path = shared_dir / "corpus/structure/gwr_province_2026_江西省.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    lines = path.read_text(encoding="utf-8").splitlines()
    found = {int(m[1]): line.strip() for line in lines if (m := re.match(r"\s*(\d+)\.“", line))}
    assert {9, 10} <= set(found), "the report's notes on terms are no longer numbered"
    return found


def test_a_real_item_in_a_draft_list(shared_dir):
    items = _items(shared_dir)
    nine = items[9]
    body = nine.split(".", 1)[1]  # “数商兴农”行动：…
    fitted = fit_numbers(["（1）加强领导。", "（2）压实责任。"], 2, [nine])
    assert fitted.inserted == ["（3）" + body]
    assert fitted.markers == ["（3）"]
    assert fit_numbers(["今年要做好三件事。"], 1, [nine]).inserted == [body]
    run = fit_numbers([], 0, [items[9], items[10]]).inserted
    assert [t[:2] for t in run] == ["1.", "2."]
    assert run[1][2:] == items[10].split(".", 1)[1]
