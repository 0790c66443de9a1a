"""House styles in TOML: sizes in 号 or points, inheritance, clear errors."""

from __future__ import annotations

import pytest

from drafter.export import StyleError, builtin_styles, load_style
from drafter.export.style import parse_size


@pytest.mark.parametrize(
    ("value", "points"),
    [
        ("3号", 16),
        ("三号", 16),
        ("2号", 22),
        ("小2号", 18),
        ("小四", 12),
        ("4号", 14),
        ("初号", 42),
        (16, 16),
        (10.5, 10.5),
        ("16pt", 16),
        ("15.5", 15.5),
    ],
)
def test_parse_size(value, points):
    assert parse_size(value) == points


@pytest.mark.parametrize("value", ["九号", "big", True, -3, None])
def test_parse_size_rejects(value):
    with pytest.raises(StyleError):
        parse_size(value)


def test_builtin_styles():
    assert {"gbt9704", "house-example"} <= set(builtin_styles())
    s = load_style()
    assert s.name == "gbt9704"
    assert (s.width_mm, s.height_mm) == (210, 297)
    assert (s.margin_top_mm, s.margin_bottom_mm, s.margin_left_mm, s.margin_right_mm) == (
        37,
        35,
        28,
        26,
    )
    assert (s.body.font, s.body.size_pt, s.body.line_pitch_pt) == ("仿宋_GB2312", 16, 28.95)
    assert (s.title.font, s.title.size_pt, s.title.align) == ("方正小标宋简体", 22, "center")
    assert [s.heading(n).font for n in (1, 2, 3, 4, 5)] == [
        "黑体",
        "楷体_GB2312",
        "仿宋_GB2312",
        "仿宋_GB2312",
        "仿宋_GB2312",
    ]
    assert (s.page_number.font, s.page_number.size_pt) == ("宋体", 14)
    assert s.fallbacks["方正小标宋简体"] == ["华文中宋", "宋体"]


def test_user_file_inherits_and_overrides(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(
        'name = "mine"\n[body]\nsize = "小3号"\n[[headings]]\nfont = "方正黑体_GBK"\n'
        '[fallbacks]\n"方正黑体_GBK" = ["黑体"]\n',
        "utf-8",
    )
    s = load_style(str(path))
    assert s.name == "mine"
    assert s.body.size_pt == 15 and s.body.font == "仿宋_GB2312"
    assert s.heading(1).font == "方正黑体_GBK" and s.heading(2).font == "楷体_GB2312"
    assert s.fallbacks["方正黑体_GBK"] == ["黑体"] and "仿宋_GB2312" in s.fallbacks


def test_based_on_a_relative_file(tmp_path):
    (tmp_path / "base.toml").write_text('name = "base"\n[title]\nbold = true\n', "utf-8")
    (tmp_path / "child.toml").write_text('name = "child"\nbased_on = "base.toml"\n', "utf-8")
    s = load_style(str(tmp_path / "child.toml"))
    assert s.title.bold and s.title.font == "方正小标宋简体"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name = \n", "invalid TOML"),
        ("[body]\nfnot = 'x'\n", "unknown key 'fnot' in \\[body\\]"),
        ("[colour]\n", "unknown key 'colour'"),
        ("[body]\nsize = '九号'\n", "unknown size"),
        ("[body]\nalign = 'middle'\n", "align must be one of"),
        ("[page]\nmargin_top_mm = 'wide'\n", "expected a number"),
        ("[page]\nmargin_left_mm = 150\nmargin_right_mm = 150\n", "no room"),
        ("[date]\nformat = 'roman'\n", "format must be one of"),
        ("[page_number]\nformat = 'page'\n", "contain \\{page\\}"),
        ("based_on = 'nosuch'\n", "unknown style"),
        ("[[headings]]\nweight = 3\n", "heading level 1"),
    ],
)
def test_bad_style_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, "utf-8")
    with pytest.raises(StyleError, match=message) as info:
        load_style(str(path))
    assert "bad.toml" in str(info.value) or "nosuch" in str(info.value)
    assert "\n" not in str(info.value)


def test_unknown_name_and_missing_file():
    with pytest.raises(StyleError, match="unknown style"):
        load_style("gbt9999")
    with pytest.raises(StyleError, match="no such style file"):
        load_style("/no/such/style.toml")


def test_based_on_loop_is_refused(tmp_path):
    (tmp_path / "a.toml").write_text('based_on = "b.toml"\n', "utf-8")
    (tmp_path / "b.toml").write_text('based_on = "a.toml"\n', "utf-8")
    with pytest.raises(StyleError, match="loops"):
        load_style(str(tmp_path / "a.toml"))


def test_documented_example_style_loads(tmp_path):
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "styles.md"
    example = doc.read_text("utf-8").split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.toml"
    path.write_text(example, "utf-8")
    s = load_style(str(path))
    assert s.title.bold and s.title.size_pt == 18
    assert s.date_format == "cn" and s.page_number.format == "- {page} -"
    assert s.latin_font == "Times New Roman"


def test_a_bad_base_is_reported_against_the_file_that_names_it(tmp_path):
    """The error names the .toml the user passed, not only the missing base."""
    mine = tmp_path / "mine.toml"
    mine.write_text('based_on = "nosuch"\n', encoding="utf-8")
    with pytest.raises(StyleError, match=r"mine\.toml: based_on nosuch: unknown style"):
        load_style(mine)
    (tmp_path / "broken.toml").write_text("[body\n", encoding="utf-8")
    mine.write_text('based_on = "broken.toml"\n', encoding="utf-8")
    with pytest.raises(StyleError, match=r"mine\.toml: based_on .*broken\.toml: invalid TOML"):
        load_style(mine)
