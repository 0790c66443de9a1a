"""Study features that use the library: mining, the occasion tree, notes and structure
templates — on a real library built in a temporary folder from fixture texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run_cli
from test_study_fixtures import SPEECH

from drafter.corpus.load import parse_text
from drafter.drafts.numbering import heading_text, markers
from drafter.library import Library
from drafter.library.model import DocumentInfo
from drafter.study.analyze import analyze
from drafter.study.mining import library_entries, mine, mine_all
from drafter.study.notes import NotesError, NoteStore, open_notes
from drafter.study.occasions import OTHER, occasion_kind, occasion_tree
from drafter.study.templates import StructureError, structure_template, template_name
from drafter.templating.registry import get_template, render_template, save_user_template

SECOND = """在全县工作会议上的讲话
同志们：
今天召开这次会议，主要任务是部署明年工作。下面，我讲两点意见。
一、做到“四勤”
一是腿勤
多下基层。
二是口勤
多汇报。
三是手勤
多记录。
四是眼勤
多观察。
二、坚持“三个服务”
要坚持“三个服务”，做到“四个意识”入脑入心。
同志们，让我们共同努力！
"""


@pytest.fixture
def library(tmp_path: Path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "开班式讲话.txt").write_text(SPEECH, encoding="utf-8")
    (folder / "工作会议讲话.txt").write_text(SECOND, encoding="utf-8")
    with Library.open(tmp_path / "lib") as lib:
        for _ in lib.add([folder]):
            pass
        yield lib


def test_mining_counts_frames_and_patterns_with_examples(library):
    total = len(library.documents())
    progress = []
    gen = mine(library_entries(library), total)
    while True:
        try:
            progress.append(next(gen))
        except StopIteration as stop:
            mined = stop.value
            break
    assert [p.done for p in progress] == list(range(1, total + 1))
    by_key = {f.key: f for f in mined.frames}
    siqin = by_key["四勤"]
    assert siqin.documents == 2 and siqin.listed == 2
    assert siqin.examples[0].items in (
        ["腿勤", "嘴勤", "手勤", "脑勤"],
        ["腿勤", "口勤", "手勤", "眼勤"],
    )
    assert sum(siqin.by_occasion.values()) == 2
    assert "四意识" in by_key and by_key["四意识"].listed == 0
    json.dumps(mined.to_json(), ensure_ascii=False)  # serialisable


def test_mining_cancel_and_bad_record(library):
    entries = list(library_entries(library))
    info = entries[0][0]

    def broken():
        raise ValueError("damaged cache")

    mined = mine_all([(info, broken), *entries[1:]], len(entries))
    assert mined.documents == len(entries)
    assert mined.failed and info.path in mined.failed[0]
    gen = mine(iter(entries), len(entries), cancel=lambda: True)
    with pytest.raises(StopIteration) as stop:
        next(gen)
    assert stop.value.value.documents == 0


def test_library_frames_cli(library, capsys):
    root = str(library.root)
    library.close()
    # in this process: tests/cli_run.py says why
    out = run_cli(capsys, "library", "--library", root, "frames", "--json", "--min", "1").stdout
    data = json.loads(out)
    assert data["documents"] == 2
    assert any(f["phrase"] == "四勤" and f["documents"] == 2 for f in data["frames"])
    text = run_cli(capsys, "library", "--library", root, "frames").stdout
    assert "四勤" in text and "2 篇" in text


def test_occasion_kinds_and_tree():
    assert occasion_kind("全市安全生产动员部署会议") == "动员部署会"
    assert occasion_kind(None, "在全区办公室主任暨文秘业务培训会议上的讲话") == "培训会"
    assert occasion_kind("青年干部培训班开班式") == "开班式"
    assert occasion_kind("") == OTHER

    def info(i, occasion, level, date):
        return DocumentInfo(
            f"d{i}",
            f"/x/{i}.txt",
            None,
            None,
            None,
            date,
            None,
            occasion,
            level,
            None,
            "txt",
            1,
            1,
            "",
            "",
        )

    tree = occasion_tree(
        [
            info(1, "全市表彰大会", "全市", "2024-01-02"),
            info(2, "全市表彰大会", "全市", "2023-05-01"),
            info(3, "全区工作会议", None, None),
        ]
    )
    assert [n.label for n in tree] == ["表彰会", "工作会议"]
    assert tree[0].count == 2 and [y.label for y in tree[0].children[0].children] == [
        "2024",
        "2023",
    ]
    assert tree[1].children[0].label == "未注明层级"


def test_notes_add_search_update_remove(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        a = store.add("doc1", 3, 0, 4, "三个服务", "记住这个提法", doc_title="范文一")
        b = store.add("doc1", 1, 2, 6, "下面我讲", color="green")
        store.add("doc2", 0, 0, 2, "同志", "称呼", doc_title="范文二")
        assert [n.id for n in store.for_document("doc1")] == [b.id, a.id]
        assert b.is_highlight and not a.is_highlight
        assert [n.id for n in store.search("提法")] == [a.id]
        assert [n.id for n in store.search("范文二")][0] != a.id
        assert store.search("100%") == []
        store.update(b.id, note="提纲句")
        assert store.get(b.id).note == "提纲句" and store.get(b.id).color == "green"
        assert store.remove(a.id) and not store.remove(a.id)
        with pytest.raises(NotesError):
            store.add("doc1", 0, 3, 3, "")
    # kept across sessions
    with NoteStore(tmp_path / "n.sqlite") as again:
        assert len(again.all()) == 2


def test_notes_beside_the_library(library):
    store = open_notes(library)
    assert store.path.parent == Path(library.root)
    store.close()


def test_structure_template_keeps_yishi_numbering(tmp_path):
    doc = parse_text(SECOND, "second.txt")
    heading = next(p.index for p in doc.paragraphs() if p.text == "一是腿勤")
    source = structure_template(doc, heading, "结构-四勤")
    path = save_user_template(source, "结构-四勤", tmp_path)
    assert path.exists()
    draft = render_template(get_template("结构-四勤", tmp_path), user_dir=tmp_path)
    assert draft.numbering[0] == "shi"
    marks = markers(draft)
    labels = [heading_text(draft, node, marks) for node in draft.sections]
    assert labels[0].startswith("一是") and labels[-1].startswith("四是")
    assert not any(label.startswith("一要") for label in labels)


def test_structure_template_from_heading_frame_and_errors():
    doc = parse_text(SECOND, "second.txt")
    frame_heading = next(p.index for p in doc.paragraphs() if p.text.startswith("一、做到"))
    source = structure_template(doc, frame_heading, "结构-四勤")
    assert "四勤" in source and "腿勤" in source and '"shi"' in source
    with pytest.raises(StructureError):
        structure_template(doc, 0, "x")
    assert template_name("坚持…") == "结构-坚持X"


def test_mining_leaves_out_counts_whose_noun_came_first(library):
    info = next(iter(library_entries(library)))[0]
    text = "各位同志：\n前途不外两种，一是坚持团结；一是妥协投降。我们要坚持“三个服务”。\n"
    doc = parse_text(text, "x.txt")
    mined = mine_all([(info, lambda: doc)], 1, min_documents=1)
    keys = {f.key for f in mined.frames}
    assert "三服务" in keys and "两种" not in keys


def test_mining_leaves_out_pronouns_closing_a_list(library):
    # 二者 in many texts is as many unrelated pairs, not one structure shared (session 46)
    info = next(iter(library_entries(library)))[0]
    text = "各位同志：\n集体领导和个人负责，二者不可偏废。我们要坚持“三个服务”。\n"
    doc = parse_text(text, "x.txt")
    assert any(f.phrase == "二者" for f in analyze(doc).frames)  # a frame in its sentence
    mined = mine_all([(info, lambda: doc)], 1, min_documents=1)
    keys = {f.key for f in mined.frames}
    assert "三服务" in keys and "二者" not in keys


def test_mining_ranks_generic_counts_after_named_frames(library):
    # 两个问题 in two texts counts unrelated things; 三个服务 in one names a structure (fr8)
    entries = list(library_entries(library))
    texts = [
        "各位同志：\n我讲两个问题：一是抓学习；二是抓落实。要坚持“三个服务”。\n",
        "各位同志：\n这里有两个问题：一是人手不够；二是经费紧张。\n",
    ]
    docs = [parse_text(t, f"x{k}.txt") for k, t in enumerate(texts)]
    mined = mine_all(
        [(info, lambda d=d: d) for (info, _), d in zip(entries, docs)], 2, min_documents=1
    )
    keys = [f.key for f in mined.frames]
    assert "两问题" in keys and "三服务" in keys
    by_key = {f.key: f for f in mined.frames}
    assert by_key["两问题"].documents == 2 and by_key["三服务"].documents == 1
    assert keys.index("三服务") < keys.index("两问题")


def test_mining_dates_a_dateless_text_by_its_file_name(tmp_path):
    """A report that names no date is of the year its file's name gives, as the library's
    table and 年份 filter show it (gwr_national_2008.txt): the 结构 panel said 年份不详."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "work_report_2008.txt").write_text(SECOND.split("\n", 1)[1], encoding="utf-8")
    with Library.open(tmp_path / "lib") as lib:
        for _ in lib.add([folder]):
            pass
        assert not lib.documents()[0].date  # the text names none
        mined = mine_all(library_entries(lib), 1, min_documents=1)
    siqin = next(f for f in mined.frames if f.key == "四勤")
    assert dict(siqin.by_year) == {2008: 1}
    assert siqin.year_span == "2008"
    assert siqin.within(year=2008).documents == 1
