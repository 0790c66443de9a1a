"""A press conference's record: the release statement's parts are its outline, the answers'
courtesies are not (modern_blind6 s08's class: 谢谢你的提问。/ 谢谢这位记者。/ 谢谢。 opening three
answers read as a run of unnumbered level-1 topics). No real text in ../shared has an unnumbered
heading that thanks. Our own sentences."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_A = (
    "这个问题企业很关心，我们在调研的基础上，对办事流程进行了全面梳理，能合并的合并，能取消的取消。"
)


_QUESTIONS = [
    "我想问一下，刚才提到企业开办的环节压缩了不少，具体是怎么做到的？",
    "很多企业反映检查过多过频，这次《措施》在这方面有什么新的举措，能否具体介绍一下？",
    "如果部门不按时响应、企业的问题解决不了怎么办，有没有相应的督办机制？",
]


def _record(openings: list[str]) -> str:
    paras = ["《某县优化营商环境若干措施》新闻发布会实录", "主持人：", "各位记者朋友，大家上午好！"]
    paras += ["发改局局长：", "首先介绍《措施》的有关情况。", "一、出台的背景", _A * 2]
    paras += ["二、主要内容", _A * 2, "三、下一步安排", _A * 2, "我就介绍这些，谢谢大家！"]
    for k, opening in enumerate(openings):
        paras += [f"记者{k + 1}：", _QUESTIONS[k], "局长：", opening + _A * 3]
    paras += ["主持人：", "提问就到这里，谢谢大家！"]
    return "\n\n".join(paras)


def test_thanks_opening_answers_are_no_topics() -> None:
    tree = levelled(_record(["谢谢你的提问。", "谢谢这位记者。", "谢谢。"]))
    assert [h for _, h in tree] == ["一、出台的背景", "二、主要内容", "三、下一步安排"]


def test_parallel_topics_of_their_own_are_still_read() -> None:
    # the run is kept when its phrases name topics (a text that numbers nothing)
    paras = ["关于几项工作的说明"]
    for topic in ("地主阶级。", "中产阶级。", "小资产阶级。"):
        paras += [topic + _A * 2]
    tree = levelled("\n\n".join(paras))
    assert [h for _, h in tree] == ["地主阶级", "中产阶级", "小资产阶级"]
