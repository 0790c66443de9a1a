"""A template from a speech whose points are numbered in no draft style (第一点，… as a
leader's talk has them) came out with bare slots (……): the draft made from it no longer said
第一点. The heading keeps the written marker (: 原编号 =, renumbered in its form when the
writer edits the draft); a template made with ``drafter template from
FILE`` of a file corrected in the library takes the corrected outline (it said “no headings
found” for a speech fixed to 第二点…第六点 in the reader)."""

from __future__ import annotations

from cli_run import run_cli

from drafter.corpus import parse_text
from drafter.drafts import ops
from drafter.drafts.model import DraftNode
from drafter.drafts.numbering import markers
from drafter.library import Library
from drafter.templating import render_source
from drafter.templating.from_document import template_from_document

SPEECH = """在全县工作会议上的讲话
同志们：
今天我讲三点意见。
一、统一思想
第一点，关于作风
作风建设永远在路上，不能一阵风。
第二点，关于农业
农业是基础，要抓紧抓实。
二、狠抓落实
要一级抓一级，层层抓落实。
"""

LONG = "这件事要抓紧，各地要拿出具体办法，把任务分解到人，把责任落实到位，按月调度，年底考核。"
PLAIN = "\n".join(
    [
        "这次会议开得很好，大家畅所欲言，提了许多好的意见。这是第一点。",
        "第二点，讲一讲作风。" + LONG,
        "第三点，讲一讲农业。" + LONG,
    ]
)


def test_a_number_in_no_style_stays_in_the_slot_and_styled_ones_stay_numbering():
    doc = parse_text(SPEECH, "t.txt")
    draft = render_source(template_from_document(doc, "t"), "t.j2")
    first = draft.sections[0]
    assert not first.heading.startswith("一、")  # 一、 is the level's numbering
    marks = markers(draft)
    assert [marks[c.id] + c.heading for c in first.children] == ["第一点，关于……", "第二点，关于……"]
    # a marker, not words of the slot: a point inserted before them renumbers them
    ops.add_node(draft, first.id, 0, DraftNode("关于学习"))
    marks = markers(draft)
    assert [marks[c.id] for c in first.children] == ["第一点，", "第二点，", "第三点，"]


def test_a_bare_number_keeps_its_full_width_space():
    doc = parse_text(
        "在学习会上的讲话\n同志们：\n一\u3000关于学习\n学习很重要，大家要认真读书。\n"
        "二\u3000关于工作\n工作要抓紧，不能拖拖拉拉。\n",
        "t.txt",
    )
    source = template_from_document(doc, "t")
    assert ": 原编号 = 一" in source
    draft = render_source(source, "t.j2")
    assert [markers(draft)[n.id] for n in draft.sections] == ["一\u3000", "二\u3000"]


def test_template_from_a_corrected_file_takes_the_corrected_outline(tmp_path, capsys):
    path = tmp_path / "讲话.txt"
    path.write_text(PLAIN, encoding="utf-8")
    lib_dir = tmp_path / "lib"
    cmd = ["template", "from", str(path), "-o", "促进派", "--library", str(lib_dir)]
    with Library.open(lib_dir, workers=1) as lib:
        list(lib.add([path]))
        assert run_cli(capsys, *cmd, check=False).returncode != 0
        doc_id = lib.documents()[0].id
        texts = [p.text for p in lib.load(doc_id).paragraphs()]
        lib.set_corrections(
            doc_id,
            [
                {"op": "heading", "para": i, "text": t, "level": 1}
                for i, t in enumerate(texts)
                if t.startswith(("第二点", "第三点"))
            ],
        )
    done = run_cli(capsys, *cmd).stdout
    assert "2 个小标题" in done
    source = (lib_dir / "templates" / "促进派.j2").read_text(encoding="utf-8")
    # the headings are kept to edit (template from keeps them as 以此文为模板 does)
    assert "+ 讲一讲农业" in source and ": 原编号 = 第三点，" in source


def test_new_from_a_corrected_file_starts_the_draft_as_corrected(tmp_path, capsys):
    path = tmp_path / "讲话.txt"
    path.write_text(PLAIN, encoding="utf-8")
    lib_dir = tmp_path / "lib"
    cmd = ["new", "--from", str(path), "--force"]
    cmd += ["--library", str(lib_dir), "-o", str(tmp_path / "稿.json")]
    with Library.open(lib_dir, workers=1) as lib:
        list(lib.add([path]))
        assert "0 个小标题" in run_cli(capsys, *cmd, check=False).stdout
        doc_id = lib.documents()[0].id
        texts = [p.text for p in lib.load(doc_id).paragraphs()]
        i = next(n for n, t in enumerate(texts) if t.startswith("第二点"))
        lib.set_corrections(doc_id, [{"op": "heading", "para": i, "text": texts[i], "level": 1}])
    done = run_cli(capsys, *cmd).stdout
    assert "1 个小标题" in done
