"""A structure made into a template is the structure the user chose: when one paragraph
lists two frames, the second one's template holds its own items, not the first one's; and
an untitled model text is named by its occasion in the template's description, never by
its file path."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.templates import structure_template

TWO_FRAMES = """在全县办公室主任会议上的讲话
同志们：
今天召开这次会议，主要任务是部署明年工作。
一、提高认识
办公室干部要做到“两个表率”，即在学习上作表率、在落实上作表率；要树立“三种意识”，即政治意识、大局意识和服务意识。
二、明确目标
要抓好信息报送。
同志们，让我们团结一致！
"""


def test_the_chosen_frame_of_a_paragraph_becomes_the_template():
    doc = parse_text(TWO_FRAMES, "/some/folder/003_e00d83e4667ee5ea.txt")
    source = structure_template(
        doc, 3, "三种意识", title="三种意识（3项）", items=["政治意识", "大局意识", "服务意识"]
    )
    assert "政治意识" in source and "服务意识" in source
    assert "在学习上作表率" not in source
    # without items the first frame there is taken, as before
    first = structure_template(doc, 3, "两个表率")
    assert "在学习上作表率" in first


def test_an_untitled_model_text_is_not_named_by_its_path():
    untitled = TWO_FRAMES.split("\n", 1)[1]
    doc = parse_text(untitled, "/some/folder/003_e00d83e4667ee5ea.txt")
    source = structure_template(doc, 3, "三种意识", items=["政治意识", "大局意识", "服务意识"])
    description = next(line for line in source.splitlines() if line.startswith("description"))
    assert "按《" in description and "003_e00d83e4667ee5ea" not in description
