"""A text made of the policies it lists: "本会的主张，主要的有如下各项：" then 一、…五、 back to
back, and the paragraph after them naming them as the text's own ("上述各项，就是本会的基本
主张。"): the items are its outline even with paragraphs after them; without that sentence
a colon-announced list in a text with paragraphs after it stays a list. Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_P = "全县各级各部门要立即行动起来，把各项工作落实到每一个村、每一个岗位，确保群众生命财产安全。"
_ITEMS = [
    "一、坚持以人民为中心，把群众的安危冷暖放在心上",
    "二、加快发展县域经济，增加城乡居民收入",
    "三、办好教育、医疗、养老等民生实事，补齐公共服务短板",
    "四、保护好全县的生态环境，守住绿水青山和蓝天白云",
    "五、建设廉洁高效的人民政府，自觉接受人民监督",
]


def _text(after: str) -> str:
    paras = [
        "某某县各界联合会宣言",
        _P,
        _P,
        "本会的主张，代表全县人民的共同愿望，主要的有如下各项：",
    ]
    paras += [item + "。" for item in _ITEMS]
    paras += [after, _P, _P]
    return "\n\n".join(paras)


def test_policies_the_text_names_as_its_own_are_its_outline() -> None:
    doc = parse_text(_text("上述各项，就是本会的基本主张。" + _P), "x.txt")
    assert [s.marker + s.heading for s in doc.outline.sections] == _ITEMS


def test_a_list_not_named_so_stays_a_list() -> None:
    doc = parse_text(_text(_P), "x.txt")
    assert doc.outline.sections == []
