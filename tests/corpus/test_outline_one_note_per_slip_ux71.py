"""``drafter outline`` says one number typed wrong once (ux71).

Under 编号有误：应为 三、 处写成了 四、 it also printed ? 同级标题编号中断或重新开始（“四、”处）:
the same slip twice, the vaguer way first. A break no ! line names (a list starting at
（二）) is still said."""

from __future__ import annotations

from drafter.cli import main

BODY = "要{}，做到及时准确、全面规范，为领导决策提供可靠依据，确保各项工作落地见效。"
OPENING = "同志们：\n\n今天召开会议，主要是部署工作。下面，我讲五点意见。\n\n"


def _speech(markers: list[str]) -> str:
    words = ["提高政治站位", "抓好信息报送", "抓好督查督办", "抓好文稿起草", "加强自身建设"]
    parts = [f"{m}{w}。{BODY.format(w)}" for m, w in zip(markers, words)]
    return (
        "在全市办公室工作会议上的讲话\n\n"
        + OPENING
        + "\n\n".join(parts)
        + "\n\n同志们，让我们共同努力。\n"
    )


def _said(tmp_path, capsys, markers: list[str]) -> list[str]:
    path = tmp_path / "讲话.txt"
    path.write_text(_speech(markers), "utf-8")
    assert main(["outline", str(path)]) == 0
    return [line.strip() for line in capsys.readouterr().out.splitlines() if "编号" in line]


def test_a_number_typed_wrong_is_said_once(tmp_path, capsys):
    said = _said(tmp_path, capsys, ["一、", "二、", "四、", "四、", "五、"])
    assert said == ["! 编号有误：应为 三、 处写成了 四、"]


def test_a_break_no_warning_names_is_still_doubted(tmp_path, capsys):
    said = _said(tmp_path, capsys, ["二、", "三、", "四、", "五、", "六、"])
    assert any("同级标题编号中断或重新开始（“二、”处）" in line for line in said), said
