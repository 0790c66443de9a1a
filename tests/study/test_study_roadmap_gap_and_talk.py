"""Roadmaps with one paragraph before their parts, and two spoken forms inside a part (session 44).

* A pointer (…作如下表态。 / …提出以下建议，请大会予以审议。 / 现将…报告如下，请予评议。) ending the
  lead's last paragraph but one, when the lead's last paragraph (an opening summary, the whole
  task in one sentence) announces nothing itself: the pointer still points at the sections
  numbered from 1 after it — and, in running text, at the numbered paragraphs after the plain
  one. A paragraph between that points ahead itself (…今年要着重抓好以下工作：) is the one the
  parts belong to, and the pointer before it stays no roadmap. A counted announcement in running
  text (下面，我讲三点意见。) likewise takes the numbered run past one plain paragraph, where
  it took the plain paragraph and the first two of the run (counted_paragraphs).
* 我有三点启示和大家分享 (the speaker's views offered to those he speaks to) and 我挑几个有代表性的
  单位讲一讲 (he picks that many of something to speak of: the picked ones are the parts).
* 这样 before a colon (是这样分配的：) over a list laid out a line an item, each line closing on a
  semicolon and the last on a stop: the lines are the parts (gwr 1955, a real miss; +1 roadmap
  in the sweep, the only one).

On the real texts of ../shared (760 non-law texts swept before and after) the first form adds one
roadmap, gwr 1983's 需要提出以下建议，请大会予以审议。 over （一）…（五）, read and right; gwr 1998's
提出如下建议。 (its next paragraph ends 今年要着重抓好以下工作：) and 1988's 讲一讲…目标、方针和重点
(its next paragraph ends 着重考虑了以下几点。) stay out. The two spoken forms occur in no real
text: general readings fitted on the seventh blind modern set after it was scored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from holdout import skip_held_out

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap import roadmap_count
from drafter.study.roadmap.sentence import announces_nothing

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _real(rel: str):
    path = SHARED / rel
    if not path.is_file() or not skip_held_out([path], SHARED):
        pytest.skip(f"../shared/{rel} absent or held out")
    return load_document(path)


def _roads(doc) -> dict[str, list[str]]:
    paras = [p.text for p in doc.paragraphs()]
    return {r.text: [paras[i][:3] for i in r.sections] for r in analyze(doc).roadmap}


def _one(roads: dict[str, list[str]], words: str) -> list[str] | None:
    hits = [parts for text, parts in roads.items() if words in text]
    assert len(hits) <= 1
    return hits[0] if hits else None


PLEDGE_HEADED = """表态发言

尊敬的各位领导，同志们：

刚才，县长作了重要讲话，我们完全赞同。今天，我代表镇党委、政府作如下表态。

过去一年，全镇没有发生较大以上安全事故，安全生产形势总体平稳。但我们也清醒地看到，隐患依然存在。

第一，坚决扛起安全责任

镇里将严格落实党政同责、一岗双责，层层签订责任书。

第二，坚决排查整治隐患

对全镇企业逐一开展拉网式排查，建立台账，限期整改。

第三，坚决守牢安全底线

加强应急值守，完善应急预案，确保一旦有事能够快速处置。

请县委、县政府放心！
"""

PLEDGE_PARAGRAPHS = """表态发言

同志们：

刚才，县长作了重要讲话，我们完全赞同。今天，我代表镇党委、政府作如下表态。

过去一年，全镇没有发生较大以上安全事故，安全生产形势总体平稳。但我们也清醒地看到，隐患依然存在。

第一，坚决扛起安全责任，镇里将严格落实党政同责、一岗双责，层层签订责任书，把责任压实到每一个村、每一家企业、每一个岗位，决不让责任悬空。

第二，坚决排查整治隐患，对全镇企业逐一开展拉网式排查，建立台账，限期整改，整改不到位的一律停产整顿，决不让隐患变成事故。

第三，坚决守牢安全底线，加强应急值守，完善应急预案，确保一旦有事能够快速处置，把损失降到最低，决不让小事拖成大事。

请县委、县政府放心！
"""


@pytest.mark.parametrize("text", [PLEDGE_HEADED, PLEDGE_PARAGRAPHS])
def test_pointer_past_one_plain_paragraph_links_its_parts(text):
    parts = _one(_roads(parse_text(text, "pledge.txt")), "作如下表态")
    assert parts == ["第一，", "第二，", "第三，"]


def test_the_paragraph_between_pointing_itself_takes_the_parts():
    text = PLEDGE_HEADED.replace(
        "但我们也清醒地看到，隐患依然存在。", "今年，我们将重点抓好以下工作："
    )
    roads = _roads(parse_text(text, "pledge.txt"))
    assert _one(roads, "作如下表态") is None
    assert _one(roads, "重点抓好以下工作") == ["第一，", "第二，", "第三，"]


@pytest.mark.parametrize(
    "paragraph, plain",
    [
        ("过去一年，全镇没有发生较大以上安全事故。但隐患依然存在。", True),
        ("根据这个总体要求，今年要着重抓好以下工作：", False),
        ("国务院这次的机构改革方案，着重考虑了以下几点。", False),
        ("下面，我讲三点意见。", False),
    ],
)
def test_announces_nothing(paragraph, plain):
    assert announces_nothing(paragraph) is plain


LECTURE = """专题党课

同志们：

今天讲一堂党课。

一、从党史中看我们从哪里来

1931年春天，五名青年在祠堂里秘密成立了党支部，靠的就是信仰。

回顾这段历史，我有三点启示和大家分享。

第一个启示是，信仰是最根本的力量

当年的五名党员，靠的就是对理想信念的坚守。

第二个启示是，群众是最坚实的依靠

群众看到共产党是真心为他们办事的，才愿意掩护党员。

第三个启示是，纪律是最可靠的保障

正是靠着铁的纪律，这个小小的支部才坚持了下来。

二、从新的赶考路上看我们往哪里去

我们要走好新的赶考路。

三、抓好落实

各级要抓好落实。
"""

REVIEW = """观摩讲评

同志们：

两天来，我们观摩了全县重点项目。

一、总体情况

这次观摩的项目总投资186亿元，总体进展顺利。

二、几个单位的情况

排名靠前的单位各有亮点，排名靠后的单位也各有差距。我挑几个有代表性的单位讲一讲。

（一）县经开区：大项目顶起“半边天”

经开区这次观摩的项目总投资78亿元。

（二）云桥镇：小产业做出大文章

云桥镇的茶旅融合项目把茶园、加工、研学串成了一条线。

（三）县住建局：城建项目要提速

住建局的城市更新项目进度都没有达到预期。

三、下步要求

各单位要对照计划抓好进度。
"""


def test_views_shared_with_the_listeners_link_the_parts_children():
    parts = _one(_roads(parse_text(LECTURE, "lecture.txt")), "三点启示和大家分享")
    assert parts == ["第一个", "第二个", "第三个"]


def test_picked_ones_to_speak_of_link_the_parts_children():
    parts = _one(_roads(parse_text(REVIEW, "review.txt")), "我挑几个有代表性的单位讲一讲")
    assert parts == ["（一）", "（二）", "（三）"]


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("回顾这段历史，我有三点启示和大家分享。", 3),
        ("我有几点体会跟同志们交流。", None),
        ("我挑三个单位说一说。", 3),
        ("我有三个孩子和大家分享。", False),  # 孩子 are no views
        ("他有三点启示和大家分享。", False),  # someone else's
        ("可以去挑几个人，李建国去找陶景文要。", False),  # picked, but no talk
    ],
)
def test_spoken_forms(sentence, count):
    assert roadmap_count(sentence) == count


def test_real_report_pointer_past_the_task_paragraph():
    # gwr 1983: …需要提出以下建议，请大会予以审议。 then 今后五年政府的主要任务应该是：… (the whole
    # task, ending 。), then （一）关于经济建设 … （五）关于外交工作
    roads = _roads(_real("corpus/scale/reports/gwr_national_1983.txt"))
    parts = _one(roads, "需要提出以下建议，请大会予以审议")
    assert parts == ["（一）", "（二）", "（三）", "（四）", "（五）"]


def test_real_report_pointer_before_a_pointing_paragraph_stays_out():
    # gwr 1998: …就今年的政府工作提出如下建议。 then 今年工作的总体要求是：…根据这个总体要求，今年
    # 要着重抓好以下工作： then 第一，… — the parts are the second pointer's
    roads = _roads(_real("corpus/scale/reports/gwr_national_1998.txt"))
    assert _one(roads, "就今年的政府工作提出如下建议") is None
    assert _one(roads, "今年要着重抓好以下工作")[:2] == ["第一，", "第二，"]


TALK = """在全县教育工作会议上的讲话

同志们：

今天召开全县教育工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。

去年以来，全县教育系统攻坚克难，各项工作取得了明显成效，义务教育优质均衡发展通过省级评估，高考本科上线率创历史新高。

第一，要坚持立德树人，把思想政治工作贯穿教育教学全过程，加强师德师风建设，引导广大教师做学生锤炼品格、学习知识、创新思维的引路人。

第二，要坚持补齐短板，加快农村学校标准化建设，今年新建改扩建校舍五万平方米，全面消除大班额，让农村孩子在家门口上好学。

第三，要坚持改革创新，深化县管校聘管理改革，推进集团化办学，让优质教育资源更多覆盖到薄弱学校和农村学校。

同志们，让我们凝心聚力，推动全县教育事业再上新台阶！
"""


def test_counted_talk_past_one_plain_paragraph_takes_the_numbered_run():
    # the three paragraphs counted from the announcement used to be taken: the plain one on
    # last year's work and 第一，第二 — the numbered run past it is what was announced
    parts = _one(_roads(parse_text(TALK, "talk.txt")), "我讲三点意见")
    assert parts == ["第一，", "第二，", "第三，"]


LINES = """在全县财政工作会议上的讲话

同志们：

今年全县安排专项资金三亿元，是这样分配的：

教育为一亿二千万元，占百分之四十；

卫生健康为六千万元，占百分之二十；

农业农村为九千万元，占百分之三十；

其他为三千万元，占百分之十。

各部门要管好用好每一笔资金。
"""

QUOTED = """学习体会

同志们：

老支书当年是这样说的：

不拿群众一针一线。

不泄露组织秘密。

不临阵脱逃。

这些话，今天读来仍然让人感动。
"""


def test_this_way_before_a_semicolon_list_links_its_lines():
    parts = _one(_roads(parse_text(LINES, "lines.txt")), "是这样分配的")
    assert parts == ["教育为", "卫生健", "农业农", "其他为"]


def test_this_way_before_lines_closing_on_stops_is_no_roadmap():
    assert _one(_roads(parse_text(QUOTED, "quoted.txt")), "是这样说的") is None


def test_real_report_allocation_list():
    # gwr 1955 (study_heldout_b36, a development-half text read for this rule): 五年基本建设的
    # 投资…，是这样分配的： then seven lines 工业部门为…； … 其他为…。
    roads = _roads(_real("corpus/scale/reports/gwr_national_1955.txt"))
    parts = _one(roads, "是这样分配的")
    assert parts is not None and len(parts) == 7 and parts[0] == "工业部"
