"""``drafter review`` cuts a long heading in its place line with …, not bare mid-word.

A finding under （三）持续推动教育科技人才一体发展… in a province's 2026 report was placed as
``第56段 （三）持续推动教育科技人才一体发`` — the heading cut at 16 characters mid-word, read
as a heading of its own. It now ends in …, as the flagged words do; a short heading is whole."""

from __future__ import annotations

from drafter.cli import main

TEXT = """关于做好全区办公室工作的讲话
（2026年3月2日）
同志们：
下面，我讲两点意见。
一、持续推动教育科技人才一体发展和创新能力整体提升
要抓好落实,推动工作。
二、提高站位
要抓好落实；推动工作XX。
"""


def test_a_long_heading_is_cut_with_an_ellipsis(tmp_path, capsys):
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    main(["review", str(path)])
    out = capsys.readouterr().out
    assert "段 二、提高站位：" in out
    assert "段 一、持续推动教育科技人才一体发展…：" in out
    assert "一体发展：" not in out  # cut bare, it read as a whole heading
