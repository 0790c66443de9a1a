"""Rules for government and Party work reports (issue 8): the structures such reports
share and that speeches rarely use. Every test is built from the project's own sentences,
never from the real texts in ../shared."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.structure import TOPIC, Candidate, choose_structure
from tests.corpus.conftest import two_levels

BODY = "这方面的工作做了很多，" * 10 + "成效明显。"
# short one-sentence lines a report sets in bold to lead the paragraphs of a part
LEAD = ["农业生产稳定增长。", "工业结构继续优化。", "对外贸易扩大规模。", "人民生活不断改善。"]


def test_part_titles_over_runs_that_number_again_from_one() -> None:
    """Two unnumbered part titles, each over a 一、二、… run of its own: the titles are the
    parts and each run numbers the points of its part (not two level-1 runs with the part
    titles lost)."""
    lines = ["各位代表：", "我代表国务院向大会作报告。", "关于国内建设", BODY]
    lines += ["一、改革企业的分配制度", BODY, BODY, "二、改革建筑业的管理体制", BODY, BODY]
    lines += ["三、改革流通体制", BODY, BODY, "四、办好经济特区", BODY, BODY]
    lines += ["关于外交工作", BODY, BODY]
    lines += ["一、维护世界和平", BODY, BODY, "二、坚持和平共处", BODY, "三、加强团结合作", BODY]
    assert two_levels("\n\n".join(lines)) == [
        (
            "关于国内建设",
            [
                "一、改革企业的分配制度",
                "二、改革建筑业的管理体制",
                "三、改革流通体制",
                "四、办好经济特区",
            ],
        ),
        ("关于外交工作", ["一、维护世界和平", "二、坚持和平共处", "三、加强团结合作"]),
    ]


def test_lead_lines_after_a_numbered_run_are_its_siblings() -> None:
    """A report part with 第一，…第三， standing on their own lines, then two bold lead lines
    over paragraphs of their own: the lead lines go on the same level (the part's further
    points), not under the last numbered point."""
    lead = ["农业生产稳定增长。", "工业结构继续优化。", "对外贸易扩大规模。", "人民生活不断改善。"]
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、过去一年的工作", BODY]
    for x in lead:
        lines += [x, BODY]
    lines += ["二、深化国有企业改革", BODY]
    lines += [
        "第一，抓好大型企业。",
        BODY,
        "第二，放活小型企业。",
        BODY,
        "第三，加强企业管理。",
        BODY,
    ]
    lines += ["积极推进社会保障制度改革。", BODY, "其他方面的改革也要积极进行。", BODY]
    lines += ["三、关于外交工作", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("一、过去一年的工作", [x.rstrip("。") for x in lead]),
        (
            "二、深化国有企业改革",
            [
                "第一，抓好大型企业",
                "第二，放活小型企业",
                "第三，加强企业管理",
                "积极推进社会保障制度改革",
                "其他方面的改革也要积极进行",
            ],
        ),
        ("三、关于外交工作", []),
    ]


def test_parallel_run_in_frames_are_the_topics_of_a_part() -> None:
    """A report part whose paragraphs open "在科技工作方面，…" / "在教育工作方面，…" /
    "在文化工作方面，…", and nothing else heads it: those frames are its topics (run-in
    headings, cut at the comma); a single such opening elsewhere stays prose."""
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、发展经济", BODY]
    lines += ["在这个问题上，" + BODY, BODY, "二、发展各项社会事业", BODY]
    lines += ["在科技工作方面，" + BODY, "在教育工作方面，" + BODY, "在文化工作方面，" + BODY]
    lines += ["三、关于外交工作", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("一、发展经济", []),
        ("二、发展各项社会事业", ["在科技工作方面", "在教育工作方面", "在文化工作方面"]),
        ("三、关于外交工作", []),
    ]


def test_weaker_lead_lines_in_a_part_led_by_strong_ones() -> None:
    """Once a report's parts are led by bold lead lines, a longer lead line or one over a
    shorter paragraph in such a part is one too; the same lines in a part without strong
    lead lines stay prose."""
    short = "要抓好这项工作，确保取得实效。" * 3
    weak = "做好扶贫工作，对低收入者给予必要帮助，是政府的重要职责，也是维护稳定所必需的。"
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、过去一年的工作", BODY]
    lines += [LEAD[0], BODY, LEAD[1], BODY, "进一步深化流通体制改革。", short, weak, BODY]
    lines += ["二、今年的任务", BODY, LEAD[2], BODY, LEAD[3], BODY, "搞好社会治安。", short]
    lines += ["三、关于外交工作", BODY, "继续发展睦邻关系。", short, BODY]
    got = two_levels("\n\n".join(lines))
    assert got == [
        (
            "一、过去一年的工作",
            ["农业生产稳定增长", "工业结构继续优化", "进一步深化流通体制改革", weak.rstrip("。")],
        ),
        ("二、今年的任务", ["对外贸易扩大规模", "人民生活不断改善", "搞好社会治安"]),
        ("三、关于外交工作", []),
    ]


def test_positions_on_questions_are_prose_not_topics() -> None:
    """ "在…问题上，" opens a statement of a position, not an area of work: three such
    paragraphs in a row stay prose."""
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、回顾", BODY]
    lines += ["在发展道路问题上，" + BODY, "在发展阶段问题上，" + BODY, "在根本任务问题上，" + BODY]
    lines += ["二、任务", BODY, "三、外交", BODY]
    assert two_levels("\n\n".join(lines)) == [("一、回顾", []), ("二、任务", []), ("三、外交", [])]


def test_a_numbered_question_keeps_its_speaker_label_and_its_sentence() -> None:
    """In the minutes of a 座谈, "1、与会人：…" numbers a participant's question: the colon
    after the speaker's label does not end the heading (which would leave just "与会人");
    the heading is the question's first sentence, the whole line when it is one. So does a
    topic label ("1、目标：…"): the heading is its first sentence (tests/gold/README.md,
    "Heading extent")."""
    ask = "与会人：现在有的企业似乎面临一个矛盾，一方面要做创新，另一方面在商业层面面临挑战，我们怎么办？"
    lines = ["座谈会纪要", "1、与会人：我是十年前进公司的。后来一直做研究工作，想请教几个问题。"]
    lines += ["答：" + BODY, "2、" + ask, "答：" + BODY, "3、王小明：我想问一下人才问题。" + BODY]
    lines += ["答：" + BODY]
    got = [h for h, _ in two_levels("\n\n".join(lines))]
    assert got == [
        "1、与会人：我是十年前进公司的",
        "2、" + ask.rstrip("？"),
        "3、王小明：我想问一下人才问题",
    ]
    lines = ["工作要点", "1、目标：今年完成各项任务。" + BODY, "2、措施：加强领导。" + BODY]
    got = [h for h, _ in two_levels("\n\n".join(lines))]
    assert got == ["1、目标：今年完成各项任务", "2、措施：加强领导"]


def test_long_points_standing_alone_over_their_own_paragraphs_are_headings() -> None:
    """ "第一，…" written as one long sentence on a line of its own, with paragraphs of its
    own under it before "第二，…": the points of the part, however long; the same long
    sentences back to back, one paragraph each, in a part with sub-headings of its own
    (1、 2、 after them), are a list in prose (alone under their part they would be its points:
    test_speech_points)."""
    first = "第一，薪酬激励的对标分析要提高合理性，要管理好各类人员的分配比例，让多干的人比少干的人拿得多，干活时比不干活时拿得多。"
    second = "第二，金字塔不仅拉开顶端差距，还要重视金字塔的基座，把每一个角落的人都关注到。"
    lines = ["一、落实获取分享制，管理好员工的分配结构。", first, BODY, BODY, second, BODY, BODY]
    lines += ["二、非物质激励应该是让多数人变成先进。", BODY, "三、要培养战略系统思维。", BODY]
    got = two_levels("\n\n".join(lines))
    assert got[0][1] == [first.rstrip("。"), second.rstrip("。")]
    lines = ["一、落实获取分享制，管理好员工的分配结构。", BODY, first, second, BODY]
    lines += ["1、分配结构", BODY, "2、激励方式", BODY]
    lines += ["二、非物质激励应该是让多数人变成先进。", BODY, "三、要培养战略系统思维。", BODY]
    assert two_levels("\n\n".join(lines))[0][1] == ["1、分配结构", "2、激励方式"]


def test_a_numbered_group_right_under_the_last_part_title_is_its_points() -> None:
    """Two unnumbered part titles; right under the second (after one lead-in paragraph)
    come （一）…（四）: they are the second part's points, not its siblings — a part title
    that long sections follow heads what starts right after it."""
    lines = ["各位代表：", "我代表国务院向大会作报告。", "过去五年的回顾", BODY, BODY, BODY]
    lines += ["今后五年的主要任务", "对今后的工作提出以下建议。"]
    for x in (
        "（一）关于经济建设",
        "（二）关于经济体制改革",
        "（三）关于科技教育",
        "（四）关于外交工作",
    ):
        lines += [x, BODY, BODY, BODY, BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("过去五年的回顾", []),
        (
            "今后五年的主要任务",
            [
                "（一）关于经济建设",
                "（二）关于经济体制改革",
                "（三）关于科技教育",
                "（四）关于外交工作",
            ],
        ),
    ]


def test_a_lead_line_over_points_of_its_own_heads_them() -> None:
    """In a part led by bold lead lines, a lead line followed at once by 一要…二要… heads
    those points (they are under it, not under the lead line before); a line announcing
    them ("要着重抓好以下三项工作。") is not a lead line."""
    points = ["一要抓紧做好准备工作。", "二要进一步发展进出口贸易。", "三要努力提高利用外资水平。"]
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、过去一年的工作", BODY]
    lines += [LEAD[0], BODY, LEAD[1], BODY, "进一步提高对外开放水平。"]
    for p in points:
        lines += [p, BODY]
    lines += ["二、今年的任务", BODY, LEAD[2], BODY, LEAD[3], BODY, "要着重抓好以下三项工作。"]
    for p in points:
        lines += [p, BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    first, second = doc.outline.sections
    assert [c.heading for c in first.children] == [
        "农业生产稳定增长",
        "工业结构继续优化",
        "进一步提高对外开放水平",
    ]
    assert [c.marker + c.heading for c in first.children[2].children] == [
        p.rstrip("。") for p in points
    ]
    assert [c.heading for c in second.children][:2] == ["对外贸易扩大规模", "人民生活不断改善"]
    assert "要着重抓好以下三项工作" not in [c.heading for c in second.children]


def test_a_run_goes_on_after_a_list_of_its_own_family_inside_it() -> None:
    """一、二、 of the parts, then inside 二、 a list 一、…三、 of its own, then 三、 and 四、
    of the parts: the parts' numbering goes on past the inner list (not lost as stray
    numbers), and the inner list sits under 二、."""
    lines = [
        "各位代表：",
        "现在作报告。",
        "一、过去五年的回顾",
        BODY,
        BODY,
        "二、今后五年的基本任务",
        BODY,
    ]
    lines += [
        "一、确定适度的增长率",
        BODY,
        "二、规定恰当的投资规模",
        BODY,
        "三、重视科技和教育",
        BODY,
    ]
    lines += ["三、经济体制改革", BODY, BODY, "四、外交政策", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("一、过去五年的回顾", []),
        (
            "二、今后五年的基本任务",
            ["一、确定适度的增长率", "二、规定恰当的投资规模", "三、重视科技和教育"],
        ),
        ("三、经济体制改革", []),
        ("四、外交政策", []),
    ]


def test_run_in_points_of_a_higher_family_do_not_keep_a_group_from_its_level() -> None:
    """An old report numbers its questions （一）…（四） under 三、 and, inside them, lists
    of points 一、…（run into their paragraphs): the （一） group is still the level under
    三、; the run-in 一、 lists stay below it. (Had the inner lists reached 三、, the last
    四、 would read as their fourth point: the numbers cannot tell, and the rule keeps the
    innermost reading.)"""
    lines = ["各位代表：", "现在作报告。", "一、总任务", BODY, "二、计划概要", BODY, "三、若干问题"]
    for q in (
        "（一）关于基本建设问题",
        "（二）关于工业生产问题",
        "（三）关于农业增产问题",
        "（四）关于厉行节约问题",
    ):
        lines += [q, BODY, "现在我提出以下几点："]
        lines += ["一、开垦荒地。" + BODY, "二、兴修水利。" + BODY]
    lines += ["四、为完成计划而奋斗", BODY]
    got = two_levels("\n\n".join(lines))
    assert [h for h, _ in got] == [
        "一、总任务",
        "二、计划概要",
        "三、若干问题",
        "四、为完成计划而奋斗",
    ]
    assert got[2][1] == [
        "（一）关于基本建设问题",
        "（二）关于工业生产问题",
        "（三）关于农业增产问题",
        "（四）关于厉行节约问题",
    ]


def test_short_title_lines_head_the_longer_sentence_lines_under_them() -> None:
    """Unnumbered lines of two forms — short titles (国际形势和对外工作) and longer
    sentences with a comma under them (调整经济的任务已经完成，经济已经全面好转) — are two
    levels: the titles are the parts, the sentences their sub-headings."""
    parts = {
        "经济建设的成就和任务": [
            "调整经济的任务已经基本完成，国民经济已经全面好转",
            "最重要的问题是自己积累经验，认识经济建设的客观规律",
        ],
        "革命和统一战线": [
            "城乡正在进行的社会主义教育运动，有着伟大的历史意义",
            "进一步巩固和发展人民民主统一战线，推进各项事业",
        ],
        "国际形势和对外工作": [
            "我国同亚非国家的友好合作关系，近年来有了很大的发展",
            "坚决支持各国人民的正义斗争，维护世界和平与发展",
            "帝国主义和各国反动派陷于空前困难的境地之中",  # long, one clause: a sentence too
        ],
    }
    lines = ["会议新闻", "本报北京电　" + BODY]
    for title, subs in parts.items():
        lines += [title, BODY]
        for sub in subs:
            lines += [sub, BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [(t, subs) for t, subs in parts.items()]


def test_a_last_point_introduced_by_zuihou_after_numbered_points() -> None:
    """第一、…第四、 points standing on their own lines, then "最后，着重讲一讲…" standing
    alone in the same way over paragraphs of its own: the run's last point, not the start
    of the closing; a 最后， sentence run into a paragraph still starts the closing."""
    lines = ["各位代表：", "现在作报告。", "一、过去的工作", BODY, "二、主要措施", BODY]
    lines += ["第一、严格控制投资规模", BODY, "第二、整顿现有企业", BODY]
    lines += ["第三、推进技术进步", BODY, "第四、加快体制改革", BODY]
    lines += ["最后，着重讲一讲农业和农村工作问题", BODY, BODY]
    lines += ["三、外交工作", BODY, "最后，我们要团结一致，" + BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    points = [c.marker + c.heading for c in doc.outline.sections[1].children]
    assert points == [
        "第一、严格控制投资规模",
        "第二、整顿现有企业",
        "第三、推进技术进步",
        "第四、加快体制改革",
        "最后，着重讲一讲农业和农村工作问题",
    ]
    assert doc.outline.closing[0].startswith("最后，我们要团结一致")


def test_a_weaker_lead_line_before_the_strong_ones_of_its_part() -> None:
    """A part's first lead line may be the weaker one (longer than the others): the strong
    ones after it in the same part vouch for it; the sentence right under the part
    heading is the part's opening, not a lead line."""
    first = "促进科技成果向现实生产力转化，充分发挥科学技术在经济发展中的作用。"
    opening = "国有企业改革是今年经济体制改革的重点，也是政府工作的突出任务。"
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、过去一年的工作", BODY]
    lines += [LEAD[0], BODY, LEAD[1], BODY, "二、发展科技教育", BODY, first, BODY]
    lines += [LEAD[2], BODY, LEAD[3], BODY, "三、深化企业改革", opening, BODY]
    lines += ["抓好大型企业。", BODY, "放活小型企业。", BODY]
    got = two_levels("\n\n".join(lines))
    assert got[1] == (
        "二、发展科技教育",
        [first.rstrip("。"), "对外贸易扩大规模", "人民生活不断改善"],
    )
    assert got[2] == ("三、深化企业改革", ["抓好大型企业", "放活小型企业"])


def test_run_in_points_numbered_in_full_beat_topics_alike_in_wording() -> None:
    """（一）…（九） run into their paragraphs, and among their paragraphs run-in topics of
    which a few happen to end alike (…建设。 three times, across the points): the complete
    numbered run is the level, not the topics that cross it. (Scored on the structure
    chooser directly: the shape of a long report part, not a paragraph of text.)"""

    def point(i: int, k: int) -> Candidate:
        return Candidate(i, "cn_paren", k, "（x）", "深入推进结构性改革", "要" * 60)

    def topic(i: int, heading: str) -> Candidate:
        return Candidate(i, TOPIC, 0, "", heading, "要" * 150)

    points = [point(i, k + 1) for k, i in enumerate([1, 8, 12, 20, 24, 28, 31, 34, 39])]
    topics = [
        [
            topic(3, "加快制造强国建设"),
            topic(9, "加强国家创新体系建设"),
            topic(51, "加强党风廉政建设"),
        ],
        [topic(i, "推进国资国企改革") for i in (13, 16, 17, 18, 25, 26)],
        [topic(i, "推进社会体制改革") for i in (14, 19, 23, 27)],
        [topic(i, "全面深化农村改革") for i in (29, 52, 53)],
    ]
    chosen = choose_structure(66, [points, *topics], [], ["要" * 150] * 66, [])
    assert [c.index for c in chosen.heads if c.level == 1] == [c.index for c in points]


def test_a_transcript_numbering_its_points_in_mixed_forms() -> None:
    """A speech taken down as spoken numbers its points on lines of their own in mixed
    forms — 第二、… / 第三个问题是… / 第四关于… / 第五、… / 最后一条，第六条，… — and the
    first point had no heading line at all: together they are one run of points."""
    heads = [
        "第二、讲干部问题",
        "第三个问题是农业合作化。",
        "第四关于工商业改造。",
        "第五、知识分子问题。",
        "最后一条，第六条，我们的国家可能在几个五年计划之内逐步改变面貌。",
    ]
    lines = ["关于几个问题的讲话", "同志们：", BODY, BODY]
    for h in heads:
        lines += [h, BODY, BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    got = [s.marker + s.heading for s in doc.outline.sections]
    assert got == [
        "第二、讲干部问题",
        "第三个问题是农业合作化",
        "第四关于工商业改造",
        "第五、知识分子问题",
        "最后一条，第六条，我们的国家可能在几个五年计划之内逐步改变面貌",
    ]


def test_points_numbered_by_tiao_in_a_speech() -> None:
    """A speaker's 第一条、… 第二条、… 第三条、… (a mark right after 条) in a text that is not
    a law are numbered points, like 第一，…; a law's 第一条 articles stay paragraphs."""
    lines = ["讲话", "同志们：", BODY, "一、关于工作方针", BODY]
    lines += ["第一条、努力克服官僚主义，这样就不会出问题。" + BODY]
    lines += ["第二条、问题出来了，要认真处理。" + BODY, "第三条、处理要稳妥。" + BODY]
    lines += ["二、关于干部", BODY, "三、关于群众", BODY]
    got = two_levels("\n\n".join(lines))
    assert got[0][1] == [
        "第一条、努力克服官僚主义，这样就不会出问题",
        "第二条、问题出来了，要认真处理",
        "第三条、处理要稳妥",
    ]


def test_a_law_in_parts_numbers_its_chapters_on_across_them() -> None:
    """第一编 … 第二编 are the parts of a law and its chapters sit under them, numbered
    on across the parts (第一章 第二章 | 第三章 第四章); articles stay paragraphs."""
    article = "本法所称的事项，依照有关规定办理。"
    lines = ["某某法", "（2020年1月1日通过）"]
    n = 0
    for part, chapters in (
        ("第一编　总则", ["第一章　任务", "第二章　管辖"]),
        ("第二编　程序", ["第三章　起诉", "第四章　审理"]),
    ):
        lines.append(part)
        for ch in chapters:
            lines.append(ch)
            for _ in range(3):
                n += 1
                lines.append(
                    f"第{'一二三四五六七八九十'[n - 1] if n <= 10 else '十' + '一二三四五六七八九'[n - 11]}条　{article}"
                )
    got = two_levels("\n\n".join(lines))
    assert got == [
        ("第一编总则", ["第一章任务", "第二章管辖"]),
        ("第二编程序", ["第三章起诉", "第四章审理"]),
    ]


def test_a_missing_number_found_on_a_longer_line_between_its_neighbours() -> None:
    """Parts 一　… 三　 and 五　… numbered alone on their lines; 四　 stands between 三 and
    五 on a line too long for a usual part title: it is the missing part (whole line),
    not a gap in the numbering."""
    four = "四　离开实际调查就要产生唯心的阶级估量和唯心的工作指导，那末，它的结果，不是机会主义，便是盲动主义"
    lines = ["关于调查工作", "一　没有调查，没有发言权", BODY, "二　调查就是解决问题", BODY]
    lines += ["三　反对本本主义", BODY, four, BODY, "五　调查的技术", BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    got = [s.marker.strip() + s.heading for s in doc.outline.sections]
    assert got[3] == four.replace("\u3000", "")
    assert len(got) == 5 and not any("missing" in w for w in doc.warnings)


def test_report_parts_numbered_by_paren_with_a_dun_list_inside_a_middle_part() -> None:
    """An old report numbers its three parts （一）（二）（三） on lines of their own and the
    ten points of its middle part 一、…: the parts are level 1, the points level 2 under
    （二）, against the usual rank of the markers; a 一、 list after the last part could
    still be the structure."""
    lines = [
        "各位代表：",
        "现在作报告。",
        "（一）当前的经济形势",
        BODY,
        BODY,
        "（二）今后经济建设的方针",
        BODY,
    ]
    points = [
        "一、加快农业的发展",
        "二、调整重工业的服务方向",
        "三、加强能源工业",
        "四、进行技术改造",
    ]
    for p in points:
        lines += [p, BODY, BODY]
    lines += ["（三）我国经济发展的前景", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("（一）当前的经济形势", []),
        ("（二）今后经济建设的方针", points),
        ("（三）我国经济发展的前景", []),
    ]
    lines = [
        "各位代表：",
        "今年的任务是：",
        "（一）稳定经济",
        "（二）深化改革",
        "（三）改善民生",
        BODY,
    ]
    for p in points:
        lines += [p, BODY, BODY]
    assert [h for h, _ in two_levels("\n\n".join(lines))] == points


def test_points_announced_before_everything_else_then_topics_on_one_level() -> None:
    """A text opens with its points announced with a colon — （一）…（五）, one paragraph
    each, before anything else could head it — and goes on with parallel run-in topics
    (关于劳动政策。… 关于土地政策。…): both are the text's level 1, not a list and then topics
    under its last item. The same list under a part title stays a list."""
    points = [
        "（一）一切抗日的人民联合起来",
        "（二）统一战线下的独立自主政策",
        "（三）在军事战略方面的政策",
    ]
    points += ["（四）在和顽固派斗争时的政策", "（五）对待各阶级的基本政策"]
    topics = ["关于政权组织", "关于劳动政策", "关于土地政策", "关于税收政策"]
    lines = ["论政策", BODY, "具体地说，就是："] + [
        p + "。这方面的工作做了很多，成效明显，群众满意，各方面都给予了充分的肯定。" for p in points
    ]
    lines += [BODY, BODY, "这里只综合地指出几点。"] + [t + "。" + BODY for t in topics] + [BODY]
    got = [h for h, _ in two_levels("\n\n".join(lines))]
    assert got == points + topics
    lines = ["论政策", BODY, "关于统一战线", BODY, "具体地说，就是："] + [
        p + "。这方面的工作做了很多，成效明显，群众满意，各方面都给予了充分的肯定。" for p in points
    ]
    lines += ["关于具体政策", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [("关于统一战线", []), ("关于具体政策", [])]


def test_a_colon_list_that_is_a_whole_part_is_its_points() -> None:
    """Parts numbered by a bare numeral; one part is a lead-in sentence ending in a colon
    and （一）…（四）, then only its date line: the items are that part's points. The same
    list inside a part with more text after it stays a list."""
    aims = ["（一）查清各类企业的情况", "（二）分清守法户和违法户", "（三）整顿各类行业组织"]
    aims += ["（四）建立职工监督的制度"]
    item = "。这方面要做的工作很多，各地要抓紧抓实。"
    lines = ["关于春季工作的几个指示", "一", BODY, "二", BODY, "三", "我们必须达到下述目的："]
    lines += [a + item for a in aims] + ["（二〇二二年三月二十三日）"]
    got = two_levels("\n\n".join(lines))
    assert [h for h, _ in got] == ["一", "二", "三"]
    assert got[2][1] == aims
    lines = lines[:-1] + [BODY, BODY]  # the part goes on after the list
    assert two_levels("\n\n".join(lines))[2][1] == []


def test_points_counted_by_the_sentence_before_them_stand_before_a_later_run() -> None:
    """In one part, a sentence counts its points (主要的内容有以下三个方面。) and （一）…（三）
    stand alone right after it, each over its text; further on the part numbers some
    questions 一、…四、. Both are the part's points, though the three stand close together."""
    points = ["（一）增强企业的活力", "（二）发展商品市场", "（三）改进宏观管理"]
    questions = ["一、充分认识改革的要求", "二、充分认识改革的难度"]
    questions += ["三、充分认识改革的形势", "四、充分认识法制的作用"]
    lines = ["各位代表：", BODY, "一、过去五年的回顾", BODY, BODY, BODY, BODY]
    lines += ["二、今后五年的改革", BODY, "今后五年的改革，主要的内容有以下三个方面。"]
    for p in points:
        lines += [p + "。", BODY]
    lines += [BODY, BODY, BODY, "这里着重讲几个需要进一步明确的认识问题。"]
    for q in questions:
        lines += [q, BODY]
    lines += ["三、坚持对外开放", BODY, BODY, BODY, BODY]
    got = two_levels("\n\n".join(lines))
    assert [h for h, _ in got] == ["一、过去五年的回顾", "二、今后五年的改革", "三、坚持对外开放"]
    assert got[1][1] == points + questions
    # with a colon the lead-in introduces a list, not the part's points
    lines[lines.index("今后五年的改革，主要的内容有以下三个方面。")] = "改革的主要内容有三个方面："
    assert two_levels("\n\n".join(lines))[1][1] == questions


def test_lead_lines_under_one_part_title_and_numbered_parts() -> None:
    """One unnumbered part title (首先报告…的工作) does not keep a report's many bold lead
    lines off the outline: the leads head their paragraphs under the numbered parts."""
    leads = ["经济运行保持平稳。", "改革开放继续深化。", "社会事业全面发展。", "人民生活继续改善。"]
    parts = [
        "一、扩大内需，稳定增长",
        "二、调整结构，深化改革",
        "三、发展社会事业",
        "四、加强政府建设",
    ]
    tasks = [
        ["扩大国内需求。", "稳定农业生产。"],
        ["加快结构调整。", "深化企业改革。"],
        ["办好人民教育。", "推进健康建设。"],
        ["转变政府职能。", "改进工作作风。"],
    ]
    lines = ["各位代表：", "我代表县人民政府向大会报告工作。", "首先报告去年的工作", BODY]
    for lead in leads:
        lines += [lead, BODY]
    lines += ["今年要着重做好以下四个方面的工作。"]
    for part, points in zip(parts, tasks):
        lines += [part, BODY, points[0], BODY, points[1], BODY]
    got = two_levels("\n\n".join(lines))
    for part, points in zip(parts, tasks):
        assert (part, [t.rstrip("。") for t in points]) in got


def test_a_lead_line_over_a_short_lead_in_and_points_heads_them() -> None:
    """A bold lead line, then a short paragraph leading in to points (…着重抓好以下几个
    方面：), then 一是…三是: the lead line heads the points, as when they follow at once."""
    points = ["一是抓紧做好准备工作。", "二是进一步发展进出口贸易。", "三是努力提高利用外资水平。"]
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、过去一年的工作", BODY]
    lines += [LEAD[0], BODY, LEAD[1], BODY, "二、今年的任务", BODY, LEAD[2], BODY]
    lines += ["加大结构调整力度。", "要围绕提高质量和效益，着重抓好以下几个方面："]
    for p in points:
        lines += [p, BODY]
    lines += [LEAD[3], BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    second = doc.outline.sections[1]
    assert [c.heading for c in second.children] == [
        "对外贸易扩大规模",
        "加大结构调整力度",
        "人民生活不断改善",
    ]
    assert [c.marker + c.heading for c in second.children[1].children] == [
        p.rstrip("。") for p in points
    ]


def test_a_lead_line_whose_subject_is_the_country() -> None:
    """我国是统一的多民族国家。 over its paragraph is a lead line like the others (a
    sentence in the first person, 我们要…, is not)."""
    lines = ["各位代表：", "我代表国务院向大会作报告。", "一、过去一年的工作", BODY]
    lines += [LEAD[0], BODY, LEAD[1], BODY, "二、今年的任务", BODY, LEAD[2], BODY]
    lines += [LEAD[3], BODY, "我国是统一的多民族国家。", BODY, "我们要继续努力。", BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    assert [c.heading for c in doc.outline.sections[1].children] == [
        "对外贸易扩大规模",
        "人民生活不断改善",
        "我国是统一的多民族国家",
    ]


def test_run_in_points_filling_a_part_after_its_opening_are_its_points() -> None:
    """A part opens with two paragraphs of its own, then a lead-in ending in a colon
    (重点从以下几个方面把握：) and 一是…五是, each a paragraph of its own, run in and short,
    to the next part: they carry the part's content, so they are its points (level 2),
    not a list inside its text. The same items after a part that runs on long before them
    (most of its text is not theirs) stay a list."""
    points = ["一是推动区域协同发展", "二是加快科技创新步伐", "三是扩大有效需求"]
    points += ["四是深化改革开放", "五是保障和改善民生"]
    item = (
        "。" + "落实各项规划，完善工作机制，加大投入力度，推动各项工作走深走实，取得更大成效。" * 2
    )
    lines = ["各位代表：", BODY, "一、过去一年的工作", BODY, BODY]
    lines += ["二、今后五年的目标任务", BODY, BODY, "实现上述目标，重点从以下几个方面把握："]
    lines += [p + item for p in points]
    lines += ["三、今年的重点工作", BODY, BODY]
    got = two_levels("\n\n".join(lines))
    assert [h for h, _ in got] == [
        "一、过去一年的工作",
        "二、今后五年的目标任务",
        "三、今年的重点工作",
    ]
    assert got[1][1] == points
    at = lines.index("实现上述目标，重点从以下几个方面把握：")
    long_part = lines[:at] + [BODY] * 8 + lines[at:]
    assert two_levels("\n\n".join(long_part))[1][1] == []


def test_a_list_that_nearly_fills_its_part_is_told_and_marked() -> None:
    """The same points after a part opening long enough that they carry less than half of
    it (but more than a third): they stay a list, and the outline says the two readings are
    close, so the document is marked 结构待核 rather than sure of a level 2 either reading
    would change. Taken as points, or far from it, nothing is said."""
    points = ["一是推动区域协同发展", "二是加快科技创新步伐", "三是扩大有效需求"]
    points += ["四是深化改革开放", "五是保障和改善民生"]
    item = (
        "。" + "落实各项规划，完善工作机制，加大投入力度，推动各项工作走深走实，取得更大成效。" * 2
    )
    lines = ["各位代表：", BODY, "一、过去一年的工作", BODY, BODY]
    lines += ["二、今后五年的目标任务", BODY, BODY, "实现上述目标，重点从以下几个方面把握："]
    lines += [p + item for p in points]
    lines += ["三、今年的重点工作", BODY, BODY]
    at = lines.index("实现上述目标，重点从以下几个方面把握：")

    def read(opening: int):
        return parse_text("\n\n".join(lines[:at] + [BODY] * opening + lines[at:])).outline

    def told(outline) -> bool:
        return any("两种读法相近" in d for d in outline.doubts)

    taken, close, far = read(0), read(4), read(12)
    assert [c.marker for c in taken.sections[1].children] == [p[:2] for p in points]
    assert not told(taken) and not told(far)
    assert close.sections[1].children == [] and told(close)
    assert close.confidence < 0.7 <= taken.confidence


def test_a_minutes_decisions_are_its_points_a_list_of_kinds_stays_a_list() -> None:
    """会议议定以下事项： over （一）…（三）, each a short title of its own and a sentence or two
    telling it, and the minutes going on after them (modern_blind10 w06): the decisions are
    the part's points. The same items announced as 表现 (有如下几种表现：) stay a list."""
    items = ["（一）建立领导联系企业制度", "（二）建设检测中心", "（三）清理涉企检查"]
    tell = "。由县有关部门牵头，年底前完成。"
    lines = ["关于座谈会的纪要", "一、会议情况", BODY, "二、会议要求", BODY, "会议议定以下事项："]
    lines += [a + tell for a in items] + [BODY, BODY]
    assert two_levels("\n\n".join(lines))[1][1] == items
    lines[5] = "这种倾向有如下几种表现："
    assert two_levels("\n\n".join(lines))[1][1] == []


def test_a_numbered_point_that_announces_its_sub_points_keeps_them() -> None:
    """（二）'s own sentence, then 其具体办法是： over 一、…。… 二、…。…, each a paragraph of its own
    that says a sentence and goes on (a decision's point and the two prongs of its policy,
    held-out set 26's v2_021): the items are （二）'s sub-points, not a list in a sentence. The
    same items announced by a numbered paragraph that says nothing else (（二）具体办法是：, a
    paragraph number on an announcement) or by prose stay a list."""
    items = ["一、对于城区，以改造提升为主", "二、对于农村，以补齐短板为主"]
    tell = "。具体由各有关部门分头落实，年底前拿出方案。"
    point = "（二）今年的重点是抓好基础设施建设，补齐发展短板。其具体办法是："
    lines = ["关于今年工作的决定", "（一）今年的总体要求是稳中求进。" + BODY, point]
    lines += [a + tell for a in items] + [BODY, "（三）各级都要加强组织领导。" + BODY]
    parts = two_levels("\n\n".join(lines))
    assert [p for p, _ in parts][1] == "（二）今年的重点是抓好基础设施建设，补齐发展短板"
    assert parts[1][1] == items
    lines[2] = "（二）其具体办法是："
    assert all(not kids for _, kids in two_levels("\n\n".join(lines)))
    lines[2] = "今年的重点是抓好基础设施建设。其具体办法是："
    heads = [h for p, kids in two_levels("\n\n".join(lines)) for h in (p, *kids)]
    assert not set(items) & set(heads), heads
