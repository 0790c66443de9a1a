"""What each study label means, in a sentence a trainee can act on.

The study view tags the parts of an opening and closing (〔会议目的〕, 〔号召〕 …), roadmap and
transition sentences, and names the type of an opening or closing (开宗明义式 …). A label
alone teaches little; these notes say what the part does in a speech, so a click on a tag
explains it. Kept beside the rules (:mod:`drafter.study.bookends`) that produce the labels;
a test checks every label the rules can give has its note.
"""

from __future__ import annotations

PART_NOTES: dict[str, str] = {
    "称呼": "开头先称呼听众（同志们：），点明对象和场合；结尾再称呼一次，常引出号召。",
    "交代事由": "说明以什么身份、受谁委托讲话或作报告，让听众知道这篇讲话的来由。",
    "会议目的": "交代召开这次会议、举办这次活动的目的和任务，让听众明白为什么开这个会。",
    "致意": "向与会者和有关方面表示问候、祝贺、欢迎或感谢，营造气氛。",
    "肯定成绩": "先肯定前一阶段的工作和成绩，为提出新任务作铺垫。",
    "形势": "分析当前面临的形势，说明为什么必须这样做。",
    "意义": "阐明这项工作的重要意义，先统一思想、提高认识。",
    "过渡": "用一句话由开头转入正文，常同时预告要讲几点。",
    "总结": "对全篇作简要概括，重申最要紧的意思。",
    "希望要求": "对听众提出希望和要求，落到行动上。",
    "号召": "发出号召、鼓舞士气（让我们……），给全篇一个有力的收束。",
    "祝愿": "表达祝愿（预祝会议圆满成功），多用于会议、活动的讲话。",
    "致谢": "以致谢作结（谢谢大家）。",
    "提纲句": "预告下文结构的句子（下面我讲三点意见），听众借此把握全篇框架；点它可看领起的各部分。",
    "过渡句": "承上启下的句子，把前后两部分连起来，使全篇衔接自然。",
    # what a transition does (drafter.study.transitions.TRANSITION_ROLES)
    "转入问题": "由讲成绩转到讲问题和不足（我们也清醒地看到……），报告常用它从回顾转入查摆问题。",
    "总结体会": "由回顾转到总结经验体会（回顾……，我们深切体会到……），把做法提升为规律性认识。",
    "回顾上文": "回顾、收束上面讲过的内容（以上讲的……；上面我说了……），提醒听众刚讲完一层意思。",
    "引出下文": "预告下面要讲的内容（重点抓好以下几个方面），听众据此知道后面有几条。",
    "转入新话题": "明示话题转换（现在我来讲一讲……；这里要专门讲一下……），没有小标题的讲话靠它分层。",
    "承上启下": "借形势或上文的结论自然过渡到下文（在当前大好形势下，……；这样讲来，……）。",
    "开头": "讲话稿的开头：称呼、交代目的、致意等，为正文作铺垫。",
    "结尾": "讲话稿的结尾：总结、提出希望、号召、致谢等，收束全篇。",
}

TYPE_NOTES: dict[str, str] = {
    "开宗明义式": "一开头就点明会议目的或讲话主旨，直截了当。",
    "肯定成绩式": "先肯定成绩、鼓舞士气，再转入部署工作。",
    "分析形势式": "从分析形势入手，引出任务和要求。",
    "阐明意义式": "先讲清意义、统一认识，再谈怎么做。",
    "致意问候式": "以问候、祝贺、欢迎开篇，多见于致辞。",
    "开门见山式": "不作铺垫，直接进入正题。",
    "号召激励式": "以号召作结，鼓舞听众行动起来。",
    "提出希望式": "以希望和要求作结，落到听众身上。",
    "总结强调式": "以总结和强调作结，重申要点。",
    "祝愿式": "以祝愿作结，多用于会议、活动的讲话。",
    "致谢式": "以致谢作结。",
}


def explain(label: str) -> str:
    """The note for a part, tag or type label ("" for one without a note); a combined tag
    such as 会议目的·过渡 gets the note of each part, in order."""
    names = [n for n in label.split("·") if n]
    notes = [f"〔{n}〕{PART_NOTES.get(n) or TYPE_NOTES.get(n, '')}" for n in names]
    return "\n".join(n for n in notes if not n.endswith("〕"))
