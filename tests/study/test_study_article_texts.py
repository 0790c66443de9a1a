"""A text made of articles (a law, a regulation, a charter, a 办法: 第一条 第二条 …) is read as
the outline reads it: every paragraph from its first article on belongs to an article, so a
colon list in an article's second paragraph (款) lists provisions, not the parts of a talk,
and the text opens with its purpose clause, not with a speech's opening parts. A speech
that quotes an article or two is still a speech. Classes from the precision audit on
../shared/corpus/scale/laws (/work/notes/audit.md); the texts here are written for the tests."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def study(text: str):
    return analyze(parse_text(text, "t.txt"))


ARTICLES = """读书会章程

第一条　为办好读书会，制定本章程。

第二条　读书会设会员大会。

会员大会行使下列职权：

（一）修改章程；

（二）选举理事会；

（三）审议年度工作报告。

第三条　会员应当按时参加活动。

第四条　会员可以借阅读书会的图书。

第五条　本章程自通过之日起施行。
"""


def test_a_paragraph_inside_an_article_lists_provisions_not_parts():
    assert study(ARTICLES).roadmap == []


SPEECH = """在读书会年会上的讲话

同志们：

今天召开读书会年会，主要是总结工作、部署任务。章程第二条规定，会员大会行使下列职权，这次会议就是依章程召开的。下面，我讲三点意见。

一、充分肯定过去一年的成绩

一年来，读书会组织活动十余次，会员读书热情高涨。

二、清醒认识存在的不足

活动形式还比较单一，吸引力还不够强。

三、扎实做好今年的工作

要丰富活动形式，办好每一次读书分享。
"""


def test_a_speech_that_quotes_an_article_still_finds_its_roadmap():
    roads = study(SPEECH).roadmap
    assert [r.text for r in roads] == ["下面，我讲三点意见。"]
    assert len(roads[0].sections) == 3


RULES = "|第二条　读者凭证借书。|第三条　借期一个月。|第四条　逾期暂停借阅。|第五条　续借一次。|第六条　本办法自发布之日起施行。"


@pytest.mark.parametrize(
    "first",
    [
        "第一条　为了适应新时代图书馆发展的新形势，规范图书借阅，根据有关法律，制定本办法。",
        "为保障读者的合法权益，适应新形势，根据有关规定，制定本办法。",
    ],
)
def test_an_enactment_clause_is_no_part_of_a_speech_opening(first):
    opening = study("借阅办法\n\n" + (first + RULES).replace("|", "\n\n") + "\n").opening
    assert opening.parts == [] and opening.type is None
    assert opening.text == first  # the purpose clause is what the text opens with


def test_an_article_text_without_a_purpose_clause_has_no_opening():
    text = "借阅须知\n\n" + ("第一条　读者须持证入馆。" + RULES).replace("|", "\n\n") + "\n"
    opening = study(text).opening
    assert opening.paragraphs == [] and opening.text == ""
