"""Short speeches written for the tests, shared by test modules that need the same text.

Importable by name (``from speech_samples import ...``) because tests/ has no
``__init__.py``: pytest puts the folder of the root conftest on ``sys.path``.
"""

from __future__ import annotations

# 我讲三点意见 over 一、二、三, with one unnumbered heading (加强队伍建设) inside 二 that a
# correction can promote or demote: the text the corrections tests (pure and stored in a
# library) replay their operations on, so both suites mean the same paragraphs by index.
CORRECTIONS_SPEECH = "\n".join(
    [
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲三点意见。",
        "一、提高认识",
        "我们要充分认识这项工作的重要性，切实增强责任感。",
        "二、突出重点",
        "要抓住关键环节，集中力量攻坚。",
        "加强队伍建设",
        "要选优配强干部，打造过硬队伍。",
        "三、狠抓落实",
        "要一级抓一级，层层抓落实。",
    ]
)

# Three parts led by 现在我来讲一讲…问题。 lines, each over six long paragraphs, after an
# opening that does not name them: a long text in which the machine finds no headings and
# doubts the outline (较长的正文中未找到小标题), the case where a user's correction must
# silence that doubt (in the CLI and in the reader alike). (Spoken turns that the opening
# announces, or that the talk opens on, are its parts since session 48's spoken_turns; the
# opening's two paragraphs keep these three out of that rule.)
_LONG_PARAGRAPH = (
    "我们要把各项工作做得更加扎实，坚持问题导向，狠抓落实，确保各项任务按期完成，"
    "推动工作再上新台阶，取得更大成效。"
) * 3
UNHEADED_SPEECH = (
    "\n".join(
        [
            "在全市工作会议上的讲话",
            "同志们：",
            "今天召开全市工作会议，主要是总结上半年工作，部署下半年任务。",
            "上半年，全市上下共同努力，各项工作取得了新的进展。",
        ]
        + [
            line
            for name in ("学习", "作风", "落实")
            for line in [f"现在我来讲一讲{name}问题。"] + [_LONG_PARAGRAPH] * 6
        ]
        + ["同志们，让我们共同努力！"]
    )
    + "\n"
)

# Parts numbered 一　关于… (a numeral and a full-width space) and points 第一点，…: markers no
# draft numbering style knows, which the outline export must keep as written (the loss seen
# on 论十大关系); shared by the core test of written markers
# (tests/drafts/test_written_markers.py) and the UI export test.
WRITTEN_MARKERS_SPEECH = (
    "在全市学习工作会议上的讲话\n同志们：\n今天我讲两个问题。\n一　关于学习的问题\n"
    "学习是做好工作的前提，要在全市形成浓厚的学习风气，各级干部要带头读书学习，提高本领。\n"
    "二　关于工作的问题\n第一点，应当肯定，过去一年的工作成绩很大。全市上下共同努力，各项指标都完成了。\n"
    "第二点，应当看到，工作中还有不少不足。有些地方抓落实不够，有些干部作风不实。\n"
    "同志们，让我们共同努力，把各项工作做得更好！\n"
)

# A speech with a one-sentence closing and an attachment the outline keeps after it
# (附件：…): the attachment holds counts with their items (三个方面：…) and a roadmap
# (主要内容如下：) the talk never spoke. Shared by the study test that lays the attachment
# out apart and the template test that keeps it out of the 结尾.
ATTACHMENT_SPEECH = """在读书活动启动仪式上的讲话

同志们：

今天，全县读书活动正式启动。

一、把读书活动办出特色

要抓好两件事：一是办好读书讲座，二是建好农家书屋。

二、把阅读习惯养成起来

要让读书成为每个干部的习惯。

最后，祝大家读书愉快！

附件：读书活动实施方案

为办好读书活动，特制定本方案，主要内容如下：

（一）组织领导

活动抓好三个方面：宣传发动、组织实施、总结表彰。

（二）时间安排

全年分三个阶段进行：启动阶段、推进阶段和总结阶段。
"""


# a speech without headings that turns from point to point by transitions (现在我来讲一讲…
# / 其次讲一讲… / …今天讲的就是这些。), one line a paragraph: the structure map's, study's and
# the 结构图 widget's tests cut it at those transitions and add the stretches up
TRANSITIONS_SPEECH_LINES = [
    "关于改进作风的讲话",
    "同志们：",
    "今天召开会议，我想讲一讲改进作风的问题。",
    "作风问题关系重大。" * 10,
    "现在我来讲一讲学风问题。",
    "学风不正，就是主观主义。" * 20,
    "其次讲一讲文风问题。",
    "文风不正，就是党八股。" * 8,
    "关于文风的问题，今天讲的就是这些。",
    "同志们，让我们共同努力，把作风建设不断推向前进！",
]


# A short speech whose endnotes (注释, one [1] mark) stand between its three parts and an
# appended 决定 (附录：): the apparatus in the order published texts carry it, shared by the
# tests that the appendix is indexed under 附录, opened from a hit and shown apart, while the
# notes stay out of the index.
NOTES_THEN_APPENDIX = (
    "加强学习\n一、认真学习\n我们要认真学习，做到学以致用[1]。\n"
    "二、改进作风\n我们要深入基层，调查研究，把问题解决在一线。\n"
    "三、狠抓落实\n我们要一抓到底，确保各项任务落到实处。\n"
    "注释\n[1] 学以致用指学习要联系实际。\n"
    "附录：关于学习问题的决定\n全会认为，学习要分三个阶段进行：起步、深入、总结。"
)

# 下面，我讲几点意见。 over three 必须坚持… paragraphs no heading rule takes, up to the closing: a
# roadmap whose parts stay in the running text (领起 3 项, not 节), which also lay out the body
# of this text without headings (the structure map's 〔分项〕 rows)
ROADMAP_PARAGRAPHS_SPEECH = """在全县安全生产工作会议上的讲话
同志们：
今天召开全县安全生产工作会议，主要是部署今年的工作。下面，我讲几点意见。
必须坚持人民至上，把保护人民生命安全摆在首位。这是我们工作的出发点和落脚点，各级各部门要牢记在心。
必须坚持预防为主，把隐患消灭在萌芽状态。要加强风险研判，健全预警机制，做到防患于未然。
必须坚持依法治理，严格安全生产执法。对违法违规行为要零容忍，发现一起查处一起。
同志们，让我们共同努力！
"""


# A report that opens with its salutation and has no title line (as the national reports
# in ../shared do): what the app shows for an untitled text — 《first words…》（无标题） in the
# status line, 并排对照, the outline printout and export --outline-only — is tested on it.
UNTITLED_REPORT = """各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。
一、过去一年工作回顾
过去一年，我们攻坚克难。
二、今年工作总体部署
今年工作要突出重点。
"""
