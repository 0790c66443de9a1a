"""The study of a speech whose counts the outline made run-in headings (党八股的第一条罪状是：… in
mao 3-007; drafter/corpus/led_ordinals.py): the count announcing them still gets its items, a
roadmap picking some rules of a quoted list inside a section still links them, and a run-in
heading split off its text does not set two paragraphs of the writer's apart. Own fixtures."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.model import paragraph_before
from drafter.study.layout import layout

HEADS = [
    "文山会海，疲于应付",
    "重留痕轻实效，只看材料",
    "调研走过场，蜻蜓点水",
    "表态调门高，落实少",
]
BODY = "有的单位会议一个接一个，文件一份接一份，基层干部整天忙于应付，没有时间抓落实。"
PICKED = [
    "他一共列了六条写材料的规矩，我现在抽出几条来说一说。",
    "第一条：“文章要短，话要少。”",
    "这是说不要空话连篇，写文章要删去可有可无的字句，让人一看就懂。",
    "第二条：“言之有物。”",
    "这是说要讲实在的东西，不讲空洞的道理，不说正确的废话。",
    "第四条：“看对象说话。”",
    "这是说心中要有群众，讲给谁听就用谁听得懂的话来讲。",
]


def _speech() -> str:
    out = [
        "在作风建设推进会上的讲话",
        "同志们：今天这个会，主要讲一讲形式主义的问题。它的表现很多，就叫做四大毛病吧。",
    ]
    out += [f"形式主义的第{n}条毛病是：{h}。{BODY}" for n, h in zip("一二", HEADS)]
    # the last two counts in one paragraph, the lead dropped (as a speaker does once it is set)
    out.append(f"第三条毛病是：{HEADS[2]}。第四条毛病是：{HEADS[3]}。{BODY}")
    out += PICKED
    out.append("同志们，作风建设永远在路上，让我们以更加务实的作风，把各项工作落到实处！")
    return "\n\n".join(out) + "\n"


def test_the_counts_are_headings_and_the_count_before_them_gets_their_items():
    doc = parse_text(_speech())
    # the fourth count, run on inside the third's paragraph, is split off as its own heading
    assert [s.heading for s in doc.outline.sections] == HEADS
    (frame,) = [f for f in analyze(doc).frames if f.phrase == "四大毛病"]
    assert frame.items == [h.split("，")[0] for h in HEADS]


def test_a_roadmap_picking_rules_inside_a_section_links_each_one_picked():
    study = analyze(parse_text(_speech()))
    (road,) = [r for r in study.roadmap if "抽出几条" in r.text]
    assert [label[:3] for label in road.labels] == ["第一条", "第二条", "第四条"]


def test_a_run_in_heading_and_its_text_are_one_paragraph_as_written():
    lay = layout(parse_text(_speech()))
    heading = next(p.index for p in lay.paragraphs if p.is_heading)
    assert paragraph_before(lay, heading + 1) == heading - 1  # its text: the heading's paragraph
    assert paragraph_before(lay, heading) == heading - 1
    assert paragraph_before(lay, heading + 2) == heading + 1  # a heading after: no run-in before


def test_a_titled_run_in_heading_parts_the_text():
    # （一）关于…问题。 then its text: a title over the text, not a sentence of it
    parts = [f"（{n}）关于{h.split('，')[0]}的问题。{BODY}" for n, h in zip("一二三四", HEADS)]
    lay = layout(
        parse_text("\n\n".join(["在作风建设推进会上的讲话", "同志们：讲四个问题。", *parts]))
    )
    heading = next(p.index for p in lay.paragraphs if p.is_heading)
    assert lay.by_paragraph[heading].section.run_in
    assert paragraph_before(lay, heading + 1) == heading


def test_only_the_count_closing_the_statement_counts_the_sections():
    # the same number said earlier in the sentence (仿照“四句教”来一个…) is a mention on the way
    text = _speech().replace(
        "它的表现很多，就叫做四大毛病吧。",
        "它的表现很多，我们也仿照“四句教”的样子，就叫做四大毛病吧。",
    )
    text = text.replace(f"{HEADS[2]}。第四", f"{HEADS[2]}。{BODY}\n\n第四")  # as base reads it
    counted = [f.phrase for f in analyze(parse_text(text)).frames if len(f.items) == 4]
    assert counted == ["四大毛病"]


def test_the_eight_legged_essay_is_no_count():
    text = _speech().replace("它的表现很多，", "它是一种新的“八股”，表现很多，")
    assert not [f for f in analyze(parse_text(text)).frames if "八股" in f.phrase]
