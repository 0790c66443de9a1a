"""``drafter review`` on several files, and a listing that says what dismissals hide.

Walking the office head's path from the command line: ``drafter review a.docx b.docx``
stopped at once (无法识别的参数), though the command's own bad-file path said the batch
goes on; and a draft with findings dismissed in the app (忽略此条) listed 合计 without
them, so the head did not know some were set aside. Now every file is reviewed, one that
cannot be read (missing, a .docx that is no zip, an empty file) is named by its full
path and the next is still reviewed, the exit status is the worst of the files, and the
total says how many dismissed findings it leaves out.
"""

from __future__ import annotations

import json
import os

from drafter.cli import main
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.store import save_draft
from drafter.review import review_draft
from drafter.review.anchor import token

CLEAN = "关于做好全区办公室工作的讲话\n（2026年3月2日）\n同志们：\n要抓好落实。\n"


def _draft(path):
    draft = Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        sections=[DraftNode("提高站位", [DraftParagraph("请XX同志牵头，XXX同志配合。")])],
    )
    first = next(f for f in review_draft(draft).findings if f.text == "XX")
    draft.review_dismissed.append(token(first))
    save_draft(draft, path)
    return path


def _files(tmp_path):
    clean = tmp_path / "定稿.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    not_zip = tmp_path / "坏.docx"
    not_zip.write_text("这不是 Word 文件", encoding="utf-8")
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    return clean, not_zip, empty, tmp_path / "缺.docx", _draft(tmp_path / "审阅稿.json")


def test_bad_files_are_named_and_the_others_reviewed(tmp_path, capsys, monkeypatch):
    clean, not_zip, empty, missing, draft = _files(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(["review", "坏.docx", "定稿.txt", "空.txt", "缺.docx", "审阅稿.json"])
    out, err = capsys.readouterr()
    assert code == 2  # the worst: a file could not be read
    for bad in (not_zip, empty, missing):
        assert f"{os.path.abspath(bad)}：" in err
    assert len(err.strip().splitlines()) == 3
    assert "定稿.txt" in out and "审阅稿.json" in out
    assert "「XXX」" in out and "「XX」" not in out  # the dismissed one is left out
    assert "（另有已忽略 1 条未列出）" in out


def test_exit_status_is_1_when_a_reviewed_file_has_errors(tmp_path, capsys):
    clean, _nz, _e, _m, draft = _files(tmp_path)
    assert main(["review", str(clean), str(draft)]) == 1
    assert main(["review", str(clean)]) == 0
    capsys.readouterr()


def test_json_of_several_files_is_a_list_of_one_file_an_object(tmp_path, capsys):
    clean, not_zip, _e, _m, draft = _files(tmp_path)
    main(["review", str(clean), str(not_zip), str(draft), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [os.path.basename(d["file"]) for d in data] == ["定稿.txt", "审阅稿.json"]
    main(["review", str(draft), "--json"])
    assert json.loads(capsys.readouterr().out)["file"].endswith("审阅稿.json")


def test_comment_takes_one_file(tmp_path, capsys):
    clean, _nz, _e, _m, draft = _files(tmp_path)
    code = main(["review", str(clean), str(draft), "--comment", "-o", str(tmp_path / "x.json")])
    assert code == 2 and "一次只能处理一个文件" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
