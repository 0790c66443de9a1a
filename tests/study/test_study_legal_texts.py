"""Rules, regulations and notices are not speeches: their lists of conditions and provisions
announce no parts of a talk, and an attachment at their end is no closing. Each test pins a
class the precision audit on ../shared/corpus/scale/laws found (texts nobody had read for
the rules; figures in /work/notes/audit.md). The texts here are written for the tests."""

from __future__ import annotations

import pytest

from drafter.corpus.closing import appendix_label, before_appendix
from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap import ahead_count


def study(text: str):
    return analyze(parse_text(text, "t.txt"))


@pytest.mark.parametrize(
    "sentence",
    [
        "凡有下列情形之一的，取消当年评优资格：",
        "有下列行为之一的，由所在单位责令改正。",
        "参赛队伍出现以下情况之一的，组委会可以取消其成绩；情节严重的，通报其所在学校。",
    ],
)
def test_any_one_of_the_following_is_a_condition_not_parts(sentence):
    # 之一: the items are conditions, any one of which is enough; the sentence announces no
    # parts. The second form (no colon, the consequence after the list's clause) came with
    # the session's wider reading of a clause closing on 下列X.
    assert ahead_count(sentence) is False


CONDITIONS = """关于评优工作的几点规定

各单位要认真做好年度评优工作。凡有下列情形之一的，取消当年评优资格：

（一）年度考核不合格的；

（二）受到纪律处分未满一年的；

（三）弄虚作假骗取荣誉的。

评优结果在单位内公示五个工作日。
"""


def test_a_list_of_conditions_is_no_roadmap():
    assert study(CONDITIONS).roadmap == []


ARTICLES = """读书会章程

第一条　为办好读书会，制定本章程。

第二条　会员享有下列权利：

（一）参加读书会组织的活动；

（二）借阅读书会的图书；

（三）对读书会的工作提出建议。

第三条　会员应当按时参加活动。
"""

# the same words said in a talk, where the list is the parts the speaker goes on to give
TALK = """在读书会成立会上的讲话

同志们，读书会今天成立了。会员享有下列权利：

（一）参加读书会组织的活动；

（二）借阅读书会的图书；

（三）对读书会的工作提出建议。

希望大家多读书，读好书。
"""


def test_an_article_listing_its_provisions_is_no_roadmap():
    # 第二条　…下列权利： lists what the article provides, not the parts of a talk
    assert study(ARTICLES).roadmap == []
    # the guard is the article: the same sentence in a talk still announces its parts
    road = study(TALK).roadmap
    assert [r.text for r in road] == ["会员享有下列权利："]
    assert len(road[0].sections) == 3


REGULATION = """图书借阅办法

第一条　为规范图书借阅，制定本办法。

第二条　读者凭借阅证借书，每次不超过五册。

第三条　借期一个月，可以续借一次。

第四条　逾期不还的，暂停借阅一个月。

第五条　本办法自发布之日起施行。

附：

借阅证申请表
"""


@pytest.mark.parametrize("label", ["附：", "附表", "附件：借阅证申请表"])
def test_an_attachment_alone_at_the_end_is_no_closing(label):
    # the outline keeps these after the body (in its closing list); the study reads no closing
    s = study(REGULATION.replace("附：", label))
    assert s.closing.paragraphs == []
    assert s.closing.type is None


SPEECH_WITH_ATTACHMENT = """在图书馆开馆仪式上的讲话

同志们：

今天，新馆正式开馆了。这座图书馆凝聚了全县干部群众的心血。

一、把图书馆建成群众的书房

要延长开放时间，方便群众借阅。

二、把阅读活动办出特色

要常年举办读书讲座。

最后，祝大家读书愉快，身体健康！

附件：读者须知

希望读者爱护图书，按时归还，保持馆内安静。
"""


def test_a_closing_ends_above_the_attachment():
    s = study(SPEECH_WITH_ATTACHMENT)
    assert s.closing.text == "最后，祝大家读书愉快，身体健康！"
    kinds = [p.kind for p in s.closing.parts]
    assert kinds == ["祝愿"]  # not 希望要求 read in the attachment's rules


def test_appendix_labels():
    assert appendix_label("附件：") and appendix_label("附表") and appendix_label("附：")
    assert appendix_label("附件1：借阅证申请表")
    assert not appendix_label("附近的群众都来了。")
    assert before_appendix(["最后，祝大家健康！", "附件：", "申请表"]) == 1
    assert before_appendix(["附：", "税目税额表"]) == 0
    assert before_appendix(["谢谢大家！"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "违反本办法第二条第二、三项规定的，责令改正。",
        "违反第九条第一款第一项、第四项至七项规定的，责令改正。",
        "本办法第一至五类案件由基层法院审理。",
    ],
)
def test_a_count_that_continues_a_cited_provision_is_no_frame(sentence):
    # 第二、三项: the second and third items cited, not a summary of three
    frames = study(f"借阅办法\n\n{sentence}\n").frames
    assert frames == []


def test_the_outline_tree_shows_an_attachment_apart_from_the_closing():
    from drafter.commands.outline import render_tree

    tree = render_tree(parse_text(REGULATION, "t.txt")).splitlines()
    assert "  [附件] 2 段 · 附：" in tree
    assert not any(line.startswith("  [结尾]") for line in tree)
    tree = render_tree(parse_text(SPEECH_WITH_ATTACHMENT, "t.txt")).splitlines()
    assert "  [结尾] 1 段 · 最后，祝大家读书愉快，身体健康！" in tree
    assert "  [附件] 2 段 · 附件：读者须知" in tree
