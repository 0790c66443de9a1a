"""The title block (title, subtitle, speaker, post, a typed date) is reviewed too: the
issue's "XX" exported to page 1 sat in a draft's title block, which no rule read."""

from __future__ import annotations

import json

import pytest

from drafter.cli import main
from drafter.corpus.model import Document, Metadata, Outline
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review.engine import review_document, review_draft

BODY = [DraftNode("提高站位", [DraftParagraph("要抓好落实。")])]


def _draft(**meta) -> Draft:
    meta.setdefault("date", "2026-03-02")
    return Draft(
        meta=DraftMeta(**meta), sections=[DraftNode(n.heading, list(n.paragraphs)) for n in BODY]
    )


def _meta_findings(draft: Draft):
    return [f for f in review_draft(draft).findings if f.paragraph is None]


@pytest.mark.parametrize(
    ("field", "value", "rule", "text", "section"),
    [
        ("title", "在XX县工作会议上的讲话", "placeholder.x", "XX", "标题"),
        ("title", "在××县工作会议上的讲话", "placeholder.x", "××", "标题"),
        ("speaker", "××", "placeholder.x", "××", "讲话人"),
        ("post", "某某局局长", "placeholder.x", "某某", "职务"),
        ("subtitle", "（X月X日）", "placeholder.date", "X月X日", "副标题"),
        ("subtitle", "（2025年12月32日）", "date.invalid", "2025年12月32日", "副标题"),
        ("title", "在全县工作会议上的讲话【待补】", "placeholder.todo", "【待补】", "标题"),
        ("title", "……", "placeholder.slot", "……", "标题"),
        ("date", "X月X日", "placeholder.date", "X月X日", "日期"),
        ("title", "在全县安全生产工作会议上的讲话,", "punctuation.halfwidth", ",", "标题"),
    ],
)
def test_title_block_fires(field, value, rule, text, section):
    found = [f for f in _meta_findings(_draft(**{field: value})) if f.rule == rule]
    assert found, f"{rule} did not fire on {field}={value!r}"
    f = found[0]
    assert f.text == text and f.section == (section,)
    assert value[f.start : f.end] == text
    assert f.ref == f"meta:{field}"


def test_title_block_placeholder_is_error():
    [f] = [
        x
        for x in _meta_findings(_draft(title="在XX县工作会议上的讲话"))
        if x.rule == "placeholder.x"
    ]
    assert f.level == "error"


@pytest.mark.parametrize(
    "meta",
    [
        {"title": "在全县安全生产工作会议上的讲话", "speaker": "张三", "post": "县委书记"},
        {"title": "在2026年全市经济工作会议上的讲话", "subtitle": "（2026年3月2日）"},
        {"title": "X射线检查设备采购工作情况汇报"},
        {"title": "在某些问题上要敢于担当", "date": "2026-03-02"},
        {"title": "在全区“十五五”规划编制工作会议上的讲话"},
    ],
)
def test_title_block_passes(meta):
    assert _meta_findings(_draft(**meta)) == []


def test_iso_date_field_is_not_reviewed_as_text():
    """The app writes the date as YYYY-MM-DD; its hyphens are not half-width marks."""
    assert _meta_findings(_draft(date="2026-03-02")) == []


def test_document_title_block():
    doc = Document(
        "x.txt",
        "txt",
        Metadata(title="在XX县工作会议上的讲话", speaker="张三", date="2026-03-02"),
        Outline(preamble=["同志们：", "要抓好落实。"]),
        "",
    )
    found = [f for f in review_document(doc).findings if f.paragraph is None]
    assert [(f.rule, f.text, f.section) for f in found] == [("placeholder.x", "XX", ("标题",))]


def test_body_numbering_unchanged_by_meta():
    """Body findings keep Document.paragraphs() numbering; the title block comes first."""
    d = _draft(title="在XX县工作会议上的讲话")
    d.sections[0].paragraphs.append(DraftParagraph("请××同志牵头。"))
    found = review_draft(d).findings
    assert found[0].paragraph is None
    body = next(f for f in found if f.paragraph is not None and f.rule == "placeholder.x")
    assert body.paragraph == 2 and body.section == ("一、提高站位",)


def test_cli_draft_title_xx(tmp_path, capsys):
    from drafter.drafts.store import save_draft

    path = tmp_path / "draft.json"
    save_draft(_draft(title="在XX县2026年工作会议上的讲话", speaker="张三"), path)
    code = main(["review", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert set(data) == {"file", "date", "findings"}
    x = next(i for i in data["findings"] if i["rule"] == "placeholder.x")
    assert x["level"] == "error" and x["text"] == "XX"
    assert x["location"] == {"paragraph": None, "start": 1, "end": 3, "section": ["标题"]}
    assert set(x) == {"rule", "category", "level", "message", "text", "suggestion", "location"}


def test_cli_clean_title_exit_0(tmp_path, capsys):
    from drafter.drafts.store import save_draft

    path = tmp_path / "draft.json"
    save_draft(_draft(title="在全县工作会议上的讲话", speaker="张三", post="县委书记"), path)
    assert main(["review", str(path), "--level", "error"]) == 0


def test_cli_text_output_names_the_title_block(tmp_path, capsys):
    from drafter.drafts.store import save_draft

    path = tmp_path / "draft.json"
    save_draft(_draft(title="在XX县工作会议上的讲话"), path)
    assert main(["review", str(path)]) == 1
    out = capsys.readouterr().out
    assert "标题区 标题：「XX」" in out and "第1段 标题" not in out


def test_a_failing_rule_is_logged_and_the_others_still_run_in_body_and_title_block(
    monkeypatch, caplog
):
    """The body and the title block run their rules through one loop: a rule that raises is
    logged naming where (the file, or its title block) and hides no other rule's finding."""
    from dataclasses import replace

    from drafter.review import registry

    def broken(ctx):
        raise RuntimeError("boom")

    rule = registry.RULES["placeholder.todo"]
    monkeypatch.setitem(registry.RULES, rule.id, replace(rule, check=broken))
    draft = _draft(title="在XX县工作会议上的讲话【待补】")
    draft.sections[0].paragraphs[0].text = "要抓好XX落实【待补】。"
    with caplog.at_level("ERROR", logger="drafter.review.engine"):
        findings = review_draft(draft).findings
    rules = {(f.rule, f.paragraph is None) for f in findings}
    assert ("placeholder.x", True) in rules and ("placeholder.x", False) in rules
    assert not any(f.rule == "placeholder.todo" for f in findings)
    failed = [r.getMessage() for r in caplog.records if "placeholder.todo failed" in r.getMessage()]
    assert len(failed) == 2 and any("the title block of" in m for m in failed), failed
