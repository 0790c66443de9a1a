"""The head's 审阅稿 of seed 000 and the writer's versions of it as Word saves them, for
the tests of which side of 比较稿件 a writer's file stands on."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from docx import Document

from drafter.drafts.anchors import add_comment
from drafter.drafts.comments import Reply
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "000_23c46fd3977b0aa1.txt"  # 在全区办公室主任暨文秘业务培训会议上的讲话
REVIEWED = datetime(2025, 11, 25, 9, 31, tzinfo=timezone(timedelta(hours=8)))


def reviewed():
    """The head's draft after the writer's second version: one comment, one reply to it."""
    draft = open_as_draft(SEED)
    para = next(p for n in draft.walk() for p in n.paragraphs if "中梗阻" in p.text)
    at = para.text.index("中梗阻")
    comment = add_comment(
        draft, para.id, "“中梗阻”加引号是否妥当", author="王主任", start=at, end=at + 3,
        time=REVIEWED.isoformat(),
    )  # fmt: skip
    comment.replies.append(Reply("已改。", author="李写手", time="2025-11-25T15:02:00+08:00"))
    return draft


def save_as_word(path: Path, when: datetime, by: str = "李写手", revision: int = 3) -> Path:
    """``path`` as Word leaves it after the writer saved it at ``when``: its core
    properties naming him, counting the saves, dated then (Drafter's export: nobody, 1)."""
    doc = Document(str(path))
    props = doc.core_properties
    props.last_modified_by = by
    props.revision = revision
    props.modified = when.astimezone(timezone.utc).replace(tzinfo=None)
    doc.save(str(path))
    return path


def sent(draft, folder: Path) -> Path:
    """The head's 审阅稿 exported by Drafter when he sent it, the evening of his review
    (Drafter's export dates the file when it is written: the test's own clock otherwise)."""
    path = export_draft(draft, folder / "审阅稿.docx")
    return save_as_word(path, REVIEWED + timedelta(hours=8), by="", revision=1)


def third_version(draft, folder: Path, when: datetime | None, by: str = "李写手") -> Path:
    """The writer's third version: the head's comments and the old reply as they were,
    no new reply, one sentence added; saved in Word at ``when`` (None: as Drafter wrote it)."""
    answer = open_as_draft(sent(draft, folder))
    para = next(p for n in answer.walk() for p in n.paragraphs if "中梗阻" in p.text)
    para.text += "今后凡发往“两办”的文件，一律由办公室主任把关。"
    path = export_draft(answer, folder / "修改稿（第三稿）.docx")
    return save_as_word(path, when, by) if when is not None else path


def track_in_word(
    path: Path,
    out: Path,
    words: str,
    new: str,
    author: str = "李写手",
    date: str = "2025-11-26T10:05:00Z",
) -> Path:
    """``path`` as the writer leaves it after editing in Word with 修订 on: in the first
    paragraph holding ``words`` he struck them and typed ``new`` in their place (a
    ``w:del`` and a ``w:ins`` stamped with his name and date, the run's look kept), no
    comment added; saved as ``out``."""
    from docx.oxml.ns import qn
    from lxml import etree

    doc = Document(str(path))
    para = next(p for p in doc.paragraphs if words in p.text)
    text = para.text
    at = text.index(words)
    # (one edit a paragraph: its runs are rebuilt, a mark made before would move)
    assert para._p.find(qn("w:ins")) is None and para._p.find(qn("w:del")) is None
    runs = para._p.findall(qn("w:r"))
    rpr = runs[0].find(qn("w:rPr")) if runs else None
    for r in runs:
        para._p.remove(r)

    def run(words: str, tag: str = "w:t"):
        r = etree.SubElement(para._p, qn("w:r"))
        if rpr is not None:
            r.append(etree.fromstring(etree.tostring(rpr)))
        t = etree.SubElement(r, qn(tag))
        t.text = words
        return r

    def mark(tag: str, r, n: int):
        el = etree.Element(qn(tag))
        el.set(qn("w:id"), str(n))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        r.addprevious(el)
        el.append(r)

    run(text[:at])
    mark("w:del", run(words, "w:delText"), 801)
    mark("w:ins", run(new), 802)
    run(text[at + len(words) :])
    doc.save(str(out))
    return out
