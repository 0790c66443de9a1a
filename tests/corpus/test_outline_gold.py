"""Outlines of real documents against hand-checked gold files (tests/gold/*.json).

Each gold file names its source under ../shared; the test is skipped when ../shared is
absent. Headings of levels 1 and 2 must be found with F1 >= 0.95 per document, the body must
carry no web clutter, and no body paragraph may stop in mid-sentence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from outline_scoring import f1

from drafter.corpus import parse_text
from drafter.corpus.model import Section

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
CLUTTER = re.compile(
    r"^(下载|打印|全屏|收藏|加大|还原|减小|】|【|分享[:：]?|打印本页|关闭窗口|相关报道[:：]?|首页|>|"
    r"扫一扫在手机打开当前页)$|^(来源|时间|发表时间|责任编辑|当前位置|您的位置)[:：]|\[bookmark:"
)
SENTENCE_END = tuple("。！？!?…；;：:”’」』）)》")


def _norm(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def _headings(sections: list, max_level: int = 2) -> set[tuple[int, str]]:
    out: set[tuple[int, str]] = set()

    def visit(s: dict | Section) -> None:
        d = s.to_json() if isinstance(s, Section) else s
        if d["level"] <= max_level:
            out.add((d["level"], _norm(d["marker"] + d["heading"])))
        for child in d.get("children", []):
            visit(child)

    for s in sections:
        visit(s)
    return out


def test_enough_gold_files() -> None:
    sources = [json.loads(p.read_text(encoding="utf-8"))["source"] for p in GOLD_FILES]
    assert sum(s.startswith("seeds/") for s in sources) == 3
    assert sum(s.startswith("corpus/structure/") for s in sources) >= 8


def test_f1_helper() -> None:
    assert f1({(1, "a"), (1, "b")}, {(1, "a"), (1, "b")}) == 1.0
    assert f1({(1, "a"), (1, "b")}, {(1, "a")}) == pytest.approx(2 / 3)
    assert f1({(1, "a")}, {(2, "a")}) == 0.0


@pytest.fixture(params=GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def gold_case(request, shared_dir: Path):
    gold = json.loads(request.param.read_text(encoding="utf-8"))
    doc = parse_text((shared_dir / gold["source"]).read_text(encoding="utf-8-sig"), gold["source"])
    return gold, doc


def test_headings_match_gold(gold_case) -> None:
    gold, doc = gold_case
    expected = _headings(gold["sections"])
    found = _headings(doc.outline.sections)
    score = f1(expected, found)
    missing = sorted(expected - found)[:5]
    extra = sorted(found - expected)[:5]
    assert score >= 0.95, f"F1 {score:.3f}; missing {missing}; extra {extra}"


def test_no_clutter_in_body(gold_case) -> None:
    _, doc = gold_case
    left = [p.text for p in doc.paragraphs() if CLUTTER.search(p.text)]
    assert not left


def test_no_broken_sentences(gold_case) -> None:
    _, doc = gold_case
    broken = [
        p.text
        for p in doc.paragraphs()
        if not p.is_heading and p.part == "body" and not p.text.endswith(SENTENCE_END)
    ]
    assert not broken, broken[:3]
