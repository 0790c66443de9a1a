"""Parts set side by side as paragraphs that open with the same words (排比), no marker.

有以下几点体会： then 必须坚持…, 必须坚持…, 必须坚持… (gwr 2010, development batch 13), and the
commonest layout of a spoken plan: 下面，我讲几点意见。 then 要提高认识…, 要突出重点…, 要加强领导….
Before stop 20 such a roadmap found no parts and was dropped (a 几 names no count to take that
many paragraphs by). Guards: a colon with neither a pointer nor a count (大会的主题是：) before a
slogan and its gloss; one shared character over only two paragraphs.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

SPEECH = """在全市安全生产工作会议上的讲话

同志们：

今天召开这次会议，主要是总结去年的安全生产工作，部署今年的任务。刚才，几位同志作了发言，讲得很好。ANNOUNCE

PARTS

同志们，安全生产责任重于泰山。让我们共同努力，确保全年安全形势稳定。
"""
YAO = [
    "要进一步提高认识，切实增强做好安全生产工作的责任感。安全生产事关人民群众生命财产安全。",
    "要突出工作重点，全面排查整治各类隐患。要紧盯重点行业和领域，开展拉网式排查。",
    "要切实加强领导，层层压实安全生产责任。主要负责同志要亲自抓、负总责。",
]
JIANCHI = [
    "必须坚持人民至上，把保护人民生命安全摆在首位。这是我们工作的出发点和落脚点。",
    "必须坚持预防为主，把隐患消灭在萌芽状态。要加强风险研判，健全预警机制。",
    "必须坚持依法治理，严格安全生产执法。对违法违规行为要零容忍。",
]


def _roadmap(announce: str, parts: list[str]):
    text = SPEECH.replace("ANNOUNCE", announce).replace("PARTS", "\n\n".join(parts))
    doc = parse_text(text, "t.txt")
    return analyze(doc).roadmap, [p.text for p in doc.paragraphs()]


def test_a_pointer_before_paragraphs_opening_alike_links_them():
    roadmap, paras = _roadmap("一年来，我们有以下几点体会：", JIANCHI)
    road = next(r for r in roadmap if "以下几点体会" in r.text)
    assert [paras[i][:6] for i in road.sections] == ["必须坚持人民", "必须坚持预防", "必须坚持依法"]


def test_a_spoken_plan_with_ji_links_three_paragraphs_opening_with_yao():
    roadmap, paras = _roadmap("下面，我讲几点意见。", YAO)
    road = next(r for r in roadmap if "讲几点意见" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["要进一", "要突出", "要切实"]


def test_one_shared_character_over_two_paragraphs_is_no_run():
    roadmap, _ = _roadmap("下面，我讲几点意见。", YAO[:2])
    assert not any("讲几点意见" in r.text for r in roadmap)


def test_a_colon_with_no_pointer_and_no_count_before_a_slogan_and_its_gloss_is_none():
    slogan = [
        "不忘初心，牢记使命，团结带领全市人民守住安全底线。",
        "不忘初心，方得始终。安全生产没有终点。",
    ]
    roadmap, _ = _roadmap("这次会议的主题是：", slogan)
    assert not any("主题是" in r.text for r in roadmap)


# a section with no sub-headings: its speaking verb's plan is read in running text
SECTIONED = """在全市安全生产工作会议上的讲话

同志们：

今天召开这次会议，主要是部署今年的安全生产工作。下面，我讲两个问题。

一、清醒认识当前安全生产形势

去年全市安全生产形势总体平稳，但事故总量仍然不小，教训十分深刻。

二、扎实做好今年的安全生产工作

安全生产人人有责。结合各自的职责，ANNOUNCE

PARTS

同志们，安全生产责任重于泰山。让我们共同努力，确保全年安全形势稳定。
"""
# parts addressed to one audience after another, opening alike with no marker
ZUOWEI = [
    "作为党政领导干部，要把安全生产摆上重要议程，定期研究解决突出问题。",
    "作为企业负责人，要落实主体责任，舍得在安全上投入，配齐安全管理人员。",
    "作为一线职工，要严格遵守操作规程，不违章指挥，不违章作业。",
]


def _in_section(announce: str) -> list:
    text = SECTIONED.replace("ANNOUNCE", announce).replace("PARTS", "\n\n".join(ZUOWEI))
    return analyze(parse_text(text, "t.txt")).roadmap


def test_ji_with_nothing_pointing_ahead_takes_no_alike_paragraphs_in_running_text():
    # 我提几点要求。 then 作为…，… / 作为…，…: advice in prose, no plan (modern set 16's
    # convention; the real gold's alike parts all follow a pointer)
    assert not any("几点要求" in r.text for r in _in_section("我提几点要求。"))


def test_a_pointer_or_a_number_still_takes_them():
    for announce in ("下面，我提几点要求。", "我提三点要求。"):
        road = next(r for r in _in_section(announce) if "点要求" in r.text)
        assert len(road.sections) == 3, announce
