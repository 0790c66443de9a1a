"""``drafter templates``, ``drafter new`` and ``drafter template show|from``."""

from __future__ import annotations

import json

import pytest

from drafter.cli import main
from drafter.drafts.store import load_draft

SPEECH = """在全县春耕生产工作会议上的讲话
同志们：
今天召开全县春耕生产工作会议，主要任务是安排部署春耕生产工作。
一、提高认识，切实增强做好春耕生产的责任感
春耕生产事关全年粮食丰收。
二、突出重点，扎实抓好春耕生产各项工作
要抓好种子化肥供应，抓好农田水利建设。
三、加强领导，确保春耕生产任务圆满完成
各级各部门要各司其职、密切配合。
同志们，一年之计在于春。让我们以只争朝夕的精神，打好春耕生产这场硬仗！
"""


@pytest.fixture
def library(tmp_path, monkeypatch):
    root = tmp_path / "library"
    monkeypatch.setenv("DRAFTER_LIBRARY", str(root))
    return root


def test_templates_lists_builtins_with_params(library, capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "N个坚持  [讲话]" in out
    assert "--set count=…  条数（整数 2–10，默认 5）" in out
    assert "编号方式（选项：第一，/一是/一要/一、/第一、" in out


def test_templates_json(library, capsys):
    assert main(["templates", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    names = [t["name"] for t in data]
    assert len(names) >= 12 and "会议主持词" in names
    nk = next(t for t in data if t["name"] == "N个坚持")
    count = next(p for p in nk["params"] if p["name"] == "count")
    assert (count["type"], count["min"], count["max"], count["default"]) == ("int", 2, 10, 5)
    assert nk["builtin"] is True and nk["category"] == "讲话"


def test_new_writes_a_draft(library, tmp_path, capsys):
    out = tmp_path / "稿子.json"
    code = main(
        ["new", "--template", "N个坚持", "--set", "count=7", "--set", "style=一是", "-o", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    draft = load_draft(out)
    assert draft.template == "N个坚持"
    assert len(draft.sections) == 7
    assert draft.numbering[0] == "shi"
    assert "已创建草稿" in capsys.readouterr().out


def test_new_refuses_to_overwrite_without_force(library, tmp_path, capsys):
    out = tmp_path / "稿子.json"
    out.write_text("我的旧稿子", encoding="utf-8")
    assert main(["new", "-t", "三句话", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "已存在" in err
    assert out.read_text(encoding="utf-8") == "我的旧稿子"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["new", "-t", "没有这个", "-o", "x.json"], "找不到模板“没有这个”"),
        (["new", "-t", "三句话", "--set", "count=9", "-o", "x.json"], "超过上限"),
        (["new", "-t", "三句话", "--set", "count", "-o", "x.json"], "--set count：应写成 名称=值"),
        (["template", "show", "三句话", "--set", "colour=red"], "模板没有这个参数"),
        (["template", "from", "no-such-file.txt", "-o", "甲"], "no-such-file.txt"),
    ],
)
def test_errors_are_one_line_with_status_2(library, tmp_path, monkeypatch, capsys, argv, message):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("drafter：") and err.count("\n") == 1
    assert message in err
    assert not (tmp_path / "x.json").exists()


def test_show_prints_numbered_outline_with_hints(library, capsys):
    assert main(["template", "show", "N个坚持", "--set", "count=3", "--set", "style=第一，"]) == 0
    out = capsys.readouterr().out
    assert "第一，坚持……" in out and "第三，坚持……" in out
    assert "示例：坚持党的全面领导" in out
    assert "提示：" in out


def test_show_json_and_source(library, capsys):
    assert main(["template", "show", "三句话", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["numbering"] == ["ordinal_sentence"]
    assert main(["template", "show", "三句话", "--source"]) == 0
    assert capsys.readouterr().out.startswith('+++\nname = "三句话"')


def test_template_from_file_then_new(library, tmp_path, capsys):
    src = tmp_path / "春耕讲话.txt"
    src.write_text(SPEECH, encoding="utf-8")
    assert main(["template", "from", str(src), "-o", "春耕式"]) == 0
    assert (library / "templates" / "春耕式.j2").is_file()
    assert "已保存模板“春耕式”" in capsys.readouterr().out
    # It is listed as the user's own, and a draft can be made from it.
    assert main(["templates"]) == 0
    assert "春耕式  [讲话]" in capsys.readouterr().out
    out = tmp_path / "新稿.json"
    assert main(["new", "-t", "春耕式", "--set", "title=新的讲话", "-o", str(out)]) == 0
    draft = load_draft(out)
    assert draft.meta.title == "新的讲话"
    assert [n.example for n in draft.sections] == [
        "提高认识，切实增强做好春耕生产的责任感",
        "突出重点，扎实抓好春耕生产各项工作",
        "加强领导，确保春耕生产任务圆满完成",
    ]
    # A second time needs --force.
    capsys.readouterr()
    assert main(["template", "from", str(src), "-o", "春耕式"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["template", "from", str(src), "-o", "春耕式", "--force"]) == 0


def test_template_from_a_relative_path_records_the_full_path(
    library, tmp_path, monkeypatch, capsys
):
    (tmp_path / "春耕讲话.txt").write_text(SPEECH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["template", "from", "春耕讲话.txt", "-o", "春耕式"]) == 0
    text = (library / "templates" / "春耕式.j2").read_text(encoding="utf-8")
    assert f'source = "{tmp_path / "春耕讲话.txt"}"' in text


def test_template_from_a_document_without_headings(library, tmp_path, capsys):
    src = tmp_path / "短文.txt"
    src.write_text("一段没有小标题的文字。\n又一段。\n", encoding="utf-8")
    assert main(["template", "from", str(src), "-o", "短"]) == 2
    assert "没有找到小标题" in capsys.readouterr().err


def test_library_option_wins_over_environment(library, tmp_path, capsys):
    other = tmp_path / "other"
    src = tmp_path / "春耕讲话.txt"
    src.write_text(SPEECH, encoding="utf-8")
    assert main(["template", "from", str(src), "-o", "春耕式", "--library", str(other)]) == 0
    assert (other / "templates" / "春耕式.j2").is_file()
    assert not (library / "templates").exists()


def test_template_from_a_library_document_id(library, tmp_path, capsys):
    from drafter.library import Library

    src = tmp_path / "春耕讲话.txt"
    src.write_text(SPEECH, encoding="utf-8")
    with Library.open(library) as lib:
        for _ in lib.add([src]):
            pass
        doc_id = lib.documents()[0].id
    src.unlink()  # the library's own copy is what counts
    assert main(["template", "from", doc_id, "-o", "春耕式"]) == 0, capsys.readouterr().err
    info_text = (library / "templates" / "春耕式.j2").read_text(encoding="utf-8")
    assert "> 突出重点，扎实抓好春耕生产各项工作" in info_text
    assert main(["template", "from", "0123456789ab", "-o", "别的"]) == 2
    assert "既不是文件，也不是资料库中的文稿" in capsys.readouterr().err


def test_unknown_id_does_not_create_a_library(tmp_path, capsys):
    empty = tmp_path / "nothing"
    assert main(["template", "from", "0123456789ab", "-o", "甲", "--library", str(empty)]) == 2
    assert not empty.exists()


def test_a_broken_user_template_is_named_by_its_full_path(library, tmp_path, capsys):
    folder = library / "templates"
    folder.mkdir(parents=True)
    (folder / "坏.j2").write_text(
        '+++\nname = "坏"\ntitle = "x"\n+++\n# 标题\n\n- 一\n{% if %}\n', encoding="utf-8"
    )
    assert main(["new", "-t", "坏", "-o", str(tmp_path / "x.json")]) == 2
    assert capsys.readouterr().err.strip().startswith(f"drafter：{folder / '坏.j2'}，第 8 行：")
    (folder / "坏头.j2").write_text('+++\nname = "坏头\n+++\n# 标题\n', encoding="utf-8")
    assert main(["templates"]) == 0
    assert f"drafter：警告：{folder / '坏头.j2'}，第 2 行：" in capsys.readouterr().err
    # A built-in template's error names it as such (not a file of the user's to fix).
    assert main(["new", "-t", "三句话", "--set", "count=9", "-o", str(tmp_path / "y.json")]) == 2
    assert capsys.readouterr().err.startswith("drafter：内置模板“三句话”：")


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.with_suffix(".txt").write_bytes(bytes(range(256)) * 4), "不是文本文件"),
        (lambda p: p.with_suffix(".txt").write_bytes(b""), "文件是空的"),
        (lambda p: p.with_suffix(".txt").mkdir(), "这是文件夹，不是文件"),
    ],
)
def test_a_bad_source_file_is_named_where_it_is(library, tmp_path, monkeypatch, capsys, make, said):
    """``new --from /tmp/来稿/坏.txt`` and ``template from`` the same named it from the folder
    the command ran in (drafter：/home/me/坏.txt：不是文本文件), a file that is not there; a folder
    was said by its name alone. Both now give the path the user typed, made absolute."""
    src = tmp_path / "来稿" / "坏"
    src.parent.mkdir()
    make(src)
    src = src.with_suffix(".txt")
    elsewhere = tmp_path / "别处"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    for argv in (
        ["new", "--from", str(src), "-o", str(tmp_path / "稿.json")],
        ["template", "from", str(src), "-o", str(tmp_path / "t.j2")],
    ):
        assert main(argv) == 2
        assert capsys.readouterr().err.strip().startswith(f"drafter：{src}：{said}")
