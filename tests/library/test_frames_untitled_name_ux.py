"""``drafter library frames`` named an untitled text's example by its file path
(例：《/…/seeds/003_e00d83e4667ee5ea.txt》充分认识…), the very thing issue 8 rules out; the
结构 panel already showed its occasion. The CLI now names it as the library does, and
``--json`` gives that name beside the title."""

from __future__ import annotations

import json

from cli_run import run_cli

from drafter.library import Library

UNTITLED = """同志们：
今天，召开这次全县办公室主任会议，主要任务是部署明年工作。借此机会，我讲三点意见。
一、提高认识
（一）充分认识办公室工作的重要性
办公室是中枢。
（二）充分认识新形势对办公室工作的新要求
要适应新形势。
（三）充分认识当前办公室工作存在的困难和问题
要正视问题。
二、明确目标
要抓好信息报送。
同志们，让我们共同努力！
"""


def test_an_untitled_example_is_named_by_its_occasion_not_its_path(tmp_path, capsys):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "003_e00d83e4667ee5ea.txt").write_text(UNTITLED, encoding="utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        list(lib.add([folder]))
        assert lib.documents()[0].title is None
    cmd = ["library", "--library", str(tmp_path / "lib")]  # in this process: cli_run.py
    text = run_cli(capsys, *cmd, "frames", "--min", "1").stdout
    line = next(ln for ln in text.splitlines() if "充分认识" in ln and "例：" in ln)
    assert "003_e00d83" not in line and "《全县办公室主任会议》" in line
    data = json.loads(run_cli(capsys, *cmd, "frames", "--json", "--min", "1").stdout)
    example = next(p for p in data["patterns"] if "充分认识" in p["key"])["examples"][0]
    assert example["title"] is None and example["name"] == "全县办公室主任会议"
