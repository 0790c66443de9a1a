"""Shapes blind set 13 met on texts nobody had read (tests/gold/README.md, "Blind set 13"),
each as a general rule on our own sentences: points counted 第二点…最后一点 whose first point was
the opening, a run-in heading trailing off in dots, and a Word file that styles most of a
numbered run as Heading 1 but leaves one item run into its paragraph."""

from __future__ import annotations

from drafter.corpus import load_document
from drafter.corpus.headings import heading_and_rest
from drafter.corpus.markers import DI_NOUN, LAST, match_marker
from tests.corpus.conftest import levelled

_P = "这个问题很重要，大家要认真研究，结合本单位的实际情况，拿出切实可行的办法来，一抓到底。"


def _talk(points: list[str], last: str | None) -> str:
    paras = ["这次会议开得很好，大家交流了经验，统一了认识。" + _P, _P]
    for n, point in zip("二三四五六", points):
        paras += [f"第{n}点，{point}。" + _P, _P]
    if last:
        paras += [f"最后一点，{last}。" + _P, _P]
    return "\n\n".join(paras)


def test_points_from_the_second_when_the_first_was_the_opening() -> None:
    tree = levelled(
        _talk(["讲一讲整风", "讲一讲农业", "讲一讲方法", "讲一讲作风"], "大家要下苦功学习")
    )
    assert tree == [
        (1, "第二点，讲一讲整风"),
        (1, "第三点，讲一讲农业"),
        (1, "第四点，讲一讲方法"),
        (1, "第五点，讲一讲作风"),
        (1, "最后一点，大家要下苦功学习"),
    ]


def test_a_short_run_from_the_second_stays_prose() -> None:
    """Two or three points from 第二 with nothing announcing them may be the rest of a list
    begun in prose: only a long run is read as the speaker's points."""
    assert levelled(_talk(["讲一讲整风", "讲一讲农业"], None)) == []


def test_the_last_point_named_by_its_unit() -> None:
    m = match_marker("最后一点，我们要振作精神。")
    assert m is not None and (m.family, m.ordinal, m.text) == (DI_NOUN, LAST, "最后一点，")
    assert match_marker("最后一点时间留给大家提问。") is None  # no mark after the unit: prose


def test_a_run_in_heading_trailing_off_in_dots() -> None:
    heading, rest = heading_and_rest(
        "要建专家团队，研究怎么可生产、易交付、免维护……。专家团队要独立。"
    )
    assert (heading, rest) == ("要建专家团队，研究怎么可生产、易交付、免维护", "专家团队要独立。")


def test_a_whole_line_question_trailing_off_in_dots() -> None:
    """A question put in minutes that is cut off (the asker's words elided) loses its dots
    as any heading loses its trailing punctuation (tests/gold/README.md)."""
    assert heading_and_rest("王明：我是市场部王明……") == ("王明：我是市场部王明", "")


def test_a_styled_run_with_one_item_left_plain(new_docx, tmp_path) -> None:
    """Heading 1 on an unnumbered line and on 1、2、4、 with 3、 run into its paragraph
    unstyled: the numbering runs through 3、, so it is of the style's level with the others,
    and the unnumbered line their sibling, not a part over them all."""
    d = new_docx()
    d.add_paragraph("关于投资管理的几点意见", style="Title")
    d.add_paragraph("投资方向一定要聚焦主航道。", style="Heading 1")
    for n in "12":
        d.add_paragraph(f"（{n}）要梳理投资行为第{n}项。" + _P)
    heads = [
        "产品的竞争力是商业竞争力",
        "要做好全流程投资管理",
        "要建立投资闭环机制",
        "要改变工作作风",
    ]
    for n, head in enumerate(heads, 1):
        if n == 3:
            d.add_paragraph(f"{n}、{head}。" + _P)
        else:
            d.add_paragraph(f"{n}、{head}。", style="Heading 1")
        for k in "12":
            d.add_paragraph(f"（{k}）{head}的第{k}个要求。" + _P)
    path = tmp_path / "styled.docx"
    d.save(path)
    doc = load_document(path)
    tops = doc.outline.sections
    assert [s.marker + s.heading for s in tops] == ["投资方向一定要聚焦主航道"] + [
        f"{n}、{h}" for n, h in enumerate(heads, 1)
    ]
    assert all(len(s.children) == 2 for s in tops)


def test_the_last_point_numbered_after_saying_so() -> None:
    """最后，第四，… : the number is the marker, and the point continues its run."""
    paras = ["今天讲几个问题。"]
    for n, point in zip("一二三", ["青年节定得很对", "革命的对象是什么", "过去的经验教训"]):
        paras += [f"第{n}，{point}。" + _P, _P]
    paras += ["最后，第四，我要说到延安的青年运动。" + _P, _P]
    assert levelled("\n\n".join(paras))[-1] == (1, "第四，我要说到延安的青年运动")
    m = match_marker("最后一点，第八点：各级党委应该把思想问题抓起来。")
    assert m is not None and (m.family, m.ordinal, m.text) == (DI_NOUN, 8, "第八点：")


def test_an_unnumbered_first_part_over_the_parts_own_kind_of_points() -> None:
    """A short line over （1）（2）, before 1、 2、 3、 each over their own （1）（2）: the first
    part, unnumbered, with its points under it."""
    paras = ["关于投资管理的几点意见", "投资方向一定要聚焦主航道。"]
    paras += [f"（{k}）投资方向的第{k}个要求。" + _P for k in "12"]
    heads = ["产品的竞争力是商业竞争力", "要做好全流程投资管理", "要建立投资闭环机制"]
    for n, head in enumerate(heads, 1):
        paras.append(f"{n}、{head}。")
        paras += [f"（{k}）{head}的第{k}个要求。" + _P for k in "12"]
    tree = levelled("\n\n".join(paras))
    assert tree[:3] == [
        (1, "投资方向一定要聚焦主航道"),
        (2, "（1）投资方向的第1个要求"),
        (2, "（2）投资方向的第2个要求"),
    ]
    assert [h for level, h in tree if level == 1][1:] == [
        f"{n}、{h}" for n, h in enumerate(heads, 1)
    ]


def test_a_bullet_after_the_text_began_is_not_the_title_note(new_docx, tmp_path) -> None:
    """A lone bullet ending in 。 under the title is the editor's starred note; one standing
    after a part title and its paragraphs is the text's own (a Word bullet over a part's
    first point, its （一） dropped), however near the top of a short text."""
    d = new_docx()
    d.add_paragraph("关于秋季作战的方针")
    d.add_paragraph("一　九月七日的电报")
    d.add_paragraph(_P * 2)
    d.add_paragraph("二　十月十日的电报")
    d.add_paragraph("从你们开始攻击之日起，望你们每两日电告我们一次。", style="List Bullet")
    for n in "二三":
        d.add_paragraph(f"（{n}）这一时期的战局第{n}条要点。" + _P)
    path = tmp_path / "bullet.docx"
    d.save(path)
    doc = load_document(path)
    assert not doc.apparatus.notes
    second = doc.outline.sections[1]
    assert [s.heading for s in second.children][
        0
    ] == "从你们开始攻击之日起，望你们每两日电告我们一次"
    assert len(second.children) == 3


def test_an_item_typed_on_between_its_neighbours(new_docx, tmp_path) -> None:
    """（八）…。（九）…。 in one paragraph, （十） starting the next: （九） has no other place
    in the run, so it is split off however long it is."""
    d = new_docx()
    d.add_paragraph("三个月总结")
    items = [f"第{n}个月的情况，说明我们的方针是正确的，今后仍应坚持。" for n in range(1, 11)]
    cn = "一二三四五六七八九十"
    for k, item in enumerate(items):
        if k == 8:
            continue
        text = f"（{cn[k]}）{item}" + _P
        if k == 7:  # （九） typed onto the end of （八）'s paragraph, as long as a paragraph
            text += "（九）第9个月的战争，吸引了敌人原拟调往别处的几支有力部队，使我们得到休整军队、发动群众的时间，这对将来的斗争也有重大的意义。"
        d.add_paragraph(text)
    path = tmp_path / "glued.docx"
    d.save(path)
    doc = load_document(path)
    assert [s.marker for s in doc.outline.sections] == [f"（{c}）" for c in cn]


def _spoken(points: list[str], between: bool = False) -> str:
    """A transcript whose opening is its first point, then points run into their paragraphs."""
    paras = ["今天主要讲几个想法。我们今年把权力下放到一线，一线要敢于决策。" + _P]
    for point in points:
        paras.append(point + "。" + _P)
        if between:
            paras.append(_P)
    return "\n\n".join(paras)


def test_points_in_mixed_shapes_run_into_their_paragraphs() -> None:
    """第二个… / 第三，… / 第四，… / 第五个问题… (set 16's shape, our sentences): no shape
    alone makes a run, the numbers together do; each point is one long paragraph."""
    points = [
        "第二个我们的打法要改变，要从分散作战转到重点突破",
        "第三，我们要选好目标客户，集中力量",
        "第四，我再讲一下考核，考核要以贡献为中心",
        "第五个问题我讲干部问题，干部要带头奋斗",
    ]
    assert levelled(_spoken(points)) == [
        (1, "第二个我们的打法要改变，要从分散作战转到重点突破"),
        (1, "第三，我们要选好目标客户，集中力量"),
        (1, "第四，我再讲一下考核，考核要以贡献为中心"),
        (1, "第五个问题我讲干部问题，干部要带头奋斗"),
    ]


def test_mixed_shapes_need_a_long_run_and_no_counted_things() -> None:
    """Two mixed points are a pair in prose (the survey's one run of two is body); 第二个月
    and 第三季度 count months and quarters, not points."""
    assert levelled(_spoken(["第二个我们要改变打法", "第三，我们要选好目标"])) == []
    counted = [
        "第二个月销售额增长很快",
        "第三季度我们要加油",
        "第四，考核要改",
        "第五点，干部要带头",
    ]
    assert levelled(_spoken(counted)) == []
