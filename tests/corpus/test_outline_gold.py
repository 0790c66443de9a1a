"""Outlines of real documents against hand-checked gold files (tests/gold/*.json).

Each gold file names its source under ../shared; the test is skipped when ../shared is
absent. Groups: the seeds and structure reports (F1 >= 0.95 each, the standard they have
held since they were written); the speeches of corpus/speeches (F1 >= 0.8 each and >= 0.9
on average, the bar of issue 8); and heldout_* files, written after the rules and never
tuned on (F1 >= 0.8 each, failures listed in KNOWN_WRONG with the reason; the blind sets'
figures of record as floors in test_outline_gold_sets.py, a row a set).
Levels 1 and 2 are judged; a heading is compared as marker + text without whitespace or
note marks. The body must carry no web clutter, and no body paragraph of a seed or report may
stop in mid-sentence.
"""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest
from outline_scoring import (
    apparatus_in_body,
    apparatus_kept,
    closing_right,
    f1,
    gold_closing_index,
    heading_set,
)
from test_outline_gold_sets import known_wrong

from drafter.corpus import load_document, parse_text

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
CLUTTER = re.compile(
    r"^(下载|打印|全屏|收藏|加大|还原|减小|】|【|分享[:：]?|打印本页|关闭窗口|相关报道[:：]?|首页|>|"
    r"扫一扫在手机打开当前页)$|^(来源|时间|发表时间|责任编辑|当前位置|您的位置)[:：]|\[bookmark:"
)
SENTENCE_END = tuple("。！？!?…；;：:”’」』）)》")

# Speeches whose outline is still wrong, with the reason; each is reported, not hidden. The
# blind sets' (heldout6_ onwards) are their rows' xfails in test_outline_gold_sets.py, beside
# the notes on those fixed since their blind scoring.
KNOWN_WRONG: dict[str, str] = {
    # (empty since f8-rules4: set 5's gwr 1986 四、 ten principles 第一、…第十、 are read as
    # the part's points — counted by the sentence before them and filling the part)
    **known_wrong(),
}


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _is_speech(path: Path) -> bool:
    return _gold(path)["source"].startswith("corpus/speeches/")


def _load(gold: dict, shared: Path):
    path = shared / gold["source"]
    if path.suffix == ".txt":
        return parse_text(path.read_text(encoding="utf-8-sig"), gold["source"])
    return load_document(path)  # Markdown: the reader takes # headings and > quotes


def test_enough_gold_files() -> None:
    sources = [_gold(p)["source"] for p in GOLD_FILES]
    assert sum(s.startswith("seeds/") for s in sources) == 3
    assert sum(s.startswith("corpus/structure/") for s in sources) >= 8
    speeches = [s for s in sources if s.startswith("corpus/speeches/")]
    assert len(speeches) >= 25
    assert sum("/mao/" in s for s in speeches) >= 10 and sum("/ren/" in s for s in speeches) >= 10
    assert len(sources) >= 40


def test_f1_helper() -> None:
    assert f1({(1, "a"), (1, "b")}, {(1, "a"), (1, "b")}) == 1.0
    assert f1({(1, "a"), (1, "b")}, {(1, "a")}) == pytest.approx(2 / 3)
    assert f1({(1, "a")}, {(2, "a")}) == 0.0


def test_closing_and_apparatus_scoring() -> None:
    """The helpers the floors rest on: a closing is judged by where it starts, a gold file
    without the fields is not judged, and apparatus is found by kind."""
    gold = {"closing": "同志们！全面建设", "apparatus": []}
    assert closing_right(gold, ["同志们！ 全面建设小康社会……"]) is True
    assert closing_right(gold, ["各位代表！山东是……"]) is False
    assert closing_right(gold, []) is False
    assert closing_right({"closing": None}, []) is True
    assert closing_right({"closing": None}, ["谢谢大家！"]) is False
    assert closing_right({}, ["谢谢大家！"]) is None
    # a salutation the report repeats: the gold's line decides which one is meant
    source = "报告\n各位代表！\n国防……\n各位代表！\n让我们……\n"
    paragraphs = ["各位代表！", "国防……", "各位代表！", "让我们……"]
    gold = {"closing": "各位代表！", "closing_line": 2}
    assert closing_right(gold, paragraphs[2:]) is True  # first characters alone
    assert closing_right(gold, paragraphs[2:], paragraphs, source) is False
    assert closing_right(gold, paragraphs, paragraphs, source) is True
    assert gold_closing_index({**gold, "closing_line": 4}, paragraphs, source) == 2
    # a 结束语 line titles the closing: its words start under it
    assert closing_right({"closing": "各位代表！"}, ["结束语", "各位代表！", "让我们……"]) is True
    gold = {
        "apparatus": [
            {"kind": "chrome", "first": "下载"},
            {"kind": "marks", "first": "[1]"},
            {"kind": "notes", "first": "【导  读】任正非一"},
            {"kind": "endnotes", "first": "注释"},
        ]
    }
    left = apparatus_in_body(gold, ["下载文件的办法如下。", "正文[1]。", "【导读】任正非一次说"])
    assert [i["kind"] for i in left] == ["marks", "notes"]
    assert [i["kind"] for i in apparatus_in_body(gold, ["注释", "下载"])] == ["chrome", "endnotes"]
    assert apparatus_kept(gold, {"notes": ["任正非一次跟管理顾问聊天"], "endnotes": []}) == (1, 2)


@pytest.fixture(params=GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def gold_case(request, shared_dir: Path):
    gold = _gold(request.param)
    return gold, _load(gold, shared_dir)


def test_headings_match_gold(gold_case, request) -> None:
    gold, doc = gold_case
    name = request.node.callspec.params["gold_case"].stem  # the id escapes non-ASCII (海南)
    if name in KNOWN_WRONG:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_WRONG[name], strict=False))
    expected = heading_set(gold["sections"])
    found = heading_set(doc.outline.sections)
    score = f1(expected, found)
    missing = sorted(expected - found)[:5]
    extra = sorted(found - expected)[:5]
    # the seeds and reports have held 0.95 since they were written; the speeches and the
    # held-out files (written after the rules, never tuned on) the bar of 0.8
    original = not name.startswith("heldout") and not gold["source"].startswith("corpus/speeches/")
    bar = 0.95 if original else 0.8
    assert score >= bar, f"F1 {score:.3f}; missing {missing}; extra {extra}"


def test_speeches_mean_f1(shared_dir: Path) -> None:
    """The average over every speech with a gold file, the known-wrong ones included."""
    scores = {}
    for path in GOLD_FILES:
        gold = _gold(path)
        if gold["source"].startswith("corpus/speeches/"):
            doc = _load(gold, shared_dir)
            scores[path.stem] = f1(heading_set(gold["sections"]), heading_set(doc.outline.sections))
    mean = statistics.mean(scores.values())
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:5]
    assert mean >= 0.9, f"mean F1 {mean:.3f} over {len(scores)} speeches; worst {worst}"


def test_no_clutter_in_body(gold_case) -> None:
    _, doc = gold_case
    left = [p.text for p in doc.paragraphs() if CLUTTER.search(p.text)]
    assert not left


@pytest.fixture(
    params=[p for p in GOLD_FILES if not _is_speech(p) and not p.stem.startswith("heldout")],
    ids=lambda p: p.stem,
)
def report_case(request, shared_dir: Path):
    gold = _gold(request.param)
    return gold, _load(gold, shared_dir)


def test_no_broken_sentences(report_case) -> None:
    _, doc = report_case
    broken = [
        p.text
        for p in doc.paragraphs()
        if not p.is_heading and p.part == "body" and not p.text.endswith(SENTENCE_END)
    ]
    assert not broken, broken[:3]
