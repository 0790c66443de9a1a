"""A family of headings that ends with 。 as the text's habit keeps its stop.

Government work reports set their （一）… and unmarked lead lines as sentences run into
the paragraph in print; a web copy that breaks the line after them keeps the 。. The
review flagged each as 单独成行的标题末尾不加句号: the 13th Congress report's （二）…（七）
(15 of its 16 such headings end so), 广东 2026's seven 这是…的五年。, a seed's three
（一）充分认识…。. Three or more headings of one family ending with 。, all but one in ten
(or all but one, when five or more have it), some longer than a label, are the text's
style; two alike, a family that mixes, or stops after labels (总体要求。) stay flagged.
The texts here are made up in the same shapes.
"""

from __future__ import annotations

import pytest
from holdout import skip_held_out

from drafter.corpus import load_document
from drafter.review import ReviewConfig, review_document
from drafter.review.registry import RULES
from drafter.review.text import document_from_lines

BODY = "要抓好落实，确保各项任务按期完成。"


def _flagged(heads: list[str]) -> list[str]:
    lines = ["一、总体部署"]
    for h in heads:
        lines += [h, BODY]
    cfg = ReviewConfig(disabled={r for r in RULES if r != "punctuation.heading_stop"})
    found = review_document(document_from_lines(lines), cfg).findings
    return [f.text for f in found]


STATEMENTS = [
    "（一）推动重要领域改革取得新突破。",
    "（二）开创高水平对外开放新局面。",
    "（三）增强内需拉动经济的主引擎作用。",
    "（四）促进农业现代化和农村改革发展。",
    "（五）加快转变政府职能。",
]


def test_a_habit_of_statements_keeps_its_stop():
    assert _flagged(STATEMENTS[:3]) == []
    # five of six: the one without is the odd one, not the five with it
    assert _flagged(STATEMENTS + ["（六）持续改善生态环境"]) == []


def test_slips_are_still_flagged():
    # two alike: too few to call a habit
    assert len(_flagged(STATEMENTS[:2])) == 2
    # a family that mixes: two of four
    mixed = STATEMENTS[:2] + ["（三）增强内需拉动经济的主引擎作用", "（四）促进农业现代化"]
    assert len(_flagged(mixed)) == 2
    # labels, however many: a stop after 总体要求 is a slip each time
    labels = ["（一）总体要求。", "（二）重点任务。", "（三）保障措施。"]
    assert len(_flagged(labels)) == 3


@pytest.mark.shared
def test_real_reports_keep_their_heading_stops(shared_dir):
    """Where the walk met them; a text in the session's hold-out is skipped."""
    rels = [
        "corpus/structure/cpc_congress_13.txt",
        "corpus/structure/gwr_province_2026_广东省.txt",
        "seeds/003_e00d83e4667ee5ea.txt",
    ]
    paths = skip_held_out([shared_dir / rel for rel in rels], shared_dir)
    if not paths:
        pytest.skip("all three texts are in the session's hold-out")
    for path in paths:
        found = review_document(load_document(path)).findings
        assert not [f for f in found if f.rule == "punctuation.heading_stop"], path.name
