"""Outlines of real documents against hand-checked gold files (tests/gold/*.json).

Each gold file names its source under ../shared; the test is skipped when ../shared is
absent. Groups: the seeds and structure reports (F1 >= 0.95 each, the standard they have
held since they were written); the speeches of corpus/speeches (F1 >= 0.8 each and >= 0.9
on average, the bar of issue 8); and heldout_* files, written after the rules and never
tuned on (F1 >= 0.8 each, failures listed in KNOWN_WRONG with the reason; the blind sets'
figures of record as floors in test_outline_gold_set6.py, _set7.py, _set8.py, _set9.py and _set10.py).
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
from outline_scoring import f1, heading_set

from drafter.corpus import load_document, parse_text

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
CLUTTER = re.compile(
    r"^(下载|打印|全屏|收藏|加大|还原|减小|】|【|分享[:：]?|打印本页|关闭窗口|相关报道[:：]?|首页|>|"
    r"扫一扫在手机打开当前页)$|^(来源|时间|发表时间|责任编辑|当前位置|您的位置)[:：]|\[bookmark:"
)
SENTENCE_END = tuple("。！？!?…；;：:”’」』）)》")

# Speeches whose outline is still wrong, with the reason; each is reported, not hidden.
KNOWN_WRONG: dict[str, str] = {
    # (empty since f8-rules4: set 5's gwr 1986 四、 ten principles 第一、…第十、 are read as
    # the part's points — counted by the sentence before them and filling the part)
    # set 6 (g8-set6, final blind test, scored once on main 0f25999; floors in
    # test_outline_gold_set6.py)
    # heldout6_gwr_national_1964 (0.611 blind: a news summary's subheads) is 0.973 since
    # f8-runin's news-summary rules (drafter/corpus/newsreport.py)
    # heldout6_mao_v4_022 (0.000 blind: 一、…八、 the manifesto's policies read as a list) is
    # 1.000 since the paragraph after them names them its policies (上述各项，就是本军的基本政策)
    # heldout6_ren_19980620 (0.771), heldout7_mao_v4_021 and heldout7_ren_20150923 (0.750 each)
    # turned on where a run-in heading ends; one convention since f8-runin (tests/gold/README.md,
    # "Heading extent"), which the parser follows: 1.000 each
    # set 8 (g8-set8, blind, scored once on main 1242ac3; floors in test_outline_gold_set8.py):
    # heldout8 海南 2026 (0.710 blind: 一、's theme lines read as paragraphs, their lead lines
    # at level 2) is 0.889 since f8-hier's theme lines (drafter/corpus/themes.py)
    # set 9 (g8-set9, blind, scored once on main b974c71; floors in test_outline_gold_set9.py)
    # heldout9_gwr_national_2002 (0.782 blind: the page's bold lead lines, kept in the copy as
    # a lone indent line over an unindented line, partly missed) is 0.958 since f8-lead's
    # bold layout (drafter/corpus/emphasis.py) and unnumbered part title before 一、
    # set 10 (g8-set10, blind, scored once on main 5d1fc76; floors in test_outline_gold_set10.py)
    # heldout10 天津 2026 (0.791 blind: 二、's run-in 一是…九是 after its own opening and the
    # lead-in 实现上述目标，重点从以下几个方面把握： read as a list) is 1.000 since f8-runin's
    # colon list that carries most of its part (outline._part_points); set 10 is development
    # data now, so that figure is a fit
    # set 13 (g13o, blind, scored once on main c182240; floors in test_outline_gold_set13.py)
    # heldout13_mao_v5_067 (0.000 blind: 做革命的促进派's points run 第二点…第六点, 最后一点, the
    # first point being the opening) is 1.000 since ol4: a long run of 第N点 may start at 第二
    # unannounced when each point heads paragraphs of its own, and 最后一点 ends a run of 第N点
    # set 14 (g14o, blind, scored once on main f7ea257; floors in test_outline_gold_set14.py)
    # heldout14_ren_20140311 (0.750 blind: under 三、 two run-in paragraphs 第一，…/第二，…, the
    # part's points by the gold, read as its body) is 1.000 since ol5: a run from 第一 that is
    # the only sub-structure of a numbered part is its points (sequences.sole_points; the
    # rule counted on every gold file, bench/runin_survey.py), as set 15's ren 20170224
    # set 15 (g15o, blind, scored once on main f7ea257; floors in test_outline_gold_set15.py)
    "heldout15_mao_v3_014": "0.000 blind: an editorial's two halves open 首先看国民党的军队 / "
    "其次看国民党的党务 (level 1 by the gold's hard call; its alternative was no outline)",
    # set 16 (g16o, blind, scored once on main beaf87a; floors in test_outline_gold_set16.py)
    # heldout16_ren_20080215 (0.000 blind: the points run 第二个…, 第三，, 第四，, 第五个问题 in
    # three marker shapes, the first point being the opening) is 1.000 since ol6: a run of 第N
    # in two shapes or more, run into their paragraphs, at least four long, is one run of
    # points (sequences._runin_mixed; counted on every gold file, bench/runin_survey.py)
    "heldout16_mao_v2_005": "0.769 blind: under the 八路军 part, 先说战斗情况 / 其次，战略战术问题 / "
    "其次，政治工作问题 are its level-2 points by the gold's call (a run 先说/其次/其次); read as body. "
    "No rule (ol6, bench/runin_survey.py loose runs): outside a level-2 heading the gold makes 3 "
    "runs of sequence words headings and 2 body, and speech_mao_v3_002's 首先来说…/其次来说…/"
    "其次说到… (the same shape in a numbered part) is body",
    # set 18 (g18o, blind, scored once on main 9f45282; floors in test_outline_gold_set18.py)
    "heldout18_mao_v5_054": "0.000 blind: 第一个时期…/第二个时期… periods of the party's history are "
    "prose by the gold (its annotator's call) and level-1 headings by drafter",
    # heldout18_ren_20010424 (0.400 blind: part titles ending in the small question mark ﹖,
    # which the gold drops) is 1.000 since clean.py reads small forms as the ordinary marks
    # sets 19 and 20 (g19o, g20o, blind, scored once on main 26dcc7d; floors in _set19.py, _set20.py)
    # heldout19_mao_v5_047 (0.000 blind: 序言一 / 序言二, part titles with no marker, not found) is
    # 1.000 since 81d1327 (named parts counted by a numeral), written on that miss after the scoring
    "heldout20_ren_20100910": "0.000 blind: three one-sentence theme lines standing alone are "
    "unnumbered part titles by the gold (its annotator's hard call; alternative: no outline); "
    "drafter leaves them as body (the bold forms find them)",
    # sets 21 and 22 (g21o, g22o, blind, scored once on main 1ee4a10; floors in _set21.py, _set22.py)
    # heldout21_ren_20070703 (0.815 blind: numbered questions 12（…）…15（…） missed) and
    # heldout21_mao_v2_031_2 (0.000 blind: part numerals and a space run into their paragraphs,
    # 二 最近日汪协定…, 三　为了力争…, the run starting at 二) are 1.000 since ol10's rules for
    # numbers written without their mark (session 30), written on those misses after the scoring
    # sets 23 and 24 (g23o, g24o, blind, scored once on main dabfdc2; floors in _set23.py, _set24.py):
    # every text 1.000 blind and at the release, none here
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
