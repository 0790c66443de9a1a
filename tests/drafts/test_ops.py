"""Outline operations keep the tree valid and return working undo records."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.numbering import markers
from drafter.drafts.ops import (
    CLOSING,
    OPENING,
    OpError,
    add_node,
    demote,
    find_paragraph,
    insert_paragraph,
    move_node,
    move_paragraph,
    promote,
    remove_node,
    remove_paragraph,
    set_heading,
    set_numbering,
    set_paragraph_text,
    set_run_in,
)


def _draft() -> Draft:
    return Draft(
        opening=[DraftParagraph("同志们：")],
        sections=[
            DraftNode(
                "A", paragraphs=[DraftParagraph("a1")], children=[DraftNode("A1"), DraftNode("A2")]
            ),
            DraftNode("B", children=[DraftNode("B1", children=[DraftNode("B1a")])]),
            DraftNode("C"),
        ],
        closing=[DraftParagraph("谢谢大家！")],
    )


def _shape(d: Draft) -> list:
    def node(n: DraftNode):
        return (n.heading, [p.text for p in n.paragraphs], [node(c) for c in n.children])

    return [node(n) for n in d.sections]


def _ids(d: Draft) -> dict[str, str]:
    return {n.heading: n.id for n in d.walk()}


def _assert_valid(d: Draft) -> None:
    ids = [n.id for n in d.walk()]
    assert len(ids) == len(set(ids)), "duplicate node ids"
    assert set(markers(d)) == set(ids)


def test_move_and_undo_redo():
    d = _draft()
    before = _shape(d)
    ids = _ids(d)
    undo = move_node(d, ids["C"], ids["A"], 1)
    assert [c.heading for c in d.sections[0].children] == ["A1", "C", "A2"]
    assert [n.heading for n in d.sections] == ["A", "B"]
    _assert_valid(d)
    redo = undo.apply(d)
    assert _shape(d) == before
    redo.apply(d)
    assert [c.heading for c in d.sections[0].children] == ["A1", "C", "A2"]


def test_move_into_own_subtree_is_refused_and_changes_nothing():
    d = _draft()
    before = _shape(d)
    ids = _ids(d)
    with pytest.raises(OpError):
        move_node(d, ids["B"], ids["B1a"], 0)
    with pytest.raises(OpError):
        move_node(d, ids["B"], ids["B"], 0)
    with pytest.raises(OpError):
        move_node(d, "nope", None, 0)
    assert _shape(d) == before


def test_promote_and_demote():
    d = _draft()
    ids = _ids(d)
    before = _shape(d)
    undo = promote(d, ids["A2"])
    assert [n.heading for n in d.sections] == ["A", "A2", "B", "C"]
    assert markers(d)[ids["A2"]] == "二、"
    undo.apply(d)
    assert _shape(d) == before

    undo = demote(d, ids["C"])
    assert [c.heading for c in d.sections[1].children] == ["B1", "C"]
    assert markers(d)[ids["C"]] == "（二）"
    undo.apply(d)
    assert _shape(d) == before


def test_promote_keeps_subtree_and_refuses_top_level():
    d = _draft()
    ids = _ids(d)
    promote(d, ids["B1"])
    assert [n.heading for n in d.sections] == ["A", "B", "B1", "C"]
    assert [c.heading for c in d.sections[2].children] == ["B1a"]
    with pytest.raises(OpError):
        promote(d, ids["A"])
    with pytest.raises(OpError):
        demote(d, ids["A"])  # first heading: nothing to go under


def test_add_and_remove_node_with_undo():
    d = _draft()
    before = _shape(d)
    ids = _ids(d)
    new = DraftNode("新", children=[DraftNode("新1")])
    undo = add_node(d, ids["B"], 0, new)
    assert d.sections[1].children[0] is new
    undo.apply(d)
    assert _shape(d) == before
    with pytest.raises(OpError):
        add_node(d, None, 0, d.sections[0])  # already in the draft

    undo = remove_node(d, ids["A"])
    assert [n.heading for n in d.sections] == ["B", "C"]
    undo.apply(d)
    assert _shape(d) == before
    assert d.sections[0].id == ids["A"]


def test_paragraph_operations():
    d = _draft()
    ids = _ids(d)
    p = DraftParagraph("新段落")
    undo = insert_paragraph(d, ids["C"], 0, p)
    assert find_paragraph(d, p.id) == (ids["C"], 0)
    undo.apply(d)
    assert d.sections[2].paragraphs == []

    insert_paragraph(d, OPENING, None, p)
    assert d.opening[-1] is p
    undo = move_paragraph(d, p.id, CLOSING, 0)
    assert d.closing[0] is p and p not in d.opening
    undo.apply(d)
    assert d.opening[-1] is p

    undo = set_paragraph_text(d, p.id, "改过")
    assert p.text == "改过"
    undo.apply(d)
    assert p.text == "新段落"

    undo = remove_paragraph(d, p.id)
    assert p not in d.opening
    undo.apply(d)
    assert d.opening[-1] is p
    with pytest.raises(OpError):
        insert_paragraph(d, "missing", 0, DraftParagraph("x"))


def test_field_setters_undo():
    d = _draft()
    ids = _ids(d)
    undo = set_heading(d, ids["A"], "甲")
    assert d.sections[0].heading == "甲"
    undo.apply(d)
    assert d.sections[0].heading == "A"
    undo = set_run_in(d, ids["C"], True)
    assert d.sections[2].run_in
    undo.apply(d)
    assert not d.sections[2].run_in
    undo = set_numbering(d, 2, "shi")
    assert d.numbering[:2] == ["cn_dun", "shi"]
    undo.apply(d)
    assert d.numbering[1] == "cn_paren"
    with pytest.raises(OpError):
        set_numbering(d, 1, "roman")


OPS = st.lists(
    st.tuples(
        st.sampled_from(["move", "promote", "demote", "remove", "add"]),
        st.integers(0, 20),
        st.integers(0, 20),
        st.integers(-1, 5),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(OPS)
def test_random_operations_keep_tree_valid_and_undo_restores(ops):
    d = _draft()
    original = copy.deepcopy(d)
    undos = []
    for op, i, j, index in ops:
        nodes = list(d.walk())
        try:
            node = nodes[i % len(nodes)] if nodes else None
            target = nodes[j % len(nodes)] if nodes else None
            if op == "move" and node:
                parent = target.id if target and j % 3 else None
                undos.append(move_node(d, node.id, parent, index))
            elif op == "promote" and node:
                undos.append(promote(d, node.id))
            elif op == "demote" and node:
                undos.append(demote(d, node.id))
            elif op == "remove" and node:
                undos.append(remove_node(d, node.id))
            elif op == "add":
                undos.append(add_node(d, target.id if target else None, index, DraftNode("N")))
        except OpError:
            pass
        _assert_valid(d)
    for undo in reversed(undos):
        undo.apply(d)
    assert _shape(d) == _shape(original)
    assert [n.id for n in d.walk()] == [n.id for n in original.walk()]


def test_choosing_a_level_style_overrides_kept_group_styles_and_undo_restores_them():
    from drafter.drafts.ops import set_numbering

    draft = Draft(
        meta=DraftMeta(),
        sections=[
            DraftNode("甲", children=[DraftNode("子一"), DraftNode("子二")]),
            DraftNode("乙", children=[DraftNode("丑一")], child_numbering="shi"),
        ],
        numbering=["cn_dun", "yao"],
    )

    def second_level(d: Draft) -> list[str]:
        marks = markers(d)
        return [marks[c.id] for s in d.sections for c in s.children]

    assert second_level(draft) == ["一要", "二要", "一是"]
    undo = set_numbering(draft, 2, "cn_paren")
    assert second_level(draft) == ["（一）", "（二）", "（一）"]
    undo.apply(draft)
    assert second_level(draft) == ["一要", "二要", "一是"]
