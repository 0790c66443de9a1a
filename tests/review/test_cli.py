"""``drafter review``: the JSON shape, exit codes, filters, lists from a library folder."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.corpus import load_document

BAD = """关于做好全区办公室工作的讲话
（2026年3月2日）
同志们：
下面，我讲四点意见。
一、提高政治站位
请XX同志牵头，2025年12月32日前完成。
二、突出工作重点
今年（2024年）是关键之年。
四、强化责任落实
要抓好落实。
"""

CLEAN = """关于做好全区办公室工作的讲话
（2026年3月2日）
同志们：
下面，我讲三点意见。
一、提高政治站位
要抓好落实。
二、突出工作重点
今年（2026年）是关键之年。
三、强化责任落实
要抓好落实。
"""


def _run(capsys, *argv):
    code = main(["review", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_shape_and_exit_1(tmp_path, capsys):
    f = tmp_path / "bad.txt"
    f.write_text(BAD, encoding="utf-8")
    code, out, _ = _run(capsys, str(f), "--json")
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"file", "date", "findings"}
    assert data["file"] == str(f)
    assert data["date"] == "2026-03-02"
    paras = load_document(f).paragraphs()
    rules = set()
    for item in data["findings"]:
        assert set(item) == {
            "rule",
            "category",
            "level",
            "message",
            "text",
            "suggestion",
            "location",
        }
        assert set(item["location"]) == {"paragraph", "start", "end", "section"}
        loc = item["location"]
        assert paras[loc["paragraph"] - 1].text[loc["start"] : loc["end"]] == item["text"]
        assert item["level"] in ("error", "warning", "hint")
        rules.add(item["rule"])
    assert {
        "numbering.gap",
        "placeholder.x",
        "date.invalid",
        "date.relative",
        "count.announced",
    } <= rules


def test_clean_exits_0(tmp_path, capsys):
    f = tmp_path / "clean.txt"
    f.write_text(CLEAN, encoding="utf-8")
    code, out, _ = _run(capsys, str(f))
    assert code == 0, out
    assert "未发现问题" in out


def test_only_and_level_filter(tmp_path, capsys):
    f = tmp_path / "bad.txt"
    f.write_text(BAD, encoding="utf-8")
    code, out, _ = _run(capsys, str(f), "--json", "--only", "numbering")
    cats = {x["category"] for x in json.loads(out)["findings"]}
    assert cats == {"numbering"} and code == 1
    code, out, _ = _run(capsys, str(f), "--json", "--only", "date", "--level", "error")
    items = json.loads(out)["findings"]
    assert items and all(x["level"] == "error" and x["category"] == "date" for x in items)
    code, out, _ = _run(capsys, str(f), "--json", "--only", "punctuation")
    assert code == 0


def test_disable_rule(tmp_path, capsys):
    f = tmp_path / "bad.txt"
    f.write_text(BAD, encoding="utf-8")
    _, out, _ = _run(capsys, str(f), "--json", "--disable", "numbering.gap")
    assert "numbering.gap" not in {x["rule"] for x in json.loads(out)["findings"]}
    code, _, err = _run(capsys, str(f), "--disable", "no.such")
    assert code == 2 and "no.such" in err


def test_bad_file_exits_2(tmp_path, capsys):
    code, _, err = _run(capsys, str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = _run(capsys, str(broken))
    assert code == 2 and "broken.json" in err


def test_draft_json(tmp_path, capsys):
    from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
    from drafter.drafts.store import save_draft

    draft = Draft(
        meta=DraftMeta(title="讲话", date="2026-03-02"),
        sections=[
            DraftNode("提高站位", [DraftParagraph("请××同志牵头。")]),
            DraftNode("……", [DraftParagraph("要抓好落实。")]),
        ],
    )
    path = tmp_path / "d.json"
    save_draft(draft, path)
    code, out, _ = _run(capsys, str(path), "--json")
    data = json.loads(out)
    rules = {x["rule"] for x in data["findings"]}
    assert code == 1
    assert {"placeholder.x", "placeholder.slot"} <= rules
    x = next(i for i in data["findings"] if i["rule"] == "placeholder.x")
    assert x["text"] == "××" and x["location"]["section"] == ["一、提高站位"]


def test_list_rules(capsys):
    code, out, _ = _run(capsys, "--list-rules")
    assert code == 0 and "numbering.gap" in out and "reuse.copied" in out


def test_library_lists_are_used_and_bad_list_named(tmp_path, capsys):
    lib = tmp_path / "lib"
    (lib / "review").mkdir(parents=True)
    (lib / "review" / "wording.toml").write_text(
        '[[wording]]\nwrong = "抓好落实"\nright = "狠抓落实"\nlevel = "error"\nwhy = "本单位用语"\n',
        encoding="utf-8",
    )
    (lib / "review" / "stale.toml").write_text(
        '[[phrase]]\ntext = "("\nfrom = 2020\n', encoding="utf-8"
    )
    f = tmp_path / "clean.txt"
    f.write_text(CLEAN, encoding="utf-8")
    code, out, err = _run(
        capsys, str(f), "--json", "--library", str(lib), "--only", "wording", "stale"
    )
    assert code == 1
    assert any(x["suggestion"] == "狠抓落实" for x in json.loads(out)["findings"])
    assert str(lib / "review" / "stale.toml") + ":2" in err


ISSUE = [
    "关于做好全区办公室工作的讲话",
    "（2026年3月2日）",
    "同志们：",
    "下面，我讲四点意见。",
    "一、提高政治站位",
    "（一）加强学习",
    "要抓好落实。",
    "（三）压实责任",
    "要抓好落实。",
    "（三）强化督查",
    "请XX同志牵头，2025年12月32日前完成。",
    "二、突出工作重点",
    "（一）抓好调研",
    "要抓好落实。",
    "（二）……",
    "四、强化责任落实",
    "要抓好落实。",
]


def test_the_issue_draft_in_word(tmp_path, capsys):
    """The draft the issue describes, as a writer's .docx: every problem is flagged."""
    import docx

    d = docx.Document()
    for line in ISSUE:
        d.add_paragraph(line)
    path = tmp_path / "draft.docx"
    d.save(path)
    code, out, _ = _run(capsys, str(path), "--json", "--level", "error")
    assert code == 1
    found = {(x["rule"], x["text"]) for x in json.loads(out)["findings"]}
    assert {
        ("count.announced", "讲四点意见"),
        ("numbering.gap", "（三）"),
        ("placeholder.x", "XX"),
        ("date.invalid", "2025年12月32日"),
        ("placeholder.slot", "……"),
        ("numbering.gap", "四、"),
    } <= found
    # （一）（三）（三）: one number written wrong is one finding (the first （三） should be
    # （二）); the second （三） is right after the slip, so no repeat is reported for it
    assert ("numbering.repeat", "（三）") not in found


def test_a_library_document_is_not_reused_from_itself(tmp_path, capsys, monkeypatch):
    """Reviewing a file that is in the library (named by a relative path) does not report
    it as copying itself."""
    from drafter.library.library import Library

    (tmp_path / "docs").mkdir()
    f = tmp_path / "docs" / "old.txt"
    f.write_text(
        "全区办公室工作会议上的讲话\n（2023年2月10日）\n同志们：\n"
        "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n",
        encoding="utf-8",
    )
    with Library.open(tmp_path / "lib", workers=1) as lib:
        for _ in lib.add([f]):
            pass
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(capsys, "docs/old.txt", "--json", "--library", "lib", "--only", "reuse")
    assert code == 0 and json.loads(out)["findings"] == []
    copy = tmp_path / "copy.txt"  # next year's speech, copied word for word
    copy.write_text(f.read_text(encoding="utf-8").replace("2023年", "2024年"), encoding="utf-8")
    code, out, _ = _run(capsys, "copy.txt", "--json", "--library", "lib", "--only", "reuse")
    assert [x["rule"] for x in json.loads(out)["findings"]] == ["reuse.copied"]


def test_a_later_run_sees_documents_added_since(tmp_path, capsys, monkeypatch):
    """The reuse index kept beside the library is brought up to date by the next review
    after a document came in (another command, another process), and only then."""
    from drafter.library.library import Library

    (tmp_path / "docs").mkdir()
    text = (
        "全区办公室工作会议上的讲话\n（2023年2月10日）\n同志们：\n"
        "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n"
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(text.replace("2023年2月10日", "2025年3月1日"), encoding="utf-8")
    with Library.open(tmp_path / "lib", workers=1):
        pass
    monkeypatch.chdir(tmp_path)
    args = ("draft.txt", "--json", "--library", "lib", "--only", "reuse")
    code, out, err = _run(capsys, *args)
    assert json.loads(out)["findings"] == [] and "正在更新查重索引" in err
    code, out, err = _run(capsys, *args)
    assert "正在更新查重索引" not in err  # up to date: nothing read
    (tmp_path / "docs" / "old.txt").write_text(text, encoding="utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        for _ in lib.add([tmp_path / "docs" / "old.txt"]):
            pass
    code, out, err = _run(capsys, *args)
    assert "正在更新查重索引" in err
    assert [x["rule"] for x in json.loads(out)["findings"]] == ["reuse.copied"]


def test_a_folder_that_is_no_library_is_said_in_chinese(tmp_path, capsys, monkeypatch):
    """``review --library 不是资料库的文件夹`` said ``drafter review: /x/nolib: no Drafter
    library here；跳过查重``: English in the middle of a Chinese line. The review goes on."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "稿.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "nolib").mkdir()
    code, out, err = _run(capsys, "--library", "nolib", "稿.txt")
    assert code == 0 and "稿.txt" in out
    assert err.strip() == f"drafter review：{tmp_path / 'nolib'}：这里没有资料库；跳过查重"


_SPEECH = (
    "{title}\n（{date}）\n同志们：\n"
    "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n"
    "要坚持问题导向，聚焦群众急难愁盼，拿出务实管用的举措，推动各项工作落地见效。\n"
)


def _library_with_first_draft(tmp_path):
    """A library whose watched folder holds the writer's 初稿 of a speech."""
    from drafter.library.library import Library

    (tmp_path / "inbox").mkdir()
    first = tmp_path / "inbox" / "初稿.txt"
    first.write_text(
        _SPEECH.format(title="在全区办公室工作会议上的讲话", date="2026年3月2日"), "utf-8"
    )
    with Library.open(tmp_path / "lib", workers=1) as lib:
        for _ in lib.add([first]):
            pass
    return tmp_path / "lib"


def test_a_second_version_of_the_same_speech_is_not_reused_from_the_first(tmp_path, capsys):
    """The 二稿 of a speech whose 初稿 is in the library (same title, same date) is that
    speech again, not a copy of an old one: no 查重 finding. The same words under another
    title or on another day are reported."""
    lib = _library_with_first_draft(tmp_path)
    second = tmp_path / "二稿.txt"
    second.write_text(
        _SPEECH.format(title="在全区办公室工作会议上的讲话", date="2026年3月2日"), "utf-8"
    )
    code, out, _ = _run(capsys, str(second), "--json", "--library", str(lib), "--only", "reuse")
    assert code == 0 and json.loads(out)["findings"] == []
    for title, date in [
        ("在全区办公室工作会议上的讲话", "2027年3月2日"),  # next year's, same title
        ("在全区信息工作会议上的讲话", "2026年3月2日"),  # another speech that day
    ]:
        other = tmp_path / "other.txt"
        other.write_text(_SPEECH.format(title=title, date=date), "utf-8")
        code, out, _ = _run(capsys, str(other), "--json", "--library", str(lib), "--only", "reuse")
        rules = [x["rule"] for x in json.loads(out)["findings"]]
        assert rules and set(rules) == {"reuse.copied"}, (title, date)


def test_review_comment_turns_reuse_findings_into_comments_too(tmp_path, capsys):
    """`drafter review FILE --comment -o D.json --library DIR` comments on every finding
    `drafter review FILE --library DIR` lists, the 查重 ones included (they were left out:
    the listing showed 13 findings, the draft got 1 comment)."""
    lib = _library_with_first_draft(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(
        _SPEECH.format(title="在全区信息工作会议上的讲话", date="2026年5月6日"), "utf-8"
    )
    code, out, _ = _run(capsys, str(other), "--json", "--library", str(lib))
    listed = json.loads(out)["findings"]
    assert any(x["rule"] == "reuse.copied" for x in listed)
    draft = tmp_path / "审阅稿.json"
    _run(capsys, str(other), "--comment", "-o", str(draft), "--library", str(lib))
    comments = json.loads(draft.read_text("utf-8"))["comments"]
    assert {c["origin"] for c in comments} == {"review:" + x["rule"] for x in listed}
    assert len(comments) == len(listed)
