"""A text made of two documents (a 命令 and a spokesman's 谈话 under one title) has them as
its parts; the first document's title is not read as a post and a name. Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_P = "全县各级各部门要立即行动起来，把防汛抗旱的各项工作落实到每一个村、每一个岗位，确保群众生命财产安全。"


def _two_documents() -> str:
    return "\n\n".join(
        [
            "关于今年汛期工作的命令和谈话",
            "（二〇二四年七月一日）",
            "县防汛抗旱指挥部委员会命令",
            _P,
            _P,
            "县防汛抗旱指挥部委员会",
            "指挥部发言人答本报记者问的谈话",
            _P,
            _P,
            _P,
        ]
    )


def test_each_document_of_a_text_is_a_part() -> None:
    doc = parse_text(_two_documents(), "x.txt")
    parts = [(s.level, s.heading, len(s.paragraphs)) for s in doc.outline.sections]
    # the signing office stays with the first document, not a heading of its own
    assert parts == [(1, "县防汛抗旱指挥部委员会命令", 3), (1, "指挥部发言人答本报记者问的谈话", 3)]


def test_a_document_title_is_not_a_post_and_a_name() -> None:
    meta = parse_text(_two_documents(), "x.txt").metadata
    assert (meta.speaker, meta.post) == (None, None)  # "…委员" + "会命令"
    assert meta.title == "关于今年汛期工作的命令和谈话"


def test_one_document_title_alone_is_no_part() -> None:
    text = "\n\n".join(["关于今年汛期工作的命令", "县防汛抗旱指挥部命令", _P, _P, _P])
    assert parse_text(text, "x.txt").outline.sections == []
