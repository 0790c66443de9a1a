"""What reads like a roadmap but is no talk's plan: a regulation's provisions (本办法…), an
article of a law or charter (第八条　…包括下列内容：), the questions and answers or
appendix an editor put after the parts, and the meeting's agenda (会议的主要任务是：).
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Roadmap
from drafter.study.roadmap.warning import count_warning

# a regulation speaks of itself as one: 本办法自发布之日起施行 / 本规定适用于… / 本解释所称…;
# 本 closing 基本 or 根本 is no "this" (华为基本法的… names a company charter, whose colon
# lead-ins before 1、2、… are roadmaps in study_heldout_b21.json)
_SELF_NAMED = re.compile(
    r"(?<![基根])本(?:办法|规定|条例|细则|解释|法)(?:[所自适第的和中，,。]|规定)"
)


# the title of an act: who issues it (最高人民法院关于… / 国务院关于… / …人民代表大会常务委员会关于…),
# a provisional one (…暂行规定), or a charter's name in book-title marks (《华为基本法》)
_ACT_TITLE = re.compile(
    r"^《|法院|检察院|国务院|人民代表大会|委员会|中华人民共和国|人民政府|部门|暂行|试行"
)


def regulation(lay: Layout) -> bool:
    """A regulation: its title names one (条例/办法/规定/细则/解释, the outline's genre 法规)
    and reads as an act's, or its text speaks of itself as one (本办法…) — not a talk titled
    实施新政策的不同办法 (ways of doing it)."""
    if lay.genre != "法规":
        return False
    return bool(_ACT_TITLE.search(lay.title or "")) or any(
        _SELF_NAMED.search(p.text) for p in lay.paragraphs
    )


# a talk's questions and answers or an appendix after its parts (五、问答环节： / 附：…): what the
# editor appended, not a part the speaker announced
_QA_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]\s*|[（(][一二三四五六七八九十]+[）)]\s*)?"
    r"(?:现场)?(?:问答|答问|提问|互动交流|答记者问|附[：:录件])"
)


def drop_questions(lay: Layout, road: Roadmap) -> None:
    """Take a last linked section that is the talk's questions and answers or an appendix
    (问答环节 after 一、…四、) off the parts ``road`` announces, and weigh its count warning again."""
    sections = road.sections
    while len(sections) > 2:
        para = lay.paragraphs[sections[-1]]
        if not (para.is_heading and _QA_HEADING.match(para.text.strip())):
            break
        sections = sections[:-1]
    if sections is not road.sections:
        road.sections = sections
        road.warning = count_warning(road.count, len(sections))


ARTICLE = re.compile(r"第[一二三四五六七八九十百千零〇两]+条(?:[ \t\u3000]|[（(][^）)]{1,8}[）)])")


# 主要指标完成情况如下表： / 详见下表。 / 如下图所示: a pointer at a table or a figure, whose rows are
# figures, not the parts of a talk
TABLE_POINTER = re.compile(r"(?:如|见|详见|参见)下(?:表|图)(?:所示)?[：:。]?\s*$")


# 今天召开…会议，…会议的主要任务是： / 这次会议的任务是： / 大会的主要议程是：: the meeting's agenda,
# what the meeting does, before the speaker's own plan (下面，我讲三点意见。) — not the parts of the talk
MEETING_AGENDA = re.compile(r"(?:会议|大会)的?(?:主要)?(?:任务|议程|议题)(?:是|有)[：:]\s*$")
