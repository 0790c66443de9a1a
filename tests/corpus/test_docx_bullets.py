"""Word bullet paragraphs as sub-headings: a point heading as long as one full sentence,
and a bullet that stands for the first item of a numbered run (第二、 第三、 typed after
it). Own text, documents built in the test with python-docx."""

from __future__ import annotations

from drafter.corpus import load_document
from drafter.corpus.readers import read_file

PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
LONG = "乡村振兴要把产业发展放在首位，因地制宜选准主导产业，让种得好的人比种得少的人收入更高，让肯干的人更有奔头。"


def _doc(new_docx, tmp_path, paragraphs: list[tuple[str, str | None]]):
    d = new_docx()
    for text, style in paragraphs:
        d.add_paragraph(text, style=style)
    path = tmp_path / "bullets.docx"
    d.save(path)
    return path


def test_a_bullet_sub_heading_of_one_long_sentence(new_docx, tmp_path) -> None:
    """A point heading may be one long sentence (here 60 characters) with its text under it,
    as the short bullet sub-heading beside it is."""
    assert 50 < len(LONG) <= 80
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、抓好产业发展", None),
         (LONG, "List Bullet"), (PARA * 2, None), ("带动农户增收", "List Bullet"),
         (PARA * 2, None), ("二、建设美丽乡村", None), (PARA * 2, None)],
    )  # fmt: skip
    doc = load_document(path)
    first = doc.outline.sections[0]
    assert first.marker == "一、"
    assert [c.heading for c in first.children] == [LONG.rstrip("。"), "带动农户增收"]


def test_a_bullet_right_before_the_second_item_of_a_run_is_its_first_item(
    new_docx, tmp_path
) -> None:
    """ "● 外贸企业要…" then "第二、…" "第三、…" with no 第一、 anywhere: the bullet is the
    run's first item (its number is the bullet), not a sub-heading over 第二、 and 第三、."""
    path = _doc(
        new_docx,
        tmp_path,
        [("政府工作报告", None), (PARA, None), ("一、加强组织领导", None),
         ("压实工作责任", "List Bullet"), (PARA * 2, None),
         ("健全工作机制", "List Bullet"), (PARA * 2, None),
         ("二、扩大对外开放", None), (PARA * 2, None),
         ("外贸企业要巩固传统市场", "List Bullet"),
         ("第二、积极开拓新兴市场。" + PARA, None),
         ("第三、办好各类招商推介活动。" + PARA, None)],
    )  # fmt: skip
    hints = {b.text: b.heading_level for b in read_file(path).blocks if b.kind == "bullet"}
    assert hints["压实工作责任"] is not None and hints["健全工作机制"] is not None
    assert hints["外贸企业要巩固传统市场"] is None


def test_a_bullet_sub_heading_of_one_very_long_sentence(new_docx, tmp_path) -> None:
    """A minutes' instruction set as a bullet over its explanation may run past 80
    characters as one sentence (here over 90): still a sub-heading, as its sibling is."""
    very_long = (
        LONG.rstrip("。")
        + "，要在稳定粮食生产的基础上，发展特色种养、农产品加工和乡村旅游，延长产业链条。"
    )
    assert 90 < len(very_long) <= 120
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、抓好产业发展", None),
         (very_long, "List Bullet"), (PARA * 2, None), ("带动农户增收", "List Bullet"),
         (PARA * 2, None), ("二、建设美丽乡村", None), (PARA * 2, None)],
    )  # fmt: skip
    doc = load_document(path)
    first = doc.outline.sections[0]
    assert [c.heading for c in first.children] == [very_long.rstrip("。"), "带动农户增收"]


def test_a_bullet_sub_heading_asking_a_question(new_docx, tmp_path) -> None:
    """A sub-heading may ask the question its text answers ("为什么要抓产业？")."""
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、抓好产业发展", None),
         ("为什么要把产业放在首位？", "List Bullet"), (PARA * 2, None),
         ("怎样选准主导产业？", "List Bullet"), (PARA * 2, None),
         ("二、建设美丽乡村", None), (PARA * 2, None)],
    )  # fmt: skip
    first = load_document(path).outline.sections[0]
    assert len(first.children) == 2
    assert first.children[0].heading.startswith("为什么要把产业放在首位")


def _tree(doc) -> list[tuple[int, str]]:
    return [(s.level, s.marker + s.heading) for s in doc.outline.walk()]


def test_points_inside_the_first_bullet_do_not_take_the_top_level(new_docx, tmp_path) -> None:
    """Two part titles, bullets under the second, and 第一、…第三、 points run into the
    paragraphs of the first bullet's part: the points lie under one bullet, so they are no
    reading of the top level that would stand above the bullets."""
    points = [
        (f"第{n}、{t}。" + PARA, None) for n, t in zip("一二三", ("抓项目", "抓招商", "抓服务"))
    ]
    path = _doc(
        new_docx,
        tmp_path,
        [("县人民政府工作报告", None), (PARA, None), ("过去五年的回顾", None), (PARA * 2, None),
         ("今后五年的主要任务", None), (PARA, None),
         ("关于经济建设", "List Bullet"), (PARA, None), (PARA, None), (PARA, None), *points,
         ("关于社会建设", "List Bullet"), (PARA * 2, None), (PARA, None),
         ("关于生态建设", "List Bullet"), (PARA * 2, None), (PARA, None)],
    )  # fmt: skip
    assert _tree(load_document(path))[:4] == [
        (1, "过去五年的回顾"),
        (1, "今后五年的主要任务"),
        (2, "关于经济建设"),
        (3, "第一、抓项目"),
    ]


def test_a_list_numbered_afresh_under_a_bullet_keeps_the_bullets_level(new_docx, tmp_path) -> None:
    """（一）（二） parts with bullet sub-headings, and under one bullet a list 一、…；二、…；
    三、…。 of aims: the list is inside the bullet's part, so the bullets after it stay
    siblings of the bullets before it (一、 ranks above （一） but numbers afresh)."""
    aims = [("一、节约能源，降低消耗；", None), ("二、提高产品质量；", None),
            ("三、合理利用资源。", None)]  # fmt: skip
    path = _doc(
        new_docx,
        tmp_path,
        [("政府工作报告", None), (PARA, None), ("（一）当前的经济形势", None), (PARA * 2, None),
         ("（二）今后的方针", None), (PARA, None),
         ("加快农业的发展", "List Bullet"), (PARA * 2, None),
         ("进行技术改造", "List Bullet"), (PARA, None), *aims, (PARA * 2, None),
         ("整顿现有企业", "List Bullet"), (PARA * 2, None),
         ("改革经济体制", "List Bullet"), (PARA * 2, None),
         ("（三）经济发展的前景", None), (PARA * 2, None)],
    )  # fmt: skip
    second = load_document(path).outline.sections[1]
    assert [c.heading for c in second.children] == [
        "加快农业的发展", "进行技术改造", "整顿现有企业", "改革经济体制"
    ]  # fmt: skip


QUESTIONS = (
    "乡村振兴千头万绪，为什么说产业振兴是重中之重，又为什么要把它放在各项工作的首位？",
    "各个乡镇的资源禀赋各不相同，怎样因地制宜选准主导产业，避免一哄而上、同质竞争？",
    "产业发展起来以后，怎样建立紧密的利益联结机制，让农户更多分享产业增值收益？",
)


ITEMS = ("改厕一千户", "硬化道路二十公里", "新建游园三处", "整治河塘十口", "植树五万株",
         "新建村级文化广场两个", "改造危房三十户")  # fmt: skip


def test_bulleted_questions_beside_a_list_of_another_bullet(
    new_docx, docx_helpers, tmp_path
) -> None:
    """● questions over their answers, and elsewhere a list of seven – items: each kind of
    bullet is judged on its own, so the list does not outvote the questions, and its last
    item (a paragraph follows it) is no heading."""
    d = new_docx()
    docx_helpers.abstract_num(d, 51, [{"fmt": "bullet", "text": "–"}])
    docx_helpers.num(d, 51, 51)
    d.add_paragraph("在全县乡村振兴推进会上的讲话")
    d.add_paragraph(PARA)
    d.add_paragraph("一、抓好产业发展")
    for q in QUESTIONS:
        d.add_paragraph(q, style="List Bullet")
        d.add_paragraph(PARA * 2)
    d.add_paragraph("二、建设美丽乡村")
    d.add_paragraph("今年要办好以下几件实事：")
    for item in ITEMS:
        docx_helpers.numbering(d.add_paragraph(item), 51)
    d.add_paragraph(PARA * 2)
    d.save(tmp_path / "kinds.docx")
    first, second = load_document(tmp_path / "kinds.docx").outline.sections
    assert [c.heading for c in first.children] == [q.rstrip("？") for q in QUESTIONS]
    assert second.children == []


def _outline(path) -> list[tuple[str, list[str]]]:
    return [(s.marker + s.heading, [c.heading for c in s.children]) for s in load_document(path).outline.sections]  # fmt: skip


def test_bullets_under_a_long_part_line_are_its_sub_headings(new_docx, tmp_path) -> None:
    """二、 is one sentence of 40-odd characters standing alone over bullets, after a part
    whose points are numbered 1、 2、 (and before a part numbering them so again): the
    bullets rank just under 二、 as they do under a short part line, not under the 1、 2、
    of the part before (the reader's hint; the outline has them under 二、)."""
    long_part = "二、抓好产业发展，加快培育壮大主导产业，延长产业链条，提升价值链，让农民更多分享产业增值收益。"
    assert 40 < len(long_part) <= 60

    def read(part2: str, name: str):
        d = new_docx()
        for text, style in [
            ("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、统一思想认识", None),
            ("1、认清形势", None), (PARA * 2, None), ("2、把握要求", None), (PARA * 2, None),
            (part2, None), ("选准主导产业", "List Bullet"), (PARA * 2, None),
            ("带动农户增收", "List Bullet"), (PARA * 2, None), ("三、强化组织保障", None),
            ("1、压实责任", None), (PARA * 2, None), ("2、强化督导", None), (PARA * 2, None),
        ]:  # fmt: skip
            d.add_paragraph(text, style=style)
        d.save(tmp_path / name)
        hints = [b.heading_level for b in read_file(tmp_path / name).blocks if b.kind == "bullet"]
        return hints, _outline(tmp_path / name)

    hints, outline = read(long_part, "long.docx")
    short_hints, _ = read("二、抓好产业发展", "short.docx")
    assert hints == short_hints and len(set(hints)) == 1
    assert outline == [
        ("一、统一思想认识", ["认清形势", "把握要求"]),
        (long_part.rstrip("。"), ["选准主导产业", "带动农户增收"]),
        ("三、强化组织保障", ["压实责任", "强化督导"]),
    ]


def test_a_bullet_with_no_text_before_a_sibling_is_one_of_the_run(new_docx, tmp_path) -> None:
    """Three bullets in a row, the last over the part's text (• 种植业… • 养殖业… • 加工业…
    then a paragraph): all three are sub-headings, as the bullets of the other part are."""
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、抓好产业发展", None),
         (PARA * 2, None), ("种植业：稳面积、提单产", "List Bullet"),
         ("养殖业：扩规模、强防疫", "List Bullet"), ("加工业：延链条、创品牌", "List Bullet"),
         (PARA * 2, None), ("二、建设美丽乡村", None), ("整治人居环境", "List Bullet"),
         (PARA * 2, None), ("完善基础设施", "List Bullet"), (PARA * 2, None)],
    )  # fmt: skip
    assert _outline(path) == [
        ("一、抓好产业发展", ["种植业：稳面积、提单产", "养殖业：扩规模、强防疫", "加工业：延链条、创品牌"]),
        ("二、建设美丽乡村", ["整治人居环境", "完善基础设施"]),
    ]  # fmt: skip


def test_a_bullet_opening_with_an_ordinal_word_is_one_of_its_bullet_run(new_docx, tmp_path) -> None:
    """• 第一阶段… • 第二阶段… • 坚持…: the ordinal words are the bullets' own words, so the
    three are one run of sub-headings, not a numbered pair and a stray bullet."""
    subs = ["第一阶段摸清底数，建立台账", "第二阶段集中整治，逐项销号", "坚持长效管护，防止反弹"]
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县人居环境整治推进会上的讲话", None), (PARA, None), ("一、统一思想认识", None),
         ("认清形势", "List Bullet"), (PARA * 2, None), ("把握要求", "List Bullet"),
         (PARA * 2, None), ("二、分步推进整治", None), (PARA * 2, None),
         (subs[0], "List Bullet"), (PARA * 2, None), (subs[1], "List Bullet"),
         (PARA * 2, None), (subs[2], "List Bullet"), (PARA * 2, None)],
    )  # fmt: skip
    assert [
        "".join(t for t in (c.marker, c.heading)) for c in load_document(path).outline.sections[1].children
    ] == subs  # fmt: skip


POINTS = ["村庄规划要在年内全部编制完成。", "人居环境整治要抓好厕所、垃圾、污水三件事。",
          "乡风文明建设要发挥好村规民约的作用。"]  # fmt: skip


def test_bullets_filling_a_part_whole_are_its_points(new_docx, tmp_path) -> None:
    """二、 holds nothing but bullets, one sentence each with no text under them, up to
    三、: they are all the part says, its points, as 一、's 1、2、 are (a bullet with no
    text under it elsewhere is a list item)."""
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、抓好产业发展", None),
         ("1、" + LONG, None), ("2、带动农户增收要建立利益联结机制。", None),
         ("二、建设美丽乡村", None), *[(t, "List Bullet") for t in POINTS],
         ("三、加强组织领导", None), (PARA * 2, None)],
    )  # fmt: skip
    doc = load_document(path)
    assert [(s.marker + s.heading, len(s.children)) for s in doc.outline.sections] == [
        ("一、抓好产业发展", 2), ("二、建设美丽乡村", 3), ("三、加强组织领导", 0)
    ]  # fmt: skip
    assert [c.heading for c in doc.outline.sections[1].children] == [t[:-1] for t in POINTS]


def test_bullets_inside_a_parts_text_stay_a_list(new_docx, tmp_path) -> None:
    """The same bullets after a lead-in of the part's text, with text after them: a list
    inside the part, not its points; nor are bullets that stop before the part ends, nor
    items filling a part that are no sentences of their own (ending in ；)."""
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、抓好产业发展", None),
         (PARA * 2, None), ("二、建设美丽乡村", None), ("今年重点抓好以下几件事：", None),
         *[(t, "List Bullet") for t in POINTS], (PARA * 2, None),
         ("三、加强组织领导", None), *[(t, "List Bullet") for t in POINTS], (PARA, None),
         ("四、强化督查考核", None), *[(t[:-1] + "；", "List Bullet") for t in POINTS],
         ("五、严格落实责任", None), (PARA * 2, None)],
    )  # fmt: skip
    doc = load_document(path)
    assert [len(s.children) for s in doc.outline.sections] == [0, 0, 0, 0, 0]


FIRST = (
    "既要抓好村庄规划，也要抓好建设管护：规划明确发展方向、功能布局和建设标准，牵引各项建设；"
    "管护要落到日常，做到有人管、有钱管、有制度管。"
)


def test_points_under_the_last_bullet_do_not_take_its_level(new_docx, tmp_path) -> None:
    """Under 二、, two bullet sub-headings, the last announcing points （1）…（3） that
    follow it, each standing over its text: the points are that bullet's, the bullets the
    part's sub-headings (before, （1）…（3） took the level and the bullets were lost)."""
    path = _doc(
        new_docx,
        tmp_path,
        [("在全县乡村振兴推进会上的讲话", None), (PARA, None), ("一、抓好产业发展", None),
         (PARA * 2, None), ("二、建设美丽乡村", None),
         (FIRST, "List Bullet"),
         ("改善人居环境，要从以下几个方面入手：", "List Bullet"),
         ("（1）厕所革命：", None), (PARA, None), (PARA * 2, None),
         ("（2）垃圾治理：", None), (PARA * 2, None), (PARA * 3, None),
         ("（3）污水治理：", None), (PARA, None), (PARA * 3, None),
         ("三、加强组织领导", None), ("压实工作责任", "List Bullet"), (PARA * 2, None),
         ("健全工作机制", "List Bullet"), (PARA * 2, None)],
    )  # fmt: skip
    doc = load_document(path)
    second = doc.outline.sections[1]
    assert [c.heading for c in second.children] == [
        FIRST.rstrip("。"),
        "改善人居环境，要从以下几个方面入手",
    ]


def _summary(new_docx, tmp_path, points: list[str], after: list[tuple[str, str | None]]):
    """A summary in Heading 1 parts, the second part's points Word bullets."""
    return _doc(
        new_docx,
        tmp_path,
        [("2025年个人工作总结", None), (PARA, None),
         ("一、加强学习，业务能力不断提升", "Heading 1"), (PARA * 2, None),
         ("二、履职尽责，各项任务较好完成", "Heading 1"), (PARA, None),
         *[(p, "List Bullet") for p in points], *after],
    )  # fmt: skip


_LEADS = ["围绕中心抓督查", "紧盯落实抓督办", "服务群众抓回访"]


def test_bullets_leading_with_their_point_are_a_heading_parts_points(new_docx, tmp_path) -> None:
    """• 围绕中心抓督查。紧扣…。 under a Heading 1 part, up to the next Heading 1 part: each
    bullet leads with its point run into its text, as （一）… would; the points are the
    part's level-2 headings (modern_blind3 p08's form)."""
    path = _summary(
        new_docx,
        tmp_path,
        [f"{lead}。{PARA}" for lead in _LEADS],
        [("三、存在的不足", "Heading 1"), (PARA * 2, None)],
    )
    doc = load_document(path)
    second = doc.outline.sections[1]
    assert [c.heading for c in second.children] == _LEADS
    assert all(c.level == 2 for c in second.children)


def test_bullets_of_sentences_or_a_run_ending_inside_its_part_stay_a_list(
    new_docx, tmp_path
) -> None:
    """Bullets with no lead phrase (each a sentence with a comma inside its first clause),
    or bullets with leads that stop in the middle of the part, text going on under them,
    are a list in the part's text."""
    plain = _summary(
        new_docx,
        tmp_path,
        [PARA, PARA, PARA],
        [("三、存在的不足", "Heading 1"), (PARA * 2, None)],
    )
    assert load_document(plain).outline.sections[1].children == []
    inside = _summary(
        new_docx,
        tmp_path,
        [f"{lead}。{PARA}" for lead in _LEADS],
        [(PARA, None), ("三、存在的不足", "Heading 1"), (PARA * 2, None)],
    )
    assert load_document(inside).outline.sections[1].children == []


def test_lead_bullets_under_part_titles_in_bold(new_docx, tmp_path) -> None:
    """The same points under part titles marked by bold alone (no number, no style): the
    bold titles are the parts, the bullets the middle part's points."""
    d = new_docx()
    d.add_paragraph("2025年个人工作总结")
    d.add_paragraph(PARA)
    for title, bullets in (("加强学习，业务能力不断提升", False), ("履职尽责，各项任务较好完成", True),
                           ("存在的不足", False)):  # fmt: skip
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(PARA * 2)
        if bullets:
            for lead in _LEADS:
                d.add_paragraph(f"{lead}。{PARA}", style="List Bullet")
    path = tmp_path / "bold.docx"
    d.save(path)
    doc = load_document(path)
    assert [s.heading for s in doc.outline.sections] == [
        "加强学习，业务能力不断提升",
        "履职尽责，各项任务较好完成",
        "存在的不足",
    ]
    assert [c.heading for c in doc.outline.sections[1].children] == _LEADS
