"""比较稿件 on a writer's Word files: a heading moved without renumbering is the moved
heading, and every change names its headings with their numbers (ux26's walk).

The writer cut 二、突出工作重点… and pasted it after 三、 without touching the number
(一、 三、 二、). ``drafter compare 初稿.docx 二稿.docx`` said 删除 二、突出工作重点… and
[强化组织保障，…] 新增段落 "二、突出工作重点…": the outline reader, reading the second
file alone, took a 二、 after 三、 for a line of text. And the change list named where a
change stood by its headings' words alone (在 突出工作重点，扎实推进… 下), where a moved
paragraph's line said “二、突出工作重点… / （一）强化隐患排查”第 1 段.
"""

from __future__ import annotations

import copy

from docx import Document as WordDocument

from drafter.cli import main
from drafter.compare import compare_drafts, load_side
from drafter.compare.moved_headings import restore_moved_headings
from drafter.compare.report import render_report
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export.redline import export_redline

HEAD = [
    "在全区安全生产工作会议上的讲话",
    "区长 王某某",
    "（2025年3月12日）",
    "同志们：",
    "今天召开全区安全生产工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。",
]
ONE = (
    "一、提高政治站位，切实增强做好安全生产工作的责任感",
    "安全生产事关人民群众生命财产安全，必须时刻绷紧这根弦。",
)
ONE_1 = ("（一）统一思想认识", "各级各部门要把安全生产摆在更加突出的位置，坚持人民至上。")
ONE_2 = ("（二）压实工作责任", "要严格落实党政同责、一岗双责、齐抓共管、失职追责。")
TWO = (
    "二、突出工作重点，扎实推进安全生产各项任务落地见效",
    "今年的工作任务很重，要抓住重点领域和关键环节。",
)
TWO_1 = ("（一）强化隐患排查", "要深入开展隐患排查治理，做到排查无死角、整改不过夜。")
TWO_2 = ("（二）深化专项整治", "要聚焦道路交通、危化品、建筑施工等重点行业，深化专项整治。")
THREE = (
    "三、强化组织保障，确保各项措施落到实处",
    "各级领导干部要靠前指挥，加强督导检查，确保责任落实到位。",
)
CLOSE = "同志们，安全生产责任重于泰山。让我们以更加务实的作风，推动全区安全生产形势持续稳定向好！"
# paragraphs of a speech's length (a heading line before one short line reads as a wrapped line)
_MORE = "各级各部门要提高认识、压实责任、强化措施，以钉钉子精神抓好各项工作落实，确保取得实效。"
ONE, ONE_1, ONE_2, TWO, TWO_1, TWO_2, THREE = (
    (h, p + _MORE) for h, p in (ONE, ONE_1, ONE_2, TWO, TWO_1, TWO_2, THREE)
)
FIRST = [ONE, ONE_1, ONE_2, TWO, TWO_1, TWO_2, THREE]


def _word(path, parts) -> str:
    """A writer's Word file: plain paragraphs, no heading styles (as typed)."""
    doc = WordDocument()
    for line in [*HEAD, *(x for part in parts for x in part), CLOSE]:
        doc.add_paragraph(line)
    doc.save(path)
    return str(path)


def _compare(tmp_path, parts, first=FIRST):
    old, _ = load_side(_word(tmp_path / "初稿.docx", first))
    new, _ = load_side(_word(tmp_path / "二稿.docx", parts))
    return compare_drafts(old, new)


def test_a_first_level_part_moved_after_the_next_is_the_moved_heading(tmp_path):
    c = _compare(tmp_path, [ONE, ONE_1, ONE_2, THREE, TWO, TWO_1, TWO_2])
    assert [o.op for o in c.outline] == ["move"]  # was: 删除 二、… and two moves under 三、
    assert c.paragraphs == []  # was: 新增段落 "二、突出工作重点…" under 三、
    assert c.stats == {"chars_added": 0, "chars_removed": 0}
    # the new side prints the writer's numbers, 三、 before 二、, each heading with its text
    printed = [h for h, _ in (ONE, ONE_1, ONE_2, THREE, TWO, TWO_1, TWO_2)]
    from drafter.drafts.numbering import heading_text, markers

    marks = markers(c.new)
    assert [heading_text(c.new, n, marks) for n in c.new.walk()] == printed
    text = render_report(c)
    assert "同级中由第 3 项移到第 2 项，编号未改" in text  # not 原为 三、… next to 三、…


def test_a_part_moved_to_the_front_takes_its_sub_headings_along(tmp_path):
    c = _compare(tmp_path, [TWO, TWO_1, TWO_2, ONE, ONE_1, ONE_2, THREE])
    assert [o.op for o in c.outline] == ["move"] and c.paragraphs == []
    moved = c.new.sections[0]
    assert moved.heading.startswith("突出工作重点")
    assert [n.heading for n in moved.children] == ["强化隐患排查", "深化专项整治"]
    assert [p.text for p in moved.paragraphs] == [TWO[1]]


def test_a_lone_sub_heading_left_behind_stays_a_heading(tmp_path):
    # （二） moved under 二、 and renumbered （三）: 一、 keeps a lone （一）, read as a line
    c = _compare(tmp_path, [ONE, ONE_1, TWO, TWO_1, TWO_2, ("（三）压实工作责任", ONE_2[1]), THREE])
    assert [(o.op, o.old, o.new) for o in c.outline] == [
        ("move", "（二）压实工作责任", "（三）压实工作责任")
    ]
    assert c.paragraphs == []


def test_the_old_side_is_read_against_the_new_too(tmp_path):
    # the 初稿 was the one out of order, the 二稿 put it right: one move, no text change
    c = _compare(tmp_path, FIRST, first=[ONE, ONE_1, ONE_2, THREE, TWO, TWO_1, TWO_2])
    assert [o.op for o in c.outline] == ["move"] and c.paragraphs == []


def test_a_paragraph_of_a_draft_version_stays_a_paragraph():
    """Two versions of one draft share ids: a paragraph the writer typed with a number is
    his paragraph, and the drafts compared are never changed in place."""
    old = Draft(
        meta=DraftMeta(title="讲话"),
        sections=[
            DraftNode("抓学习", paragraphs=[DraftParagraph("要学深悟透。")]),
            DraftNode("抓落实"),
        ],
    )
    new = copy.deepcopy(old)
    new.sections[0].paragraphs.append(DraftParagraph("二、抓落实"))
    same_old, same_new = restore_moved_headings(old, new)
    assert same_old is old  # nothing the old side lacks
    assert len(list(same_new.walk())) == 2  # 抓落实 is a heading of this draft: nothing missing
    versions = copy.deepcopy(old)
    versions.sections.pop()
    versions.sections[0].paragraphs.append(DraftParagraph("二、抓落实"))
    kept_id = copy.deepcopy(versions)
    kept_id.sections[0].paragraphs[-1].id = old.sections[0].paragraphs[0].id
    _o, restored = restore_moved_headings(old, versions)
    assert [n.heading for n in restored.walk()] == ["抓学习", "抓落实"]
    assert [n.heading for n in versions.walk()] == ["抓学习"]  # the given draft untouched


def test_every_change_names_its_headings_with_their_numbers(tmp_path):
    parts = [
        ONE,
        ONE_1,
        TWO,
        ("（一）强化隐患排查", TWO_1[1] + "要建立清单、限时整改。"),
        TWO_2,
        THREE,
    ]
    parts.insert(4, ("（二）压实工作责任", ONE_2[1]))  # under 二、, now （二）, not renumbered
    parts.append(("四、加强宣传引导", "要营造人人讲安全的浓厚氛围。"))
    c = _compare(tmp_path, parts)
    text = render_report(c)
    assert "（在“二、突出工作重点，扎实推进安全生产各项任务落地见效”下）" in text
    assert "新增  四、加强宣传引导\n" in text  # the first level: no place to name
    assert (
        "修改段落：“二、突出工作重点，扎实推进安全生产各项任务落地见效 / （一）强化隐患排查”第 1 段"
        in text
    )
    assert " 新增段落：“四、加强宣传引导”第 1 段" in text
    assert "[突出工作重点" not in text and "在 突出" not in text  # the words alone, no more


def test_cli_and_redline_of_the_moved_heading(tmp_path, capsys):
    first = _word(tmp_path / "初稿.docx", FIRST)
    second = _word(tmp_path / "二稿.docx", [ONE, ONE_1, ONE_2, THREE, TWO, TWO_1, TWO_2])
    out = tmp_path / "修订稿.docx"
    assert main(["compare", first, second, "-o", str(out), "--author", "王主任"]) == 0
    said = capsys.readouterr().out
    assert "  删除  " not in said and "新增段落" not in said
    word = WordDocument(str(out))
    styles = {p.text: p.style.name for p in word.paragraphs}
    assert styles[TWO[0]].startswith("Heading 1")  # printed as the heading it is, as written
    assert styles[THREE[0]].startswith("Heading 1")
    assert not out.read_bytes().count(b"w:del ")  # nothing struck through: nothing deleted
    notes = [c.text for c in word.comments]
    assert notes == ["本节顺序已调整：同级中由第 3 项移到第 2 项（编号未改）。"]
    redo = export_redline(_compare(tmp_path, FIRST), tmp_path / "同稿.docx")
    assert not WordDocument(str(redo)).comments
