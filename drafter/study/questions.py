"""A text made of questions and answers (问：…／答：…, a Q&A with new staff, an interview): its
parts are the questions. 任正非答新员工问 has no headings and no speech's opening or closing:
the study took its first question for an opening (〔开头〕未归类, 19 字) and showed the rest as
one 正文 bar of 100%, so a trainee saw nothing of how the talk runs. Its questions cut the body
instead, each a row with its answer's length, and the first question is no opening."""

from __future__ import annotations

import re

from drafter.study.layout import Layout

# a question put from the floor: 问：, 提问：, 学员问：, 记者甲问：, Q：
FLOOR_QUESTION = re.compile(
    r"^(问|提问|(学员|员工|记者|听众|同学|网友|代表)[甲乙丙丁]?问|[QＱ])[：:]"
)
# the question's label alone, to take off where the question is named
QUESTION_MARK = re.compile(FLOOR_QUESTION.pattern)
# the answer's turn
ANSWER = re.compile(r"^(答|回答|[AＡ])[：:]")
# questions it takes to make a text a Q&A (one or two are a talk taking questions at its end)
LEAST_QUESTIONS = 3


def floor_questions(lay: Layout) -> list[int]:
    """The paragraphs of ``lay`` that put a question, when the text is a Q&A without headings:
    at least :data:`LEAST_QUESTIONS` questions and as many answers given as 答： less one
    (a transcript may leave the first answer unmarked); [] otherwise."""
    if lay.roots:
        return []
    texts = [p.text.strip() for p in lay.paragraphs]
    asked = [i for i, t in enumerate(texts) if FLOOR_QUESTION.match(t)]
    answered = sum(1 for t in texts if ANSWER.match(t))
    if len(asked) < LEAST_QUESTIONS or answered < len(asked) - 1:
        return []
    return asked
