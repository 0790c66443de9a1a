"""Part numbers written with no mark after them (blind set 21's two shapes, our own sentences):
a run of 二　… 三　… 四　… run into their paragraphs, the first part being the opening; and
a run of 1、…11、 that goes on 12 （…） 13 （…） with the 、 left out. Guards: a numeral and
a space inside prose, a run of two from 二, a bare number far from a run, 五千年来 after 四、."""

from __future__ import annotations

from drafter.corpus import load_document, parse_text

_P = "各地区各部门要把这项工作摆上重要位置，主要负责同志亲自抓，确保各项任务落到实处。"
_OPEN = "目前形势的特点是发展中有困难，困难中有希望，全党要看清方向，增强信心，团结一致向前看。"


def _heads(text: str) -> list[tuple[str, str]]:
    return [(s.marker.strip(), s.heading) for s in parse_text(text, "x.md").outline.sections]


def test_runin_parts_from_two_after_an_unnumbered_opening() -> None:
    text = "\n\n".join([
        "# 关于当前工作的决定", _OPEN,
        "二 最近的一些变化，给了我们一个新的推动，这是对于工作好转有利的。" + _P,
        "三　为了力争局面好转，必须强调团结和进步。" + _P,
        "四 目前宣传的口号是：", "一，坚持团结；", "二，坚持进步；", "三，反对倒退。",
    ])  # fmt: skip
    assert _heads(text) == [
        ("二", "最近的一些变化，给了我们一个新的推动，这是对于工作好转有利的"),
        ("三", "为了力争局面好转，必须强调团结和进步"),
        ("四", "目前宣传的口号是"),
    ]


def test_two_runin_numbers_from_two_stay_prose() -> None:
    text = "\n\n".join(
        ["# 关于当前工作的决定", _OPEN, "二 最近的一些变化。" + _P, "三　为了力争局面好转。" + _P]
    )
    assert _heads(text) == []


def test_bare_numbers_go_on_a_run_of_questions() -> None:
    paras = ["# 座谈纪要", _OPEN]
    for n in range(1, 6):
        paras += [f"{n}、（某部门员工）员工问：第{n}个问题是什么？", _P]
    for n in range(6, 8):
        paras += [f"{n} （某部门员工）员工问：第{n}个问题是什么？", _P]
    assert [m for m, _ in _heads("\n\n".join(paras))] == [
        "1、", "2、", "3、", "4、", "5、", "6", "7",
    ]  # fmt: skip


def test_a_bare_number_of_prose_does_not_go_on_a_run() -> None:
    paras = ["# 座谈纪要", _OPEN]
    for n in range(1, 5):
        paras += [f"{n}、第{n}个问题", _P, _P]
    paras += ["6 （某部门员工）员工问：这个问题是什么？", _P]  # not the next number
    paras += ["五千年来，世界文明古国大都衰落了。" + _P]  # 五 with no space
    assert [m for m, _ in _heads("\n\n".join(paras))] == ["1、", "2、", "3、", "4、"]


def test_a_bare_number_on_a_styled_line_goes_on_the_run() -> None:
    # Markdown as a writer types it: the last question a ## line (## 7 （…）…); it goes on the
    # run as the bare 6 before it does, and is no heading of a level of its own
    paras = ["# 座谈纪要", _OPEN]
    for n in range(1, 6):
        paras += [f"{n}、（某部门员工）员工问：第{n}个问题是什么？", _P]
    paras += ["6 （某部门员工）员工问：第6个问题是什么？", _P]
    paras += ["## 7 （某部门员工）员工问：第7个问题是什么？", _P]
    doc = parse_text("\n\n".join(paras), "x.md")
    assert [(s.level, s.marker.strip()) for s in doc.outline.sections] == [
        (1, "1、"), (1, "2、"), (1, "3、"), (1, "4、"), (1, "5、"), (1, "6"), (1, "7"),
    ]  # fmt: skip


def test_a_styled_part_number_after_a_run_is_the_next_part(tmp_path) -> None:
    # ## 三 … over **一、** **二、** **三、**, then ## 四 …: the styled 四 is the next part, not
    # the 一、 run's fourth item written bare (heldout11 mao v4_026 typed in Markdown)
    paras = ["# 关于几个政策问题", _OPEN]
    for n in "一二":
        paras += [f"## {n}　关于第{n}个问题", _OPEN, _P]
    paras += ["## 三　关于政权问题", _OPEN]
    for n, point in zip("一二三", ("政权的性质", "权力机关", "乡村政府"), strict=True):
        paras += [f"**{n}、{point}。**" + _P, _P]
    paras += ["## 四　在统一战线中的领导问题", _OPEN, _P]
    path = tmp_path / "policy.md"
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    doc = load_document(path)
    sections = doc.outline.sections
    assert [(s.marker.strip(), len(s.children)) for s in sections] == [
        ("一", 0), ("二", 0), ("三", 3), ("四", 0),
    ]  # fmt: skip
