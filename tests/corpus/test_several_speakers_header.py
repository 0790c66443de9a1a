"""A header naming several people each with a post reads all of them, in order (ux26).

"县委书记 张三 县长 李四" under a title gave 职务 "县委书记 张三 县长" and 讲话人 李四; two
post-and-name lines one under the other gave the second alone; "县委书记张三、县长李四同志"
gave 职务 "县委书记张三、县长" and 讲话人 "李四同志". The speakers are now 张三、李四 and their
posts 县委书记；县长 (one per speaker, in the same order: one post may hold a 、 of its own,
区委常委、办公室主任), and a header prints each post before its name.

No text in ../shared (HOLDOUT skipped) has such a header: a grep of the first lines of the
734 speeches, reports and seeds found none (the two signed by 毛泽东 and 朱德 sign at the
end, under the text). The real single-speaker headers are checked to read as before.
"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.corpus.header_speaker import posts_and_names, speaker_pairs, speaker_text
from drafter.drafts.convert import draft_from_document, speaker_line
from drafter.export import export_draft

TITLE = "在全县经济工作会议上的讲话"
BODY = "同志们：\n今天召开全县经济工作会议，主要任务是总结去年工作，部署今年任务。"

SEVERAL = {
    "one line": f"{TITLE}\n县委书记 张三 县长 李四\n（2025年3月1日）\n{BODY}",
    "one under the other": f"{TITLE}\n县委书记　张三\n县长　李四\n（2025年3月1日）\n{BODY}",
    "comrades": f"{TITLE}\n县委书记张三、县长李四同志\n2025年3月1日\n{BODY}",
    "with the date": f"{TITLE}\n2025年3月1日 县委书记 张三 县长 李四\n{BODY}",
    "in the subtitle": f"凝心聚力 开创新局\n——县委书记张三、县长李四在全县经济工作会议上的讲话\n{BODY}",
    "signed with a dash": f"{TITLE}\n—— 县委书记 张三　县长 李四\n{BODY}",
    "after the talk": f"凝心聚力 开创新局\n——在全县经济工作会议上的讲话 县委书记 张三 县长 李四\n{BODY}",
    "spaced names": f"{TITLE}\n县委书记　张　三　　县长　李　四\n{BODY}",
}


def _meta(tmp_path, text: str, name: str = "讲话.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path).metadata


@pytest.mark.parametrize("shape", list(SEVERAL))
def test_every_speaker_is_read_with_its_post(tmp_path, shape):
    m = _meta(tmp_path, SEVERAL[shape])
    assert (m.speaker, m.post) == ("张三、李四", "县委书记；县长")
    assert speaker_line(m) == "县委书记\u3000张三、县长\u3000李四"


def test_three_speakers_and_a_post_of_two_titles(tmp_path):
    text = f"{TITLE}\n区委常委、办公室主任 张三 区长 李四 副区长 王五\n{BODY}"
    m = _meta(tmp_path, text)
    assert m.speaker == "张三、李四、王五"
    assert m.post == "区委常委、办公室主任；区长；副区长"
    assert speaker_pairs(m.post, m.speaker)[0] == ("区委常委、办公室主任", "张三")


@pytest.mark.parametrize(
    ("line", "speaker", "post"),
    [
        ("区委常委、办公室主任　张三", "张三", "区委常委、办公室主任"),
        ("县长　李四", "李四", "县长"),
        ("县委书记　张　三", "张三", "县委书记"),
        ("张三　李四", "张三、李四", None),  # names alone: several speakers, no post
    ],
)
def test_one_speaker_or_names_alone_read_as_before(tmp_path, line, speaker, post):
    m = _meta(tmp_path, f"{TITLE}\n{line}\n（2025年3月1日）\n{BODY}")
    assert (m.speaker, m.post) == (speaker, post)


def test_what_is_no_list_of_people():
    assert posts_and_names("区委常委、办公室主任 张三") is None  # one person
    assert posts_and_names("书记 张三 学习 李四") is None  # 学习 is no post
    assert posts_and_names("县委书记 张三 李四") is None  # 李四 has no post of his own
    assert posts_and_names("县委书记 张三 县长") is None  # a post without a name


def test_fields_and_printing_of_mismatched_counts():
    # one post for a list of names, or posts that do not pair up: printed as written
    assert speaker_text("县委书记", "张三、李四") == "县委书记\u3000张三、李四"
    assert speaker_text("县委书记；县长", "张三") == "县委书记；县长\u3000张三"
    assert speaker_text(None, None) == ""


def test_the_exported_speech_prints_each_post_before_its_name(tmp_path):
    from docx import Document as WordDocument

    path = tmp_path / "讲话.txt"
    path.write_text(SEVERAL["one line"], encoding="utf-8")
    draft = draft_from_document(load_document(path))
    assert (draft.meta.speaker, draft.meta.post) == ("张三、李四", "县委书记；县长")
    out = export_draft(draft, tmp_path / "讲话.docx")
    lines = [p.text for p in WordDocument(str(out)).paragraphs]
    assert "县委书记\u3000张三、县长\u3000李四" in lines


@pytest.mark.parametrize(
    ("name", "speaker", "post"),
    [
        ("corpus/structure/gwr_province_2026_广东省.txt", "孟凡利", "广东省省长"),
        ("corpus/structure/gwr_province_2026_陕西省.txt", "赵刚", "陕西省省长"),
        ("seeds/000_23c46fd3977b0aa1.txt", None, "区委常委、办公室主任"),
    ],
)
def test_real_single_speaker_headers_read_as_before(shared_dir, name, speaker, post):
    m = load_document(shared_dir / name).metadata
    assert m.post == post
    if speaker is not None:
        assert m.speaker == speaker
    assert "；" not in (m.post or "") and "、" not in (m.speaker or "")


def test_library_lists_them_and_edit_corrects_them(tmp_path, capsys):
    import json

    from drafter.cli import main

    folder = tmp_path / "讲话"
    folder.mkdir()
    (folder / "两人.txt").write_text(SEVERAL["one under the other"], encoding="utf-8")
    (folder / "未读出.txt").write_text(f"在全县春季植树动员会上的讲话\n{BODY}", encoding="utf-8")
    lib = ["--library", str(tmp_path / "lib")]
    assert main([*lib, "library", "add", str(folder), "--no-watch"]) == 0
    capsys.readouterr()
    assert main([*lib, "library", "list", "--json"]) == 0
    listed = {d["path"].rsplit("/", 1)[-1]: d for d in json.loads(capsys.readouterr().out)}
    assert (listed["两人.txt"]["speaker"], listed["两人.txt"]["post"]) == (
        "张三、李四",
        "县委书记；县长",
    )
    other = listed["未读出.txt"]["id"]
    edit = ["library", "edit", other, "--speaker", "王五、赵六", "--post", "林业局局长；副县长"]
    assert main([*lib, *edit]) == 0
    assert main([*lib, "outline", other]) == 0
    assert "讲话人：林业局局长 王五、副县长 赵六" in capsys.readouterr().out
    assert main([*lib, "search", "讲话人:赵六", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)  # found by either name
