"""A numbered question whose asker opens with 首先 (9、某报记者：首先，…意味着什么？): the heading
runs on past the asker's colon to the question, as under the other numbered questions; a
colon before a list the line announces (…保证下列两项：首先，…。) still ends it. Our own
sentences."""

from __future__ import annotations

from drafter.corpus.headings import to_sentence_end


def test_an_askers_first_question_is_the_heading() -> None:
    text = "晨报记者李某: 首先，公司明年的组织调整对管理层意味着什么？另外，调整何时完成？"
    heading, rest = to_sentence_end(text, "晨报记者李某", text.split(": ", 1)[1])
    assert heading == "晨报记者李某:首先，公司明年的组织调整对管理层意味着什么"
    assert rest.startswith("另外")


def test_a_list_announced_by_the_line_still_ends_it() -> None:
    text = "做好这件事要把握两条：首先，要统一思想。其次，要落实责任。"
    heading, rest = to_sentence_end(text, "做好这件事要把握两条", text.split("：", 1)[1])
    assert heading == "做好这件事要把握两条"
    assert rest.startswith("首先")


def test_a_short_line_of_questions_after_an_askers_label_is_whole() -> None:
    # a foreign reporter's label (Latin letters, a colon, a space): a short line of two
    # questions after it is one heading, as after 与会人： (tests/gold/README.md)
    text = "晨报记者Tom Lee: 上市能否缓解外界的担心？能否帮助公司打开新市场？"
    heading, rest = to_sentence_end(text, "晨报记者Tom Lee", text.split(": ", 1)[1])
    assert heading == "晨报记者Tom Lee:上市能否缓解外界的担心？能否帮助公司打开新市场"
    assert rest == ""


def test_a_long_line_of_questions_after_a_label_keeps_its_first() -> None:
    text = (
        "晨报记者Tom Lee: 您认为公司在海外遇到的困难是信任的缺失，还是别人的保护主义？"
        "如果是保护主义，公司是否考虑通过别的渠道去沟通？"
    )
    heading, rest = to_sentence_end(text, "晨报记者Tom Lee", text.split(": ", 1)[1])
    assert heading.endswith("还是别人的保护主义")
    assert rest.startswith("如果是")
