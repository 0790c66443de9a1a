"""An announcement whose first part runs on in its own paragraph (stop 20).

下面，我讲三点意见。第一，要提高认识。… then 第二，… and 第三，… as parts of their own: the
outline cannot make the first a heading (it is inside the opening's paragraph), so the roadmap
linked only the second and third and warned that three were announced and two found. And with
no headings at all (实践论, development batch 11: 这里有两个要点必须着重指明。第一个，… then a
paragraph 第二是…) the roadmap was dropped, its parts not found. The golds keep a count whose
items all run on in one paragraph a listed frame, not a roadmap; that stays.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

SECTIONS = """在全县工作会议上的讲话

同志们：

今天召开全县工作会议，主要是部署今年的工作。下面，我讲三点意见。第一，要提高认识。干部队伍建设是根本，要选好用好干部，把想干事、能干事的干部用起来。

第二，要改进作风。作风建设永远在路上，要坚决反对形式主义、官僚主义，切实减轻基层负担。

第三，要狠抓落实。落实是关键，要一级抓一级、层层抓落实，确保各项决策部署落地见效。

同志们，让我们共同努力！
"""

PROSE = """认识的两个阶段

认识从实践开始，经过实践得到了理论的认识，还须再回到实践去。这里有两个要点必须着重指明。第一个，就是理性认识依赖于感性认识的问题。如果以为理性认识可以不从感性认识得来，他就是一个唯心论者。

第二是认识有待于深化，认识的感性阶段有待于发展到理性阶段，这就是认识论的辩证法。

认识运动至此还没有完结，还须回到实践中去检验。
"""


def _roadmap(text: str):
    doc = parse_text(text, "t.txt")
    return analyze(doc).roadmap, [p.text for p in doc.paragraphs()]


def test_a_first_part_run_on_after_the_announcement_is_the_first_of_its_parts():
    roadmap, _ = _roadmap(SECTIONS)
    road = next(r for r in roadmap if r.text == "下面，我讲三点意见。")
    assert road.labels == ["第一，要提高认识", "第二，要改进作风", "第三，要狠抓落实"]
    assert road.warning is None


def test_with_no_headings_the_run_on_first_part_and_the_numbered_paragraph_after_it():
    roadmap, paras = _roadmap(PROSE)
    road = next(r for r in roadmap if r.text == "这里有两个要点必须着重指明。")
    assert road.count == 2
    assert road.labels[0].startswith("第一个") and paras[road.sections[1]].startswith("第二是")


def test_all_the_items_running_on_in_one_paragraph_are_no_roadmap():
    text = PROSE.replace("\n\n第二是", "第二是")
    roadmap, _ = _roadmap(text)
    assert not any("着重指明" in r.text for r in roadmap)
