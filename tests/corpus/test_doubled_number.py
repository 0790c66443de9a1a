"""A section number typed twice (一、二、三、三、四、): the run goes on after the doubled
number, so the parts after it are headings too, and the typo is reported. Our own
sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_P = "这项工作关系到全局，各部门要把责任落实到人，按时完成，年底前要向党委作出专题报告。"
_POINTS = [
    "要把客户满意度作为衡量一切工作的标准",
    "要让基层干部在实践中成长起来",
    "合同质量首先来自对客户需求的理解",
    "数字上的超越不等于真正的超越",
    "利润是经营的结果而不是目标",
]


def _speech(markers: list[str]) -> str:
    paras = ["在分公司座谈会上的讲话", "今天和大家座谈，讲几点意见。"]
    for marker, point in zip(markers, _POINTS, strict=True):
        paras += [f"{marker}{point}。{_P}", _P]
    return "\n\n".join(paras)


def test_a_number_typed_twice_keeps_the_parts_after_it() -> None:
    doc = parse_text(_speech(["一、", "二、", "三、", "三、", "四、"]), "x.txt")
    heads = [s.marker + s.heading for s in doc.outline.sections]
    assert heads == [m + p for m, p in zip(["一、", "二、", "三、", "三、", "四、"], _POINTS)]
    assert any("三、 twice" in w for w in doc.warnings)


def test_a_last_number_typed_twice_is_left_alone() -> None:
    # nothing after the second 四、 shows the run goes on: the safe reading keeps it prose
    doc = parse_text(_speech(["一、", "二、", "三、", "四、", "四、"]), "x.txt")
    heads = [s.marker for s in doc.outline.sections]
    assert heads == ["一、", "二、", "三、", "四、"]


def test_a_number_mistyped_lower_keeps_the_run() -> None:
    # 1、2、3、 then 2、 where 4、 belongs (as 9、 for 19、 after 18、, a digit dropped): the
    # next number, 5、, shows the run goes on, so the mistyped part and those after it stay
    # headings, and the slip is reported
    doc = parse_text(_speech(["1、", "2、", "3、", "2、", "5、"]), "x.txt")
    heads = [s.marker for s in doc.outline.sections]
    assert heads == ["1、", "2、", "3、", "2、", "5、"]
    assert any("2、 where 4、 stands" in w for w in doc.warnings)


def test_a_lower_number_with_no_continuation_starts_no_run() -> None:
    # 1、2、3、4、 then 2、 with nothing after it: no next number vouches for a typo
    doc = parse_text(_speech(["1、", "2、", "3、", "4、", "2、"]), "x.txt")
    heads = [s.marker for s in doc.outline.sections]
    assert heads == ["1、", "2、", "3、", "4、"]


def test_a_number_typed_twice_on_a_styled_line_keeps_the_run(tmp_path) -> None:
    # Markdown as a writer types it: some parts as ## lines, some as **bold** leads run
    # into their paragraphs; the second 二、 is a ## line. A style says the line heads a
    # part, not that a new list starts there: the run goes on to 四、 and keeps both 二、
    from drafter.corpus import load_document

    forms = ["## {m}{p}", "**{m}{p}。**" + _P, "## {m}{p}", "**{m}{p}。**" + _P, "## {m}{p}"]
    markers = ["一、", "二、", "二、", "三、", "四、"]
    paras = ["# 在分公司座谈会上的讲话", "今天和大家座谈，讲几点意见。"]
    for form, marker, point in zip(forms, markers, _POINTS, strict=True):
        paras += [form.format(m=marker, p=point), _P]
    path = tmp_path / "speech.md"
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    doc = load_document(path)
    heads = [s.marker + s.heading for s in doc.outline.sections]
    assert heads == [m + p for m, p in zip(markers, _POINTS)]
