"""drafter compare: outline diff, paragraph diffs with character changes, JSON shape."""

from __future__ import annotations

import copy
import json

from holdout import skip_held_out

from drafter.cli import main
from drafter.compare import compare_drafts
from drafter.compare.textdiff import char_diff
from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.store import save_draft
from drafter.export import export_draft
from tests.export.conftest import build_speech


def _ops(comparison, kind="outline"):
    return [(c.op, c.old, c.new) for c in getattr(comparison, kind)]


def test_char_diff_round_trips_and_folds_islands():
    old, new = "要加强理论学习和业务学习", "要强化理论学习与实践锻炼"
    diff = char_diff(old, new)
    assert "".join(t for op, t in diff if op != "insert") == old
    assert "".join(t for op, t in diff if op != "delete") == new
    assert ("equal", "理论学习") in diff
    # the one-character island 习 between two changes is folded, not left alone
    assert all(len(t) > 1 for op, t in diff[1:-1] if op == "equal")
    assert char_diff("同", "同") == [("equal", "同")]


def test_identical_drafts_have_no_changes():
    a = build_speech()
    c = compare_drafts(a, copy.deepcopy(a))
    assert c.unchanged and c.to_json()["stats"] == {"chars_added": 0, "chars_removed": 0}


def test_move_renumbers_without_reporting_the_renumbered():
    old = Draft(sections=[DraftNode(h) for h in ("抓学习", "抓落实", "抓作风", "抓纪律")])
    new = copy.deepcopy(old)
    new.sections.insert(0, new.sections.pop(2))  # 抓作风 to the front: 一、…四、 shift
    c = compare_drafts(old, new)
    assert _ops(c) == [("move", "三、抓作风", "一、抓作风")]
    assert c.paragraphs == []


def test_add_remove_rename_level_and_paths():
    old = build_speech()
    new = copy.deepcopy(old)
    first, second = new.sections
    first.heading = "深刻认识办公室工作的重要地位"  # rename
    first.children.pop(1)  # remove 办公室是服务中心
    second.children.append(DraftNode("加强作风", paragraphs=[DraftParagraph("作风要实。")]))
    deep = second.children[0].children.pop(0)  # 学理论: level 3 -> level 2 under part two
    second.children.append(deep)
    c = compare_drafts(old, new)
    got = {(o.op, o.old, o.new) for o in c.outline}
    assert ("rename", "一、充分认识办公室工作的重要地位", "一、深刻认识办公室工作的重要地位") in got
    assert ("remove", "（二）办公室是服务中心", None) in got
    assert ("add", None, "（二）加强作风") in got
    assert ("move", "1.学理论", "（三）学理论") in got and (
        "level",
        "1.学理论",
        "（三）学理论",
    ) in got
    added = next(o for o in c.outline if o.op == "add")
    assert added.path == ["突出重点，全面提升服务水平", "加强作风"]
    paras = {(p.op, p.new or p.old) for p in c.paragraphs}
    assert ("add", "作风要实。") in paras and ("remove", "要做好服务保障。") in paras
    # 学理论's own paragraph moved with it: not a text change
    assert not any("常抓不懈" in (p.new or p.old or "") for p in c.paragraphs)


def test_paragraph_change_has_character_diff_and_stats():
    old = build_speech()
    new = copy.deepcopy(old)
    new.sections[0].paragraphs[0].text = "办公室处于承上启下、联系左右、协调各方的中枢位置。"
    new.closing.append(DraftParagraph("谢谢大家！"))
    c = compare_drafts(old, new)
    change = next(p for p in c.paragraphs if p.op == "change")
    assert change.path == ["充分认识办公室工作的重要地位"]
    # 枢纽 -> 中枢: the lone 枢 kept in between is folded into one readable replacement
    assert change.diff[1:3] == [("delete", "枢纽"), ("insert", "中枢")]
    assert c.stats == {"chars_added": 2 + 5, "chars_removed": 2}


def test_documents_compare_by_words(tmp_path):
    """Two Word files of one speech: ids differ, headings are matched by their words."""
    old = build_speech()
    new = copy.deepcopy(old)
    new.sections.reverse()
    a = export_draft(old, tmp_path / "v1.docx")
    b = export_draft(new, tmp_path / "v2.docx")
    from drafter.compare import load_side

    c = compare_drafts(load_side(a)[0], load_side(b)[0])
    assert [(o.op, o.new) for o in c.outline] == [("move", "一、突出重点，全面提升服务水平")]
    assert c.paragraphs == []


def test_cli_json_shape_exactly(tmp_path, capsys):
    old = build_speech()
    new = copy.deepcopy(old)
    new.sections[0].heading = "深刻认识办公室工作的重要地位"
    new.opening[1].text += "会议开得很及时。"
    save_draft(old, tmp_path / "a.json")
    save_draft(new, tmp_path / "b.json")
    assert main(["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    # the keys, and the title block's changes (none here)
    assert set(payload) == {"header", "outline", "paragraphs", "stats"} and payload["header"] == []
    assert payload["outline"] == [
        {
            "op": "rename",
            "old": "一、充分认识办公室工作的重要地位",
            "new": "一、深刻认识办公室工作的重要地位",
            "path": ["深刻认识办公室工作的重要地位"],
        }
    ]
    (para,) = payload["paragraphs"]
    assert set(para) == {"op", "path", "old", "new"} and para["op"] == "change"
    assert para["path"] == ["（开头）"] and para["new"].endswith("会议开得很及时。")
    assert set(payload["stats"]) == {"chars_added", "chars_removed"}
    assert all(isinstance(v, int) for v in payload["stats"].values())


def test_cli_text_report_and_versions(tmp_path, capsys):
    path = tmp_path / "d.json"
    draft = build_speech()
    save_draft(draft, path, label="初稿")
    draft.sections[1].children[0].paragraphs[0].text = "学习是立身之本。"
    save_draft(draft, path, label="送审稿")
    assert main(["compare", f"{path}@初稿", f"{path}@送审稿"]) == 0
    out = capsys.readouterr().out
    assert "修改段落" in out and "[-" in out and "合计：" in out
    assert main(["compare", str(path), str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err


def test_real_speech_against_its_edited_copy(shared_dir):
    """A real speech from ../shared against an edited copy: the edits and nothing else."""
    from drafter.drafts.open_any import open_as_draft

    speeches = sorted((shared_dir / "corpus" / "speeches").rglob("*.md"))
    speeches = skip_held_out(speeches, shared_dir)[:40]  # blind texts are never read
    checked = 0
    for path in speeches:
        old = open_as_draft(path)
        nodes = list(old.walk())
        if len(old.sections) < 3 or not any(n.paragraphs for n in nodes):
            continue
        new = copy.deepcopy(old)
        new.sections.append(new.sections.pop(0))
        target = next(n for n in new.walk() if n.paragraphs)
        target.paragraphs[0].text += "增加一句。"
        c = compare_drafts(old, new)
        assert [o.op for o in c.outline] in (["move"], ["move", "move"]), path
        assert [p.op for p in c.paragraphs] == ["change"], path
        assert c.stats["chars_added"] == 5 and c.stats["chars_removed"] == 0, path
        checked += 1
    assert checked >= 5


def test_a_changed_title_block_is_a_change(tmp_path, capsys):
    """A new speaker or date alone compared as 两稿内容相同: the title block's fields are
    compared too, named in Chinese, in the order they are printed; spaces do not count."""
    old = build_speech()
    new = copy.deepcopy(old)
    new.meta.speaker, new.meta.date = "王某某", "2026-03-02"
    new.meta.title = old.meta.title + " "
    c = compare_drafts(old, new)
    assert not c.unchanged and not c.outline and not c.paragraphs
    assert [(h.label, h.old, h.new) for h in c.header] == [
        ("讲话人", old.meta.speaker, "王某某"),
        ("日期", old.meta.date, "2026-03-02"),
    ]
    save_draft(old, tmp_path / "a.json")
    save_draft(new, tmp_path / "b.json")
    assert main(["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json")]) == 0
    out = capsys.readouterr().out
    assert "两稿内容相同" not in out
    assert "稿头变化（2 处）" in out and f"讲话人  {old.meta.speaker or '（空）'} → 王某某" in out


def test_cli_json_carries_title_block_changes(tmp_path, capsys):
    """A new date or speaker and nothing else: the text report said 稿头变化（1 处）, while
    --json printed empty outline and paragraph lists, as if the two drafts were the same."""
    old = build_speech()
    new = copy.deepcopy(old)
    new.meta.date = "2025-04-20"
    save_draft(old, tmp_path / "a.json")
    save_draft(new, tmp_path / "b.json")
    assert main(["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["outline"] == [] and payload["paragraphs"] == []
    assert payload["header"] == [
        {"field": "date", "label": "日期", "old": old.meta.date, "new": "2025-04-20"}
    ]
