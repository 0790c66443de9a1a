"""The opening (开头) and closing (结尾) of a speech: labelled parts and a type label.

Opening parts: 称呼 (同志们：), 交代事由 (我代表…向大会报告), 会议目的 (召开这次会议，主要是…), 致意 (问候, 祝贺, 欢迎),
肯定成绩 (今年以来…取得…), 形势 (当前…), 意义 (重要意义, 十分必要), 过渡 (下面…讲几点意见).
Closing parts: 称呼, 总结 (总之, 使命光荣、责任重大), 希望要求 (希望…), 号召 (让我们…),
祝愿 (预祝…圆满成功), 致谢 (谢谢大家). The type label names the part the speaker leads
with after the salutation (开宗明义式, 肯定成绩式 …) or ends on (号召激励式, 祝愿式 …).
"""

from __future__ import annotations

import re

from drafter.corpus.closing import ADDRESS, LAST_POINT, SALUTATION
from drafter.corpus.model import Document
from drafter.study.layout import Layout, layout
from drafter.study.model import Bookend, Part, Span
from drafter.study.questions import FLOOR_QUESTION, floor_questions
from drafter.study.roadmap import roadmap_count
from drafter.study.roadmap.leads import in_lead_paragraph
from drafter.study.text import Sentence, sentences

# A salutation standing alone; several may be strung together (各位委员、各位同志们：).
_SALUTATION = SALUTATION
# An editor's note set above a text (*这是毛泽东在…上的演说。), or a line wholly in brackets (（在多伦多
# 大学）; （本纪要摘录了…任总…的讲话内容）): apparatus, not the opening.
_EDITOR_NOTE = re.compile(
    r"^[*＊]|^这是[^。]{0,60}(讲话|演说|报告|谈话|指示|文章|批语|电报|信)[^。]{0,10}。$"
    r"|^[（(][^（）()]*[）)]$"
)
# A question from the floor (问：… / 提问：… / 学员问：…) in a record of questions and answers
# (ren 19960608 opens on nine of them, 19990720 on one): the audience's words, not the
# speaker's, so no part of the opening is read in one and no opening type rests on one.
# (顾问：, 请问： are no question label: an adviser speaking, a question in the speaker's words)
_FLOOR_QUESTION = FLOOR_QUESTION  # (a transcript's question is no opening part)
OPENING_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # A sentence that lists what the report covers (主要内容是：关于…，关于…) leads
        # into the body, whatever the topics it names (形势 among them).
        "过渡",
        re.compile(
            r"^(报告的?|讲话的?|今天讲的?)?主要内容(是|有)[：:]|内容如下"
            # the question the body answers (我们该怎么看待这个问题？)
            r"|(怎么|怎样|如何)(看待|认识|理解)[^。？?]{0,10}[？?]$"
        ),
    ),
    (
        "交代事由",
        re.compile(
            r"我代表[^。]{0,30}(报告|讲话|致辞|发言)|向大会报告|受[^。]{0,12}委托|请予审议"
            # the subject the speaker takes up, with no count of parts (今天我想讲一点关于…的问题)
            r"|^(今天|现在|这里)[，,]?(我|我们)(想|要|来)?(讲|谈|说)(一点|一下|一讲|一谈|讲|谈)?关于"
            # the subject named after the verb, or the occasion first (在团结问题上我想讲一点
            # 方法问题 / 今天请你们吃饭，也讲讲公司未来的作战模式)
            r"|(我|我们|也)(想|要|来)?(讲|谈|说)(一点|一下|讲|谈|说)[^。，！？]{1,20}(问题|情况|模式|想法)[。]?$"
            # what the speaker takes up, named after a colon (我现在想讲的是：…怎样…)
            r"|^(我|我们)(现在|今天)?(想|要)?(讲|谈|说)的(就)?是[：:]"
            # in what capacity he speaks (今天我不代表董事会，是作为公司总裁在市场会议上讲话)
            r"|作为[^。，]{1,16}在[^。，]{0,16}(讲话|发言|致辞)"
            # the meeting begun and how it runs (现在咱们开始开会，…; 下面我一边说，你们也可以一边
            # 插话，也可以提问), or the speaker before him (刚才凯丰同志讲了今天开会的宗旨)
            r"|^(现在|下面|今天)[，,]?(咱们|我们|大家)?开始(开会|座谈|讨论)"
            r"|(你们|大家)也?可以[^。，]{0,4}(插话|提问)"
            r"|^刚才[^。，]{1,12}(讲|谈|说|介绍)了"
        ),
    ),
    (
        "致意",
        re.compile(
            r"问候|祝贺|欢迎|致以|致敬|表示.{0,6}(感谢|敬意)|感谢|(来|前来)看望"
            r"|(我|我们)(热烈|衷心|真诚地?)?庆祝[^。，]{0,16}(成功|胜利|召开|开幕|开学|成立)"
            r"|辛苦了"
        ),
    ),
    (
        # The times a meeting meets in (…是在…大好形势下召开的) are background, not its purpose.
        "形势",
        re.compile(r"在[^。]{0,80}(形势|背景)下(召开|举行|举办)"),
    ),
    (
        # Praise of the meeting or of what is before it is an affirmation even without
        # 成绩 (这次会议开得很好; 这个草案是得人心的).
        "肯定成绩",
        re.compile(
            r"^(?!.*[？?])(.*开得(很|非常|十分|比较)?(好|成功)|.*(?<!不)得人心|.*(是|很|非常|十分)成功的)"
        ),
    ),
    (
        # A bare 主要是 or 本次 says nothing about a meeting ("小鬼难缠"主要是指…); a bare
        # 目的是 need not be the meeting's (它的目的是要灭亡中国). The meeting named without
        # what it is for (…会议，今天在北京举行; 这次会议具有…意义) is no purpose: a purpose is
        # its task or aim, what it is held for (召开…大会，将…发给骨干，让他们牢记), or why the
        # speaker came (我是来了解你们的想法).
        "会议目的",
        re.compile(
            r"主要任务|主要目的|(会议?|今天[^。]{0,6}|这次[^。]{0,6}|本次[^。]{0,6}|这个会)的(主要)?(目的|任务)"
            r"|目的[，,]?只有一个|会议的(主要)?(议程|任务|主题)"
            r"|(这次|今天的?|本次|这个)(会议?|大会|培训班?|活动)[^。]{0,8}(是为了|为了|是要|就是要|主要是)"
            r"|(召开|举办|举行)[^。]{0,80}(目的|任务|为了|以便|[让使](大家|他们|你们|我们|同志们))"
            r"|开会[，,]?(是)?为了|我(今天|这次)?是来[^。，]{0,16}"
            r"|(和|同|跟)(大家|各位|你们)(交流|沟通|商量|探讨|座谈)"
            r"|(本次|这次|今天的?)(会议?|大会)是?[^。，]{0,16}(讨论|研究|部署|交流|动员)"
        ),
    ),
    (
        # 以来 alone only dates a sentence (自从…以来); an affirmation names what was achieved
        # (刚刚过去的１９８４年，是…取得伟大成就的一年). 成绩 as the object of a plan or a hope
        # (把成绩巩固下来; 希望…出成绩) or as a word defined (成绩不是好大喜功) affirms nothing.
        "肯定成绩",
        re.compile(
            r"(以来|年来|过去的一年)[^。]{0,60}(取得|成绩|成效|成就|进展|提高|提升|增长|突破)"
            r"|取得了?[^。]{0,12}(成绩|成效|进展|成果|成就)|(?<![把将出])成绩(?!不是)|成效明显|显著"
            r"|(已经|已)[^。，]{0,4}突破"
            # praise of the room's work (你们做得不错 / 英国代表处经营还好), not a condition
            # (如果…做得好 / 只要…干得好)
            r"|^(?![^。]*(如果|假如|只要|要是|才能|一旦))[^。，]{0,12}(做得|干得|经营|工作)(还|很|非常|比较|都)?"
            r"(不错|好)[。，,！!]"
        ),
    ),
    (
        # 当前 alone is a time word (在当前以利润为中心的管理下); the situation is named.
        "形势",
        re.compile(
            r"形势|局势|(国际|国内|目前的?|当前的?)(国际)?(情况|环境)[^。，]{0,8}(对于?|是|有利|不利|严峻|复杂)"
            r"|(当前|当今)[^。]{0,12}(正处于|正处在|时期|阶段|面临)|面临|新时代|新阶段|新征程"
            # where the company or the country stands (已处在一个上升时期), the competition
            r"|处[在于][^。，]{0,8}(时期|阶段)|市场[^。，]{0,4}(比较|很|非常|十分|更加)?(难做|严峻|低迷)"
            r"|竞争(已经|已)?(近乎|日趋|日益|越来越|更加|如此之|最为|十分|非常)?(激烈|白热化)"
        ),
    ),
    (
        "意义",
        # 具有…历史意义的新条约 names a thing, not why the meeting matters.
        re.compile(
            r"重要意义|(重大|深远|历史)意义(?!的[^。，！；])(?![^\W的])|十分必要|非常重要|十分重要|意义(重大|深远)"
            r"|(很|非常|十分|极|特别)有意义|是[^。，]{0,10}的生命线"
        ),
    ),
    (
        # The occasion itself (…会议，今天在我国首都北京举行。 / 今天我们开庆祝会，…): what
        # the speaker is here for, told without a purpose; asked last, after every part
        # that says more of the meeting (its purpose, its meaning).
        "交代事由",
        re.compile(
            r"(召开|举办|举行)[^。，]{0,12}(会|仪式|典礼|班)|(会|会议|大会)[，,]?[^。，]{0,20}(召开|举行|举办)"
            r"|(今天|这次)[^。，]{0,6}开[^。，]{0,6}会"
        ),
    ),
)
CLOSING_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "致谢",
        # 谢谢 as the speaker's word anywhere (…，谢谢你们！ / 辛苦了，谢谢！ / 我代表公司谢谢你们)
        re.compile(
            r"^谢谢|谢谢(大家|各位|你们|您们|您|同志们)|(^|[，,])谢谢[！!。]?$"
            r"|(我|我们)[^。，]{0,8}谢谢|感谢(大家|各位|你们|您们)|欢迎[^。]{0,12}再次光临"
        ),
    ),
    (
        # 我祝贺取得十佳荣誉的员工 / …，愿您们尽快成长: congratulations and wishes to the room
        "祝愿",
        re.compile(
            r"预祝|祝[^。]{0,12}(成功|顺利|健康|快乐|愉快|吉祥|如意)|祝愿"
            r"|(我|我们)[^。，]{0,4}祝贺|(^|[，,])(最后[，,]?)?祝贺(你们|大家|各位|同志们)"
            r"|(^|[，,])愿(您|你|大家|各位|同志)"
            r"|(新年|节日|春节)快乐|身体健康|万事如意|阖家幸福"
        ),
    ),
    (
        "号召",
        re.compile(
            r"让我们(?!的)|我们要[^。]{0,30}(奋斗|努力|奋进)|为[^。]{0,60}(而奋斗|作出[^。]{0,6}贡献|努力奋斗)"
            # a report's long last call: its aims run well past 60 characters before the verb
            # (…，为决胜全面建成小康社会、…、实现中华民族伟大复兴的中国梦不懈奋斗！)
            r"|为[^。！？]{0,200}(不懈|继续|而|努力|共同)奋斗[！!]"
            r"|紧密地?团结在[^。！，]{0,40}周围"
            r"|(奋力|努力|共同)(书写|谱写|开创|创造)[^。！，]{0,30}新(篇章|局面|辉煌|业绩)[！!]"
            # the speaker's confidence the room will win through (我们坚信，在…领导下，…一定能够…！
            # / 我们坚决相信，中国人民将要…得到完全的胜利，而…必然要失败。: mao 3-026's closing)
            r"|^(我们|我們)(坚定地|坚决)?(坚信|深信|相信)[，,][^。！]{0,160}(一定|必将|必定|必然|将要)"
            # (相信我们的事业一定会胜利，一定能胜利。: the same confidence with no comma)
            r"|^(我们)?(坚信|深信|相信)[^。！，]{0,30}(一定|必将|必定)(会|能|能够|将)?(胜利|成功)"
            r"|团结起来|争取更大的胜利|乘胜前进|奋勇前进"
            r"|走向胜利|(我们|大家|同志们)一定要"
        ),
    ),
    # 希望 as a noun (寄托着很大的希望, 不辜负…希望, 大有希望) is a hope held, no request;
    # so is one that is a verb's object or pointed at (能够满足这个希望的, 实现希望, 这些希望:
    # mao 4-064's closing, which asks nothing of the room, was 提出希望式).
    (
        "希望要求",
        # 期望你成长起来 / 期盼我们能共享… / 望各地同志…: a request or hope by another word
        re.compile(
            # (要求 as a noun asks nothing: 符合历史要求, 这些要求, 基本要求是)
            r"(?<![的负有种个些着])(?<!满足)(?<!实现)(?<!寄托)(?<!寄予)(?<!充满)(?<!失去)"
            r"(?<!看到)(?<!看见)(?<!带来)(?<!燃起)希望|务必|各级|(?<![的些本项史代])要求|(在座的|在座)[^。，]{0,8}(都|一定)?要"
            # (not 人民…都急切地盼望…: a longing told, no request)
            r"|(^|[，,]|我|我们)(期望|期盼)|^望(各|全|大家|同志|你们)"
        ),
    ),
    (
        "总结",
        re.compile(
            r"总之|总而言之|总起来说|总的来说|综上|使命光荣|责任重大|任务艰巨|大有可为"
            r"|(深远|重大)的?(影响|意义)"
            r"|归根(到|结)底|说到底|我所(说|讲)的[^。]{0,20}(意义|道理|意思)|也就在于此"
            r"|就是这样[。！!]?$|道理就在这里|^所以我?说"
            # the thesis said once more to end on (让我再说一遍： then the line itself)
            r"|^让我再(说|讲|重复)一(遍|次)|^(我)?再(重复|强调)一(遍|次)[：:]"
        ),
    ),
)
# A closing of cheers, the slogans a meeting ends on (…万岁！ …永垂不朽！ 打倒…！): the call
# to the room in its shortest form, a 号召 where no call came before them (mao 4-064, 5-002,
# 3-024 end on nothing else), else the end of the call they follow (cpc_congress_10's
# 让我们全党团结起来…！ then 万岁！).
_CHEER = re.compile(r"(万岁|永垂不朽|永远胜利)[！!]|^打倒[^。，！]{2,24}[！!]$")
# A salutation opening a sentence of the closing (同志们， / 同学们， / 青年朋友们，): the
# address terms the outline's closing rules know (drafter.corpus.closing.phrases.ADDRESS)
_CLOSING_SALUTATION = re.compile(rf"^{ADDRESS}[，,！!]")
# A salutation running into the opening paragraph (各位参议员先生，各位同志：今天…).
_RUN_IN_SALUTATION = re.compile(
    r"^((同志们|各位[\u4e00-\u9fff]{0,8}|尊敬的[^：:。]{0,40}|亲爱的[^：:。]{0,20}|女士们[^：:。]{0,12}"
    r"|朋友们)[、，,]?)+[：:]"
)
# A paragraph that opens by asking why (为什么…呢？ 这是什么原因呢？): the body's argument.
_WHY = re.compile(r"^(那么[，,]?)?(为什么|这是为什么|是什么(原因|理由))[^。！]{0,40}[？?]")
# The first point of a text whose points the outline did not take for headings
# (第一点，… 第二，… in a transcript): the opening ends where it starts.
_FIRST_POINT = re.compile(r"^(第一[点条个]?[，,、：:]|首先[，,]|一是)")
OPENING_TYPES = {
    "会议目的": "开宗明义式",
    "肯定成绩": "肯定成绩式",
    "形势": "分析形势式",
    "意义": "阐明意义式",
    "致意": "致意问候式",
    "过渡": "开门见山式",
    "交代事由": "开门见山式",
}
CLOSING_TYPES = {
    "号召": "号召激励式",
    "希望要求": "提出希望式",
    "总结": "总结强调式",
    "祝愿": "祝愿式",
    "致谢": "致谢式",
}


def find_opening(lay: Layout) -> Bookend:
    """The opening: the paragraphs before the first heading (see :func:`opening_paragraphs`
    for a text without headings)."""
    indexes = opening_paragraphs(lay)
    if (articles := lay.first_article()) is not None:
        return _articles_opening(lay, indexes, articles)
    stop = _why_inside(lay, indexes)
    parts = [
        p
        for p in _parts(lay, indexes, OPENING_RULES, opening=True)
        if stop is None or p.span.paragraph != indexes[-1] or p.span.start < stop
    ]
    text = "\n".join(lay.paragraphs[i].text for i in indexes)
    if stop is not None:
        text = text[: len(text) - len(lay.paragraphs[indexes[-1]].text) + stop].rstrip()
    lead = next((p.kind for p in parts if p.kind != "称呼"), None)
    if lead:
        label = OPENING_TYPES.get(lead)
    else:
        # Words before the first part that none of the rules label: the speaker goes
        # straight to the subject. Only the speaker's words: an opening that is nothing
        # but the floor's questions has no type (未归类).
        label = (
            "开门见山式"
            if any(
                not _SALUTATION.match(t) and not _FLOOR_QUESTION.match(t)
                for t in (lay.paragraphs[i].text.strip() for i in indexes)
            )
            else None
        )
    return Bookend(label, text, parts, indexes, stop=stop)


# An enactment clause: why and under what a law is made (为了…，根据…，制定本条例。 / …结合本市
# 实际，制定本办法。).
_ENACTS = re.compile(
    r"制定本[\u4e00-\u9fff]{1,8}[。；]|特制定|^(第[一二三四五六七八九十]+条\s*)?为了?"
)


def _articles_opening(lay: Layout, indexes: list[int], articles: int) -> Bookend:
    """The opening of a text made of articles: what stands before its first article, and
    the first article itself when it is the purpose clause (第一条　为了…，根据…，制定本办法。)
    — or nothing. A law states its purpose; it has no salutation, no 形势 or 肯定成绩, no
    transition to a speaker's points, so no parts are labelled in it."""
    keep = [i for i in indexes if i < articles]
    if articles in indexes and _ENACTS.search(lay.paragraphs[articles].text.strip()):
        keep.append(articles)
    return Bookend(None, "\n".join(lay.paragraphs[i].text for i in keep), [], keep)


def _why_inside(lay: Layout, indexes: list[int]) -> int | None:
    """Where the body starts inside the opening's last paragraph of a text without headings
    (or whose headings come late, :func:`_late_headings`): at a why-question after its first
    sentence (革命战争…要求我们…开展经济战线上的运动。为什么？…), the argument the text is made
    of; ``None`` when it starts after the paragraph."""
    if not indexes or lay.roots and not _late_headings(lay, list(lay.preamble)):
        return None
    sents = sentences(lay.paragraphs[indexes[-1]].text)
    for sent in sents[1:5]:  # deep inside a long paragraph a why-question is the argument's
        body = sent.text.strip()
        if _WHY.match(body) or re.match(r"^(这是)?为什么[？?]", body):
            return sent.start + len(sent.text) - len(sent.text.lstrip())
    return None


def find_closing(lay: Layout) -> Bookend:
    """The closing: the paragraphs after the last section (see :func:`closing_paragraphs`),
    or, when none reads as one, the sentences from a summing-up inside the last paragraph
    on (see :func:`closing_inside`)."""
    indexes = closing_paragraphs(lay)
    start = 0
    if not indexes and (inside := closing_inside(lay)) is not None:
        indexes, start = [inside[0]], inside[1]
    elif _given_by_position(lay, indexes):
        # a text with no parts given its last paragraph as the closing by position alone: the
        # speaker may still turn only at a farewell that ends that paragraph
        start = _farewell_inside(lay, indexes[0]) or 0
    parts = [
        p
        for p in _parts(lay, indexes, CLOSING_RULES, opening=False)
        if p.span.paragraph != indexes[0] or p.span.start >= start
    ]
    text = "\n".join(lay.paragraphs[i].text for i in indexes)[start:]
    kinds = [p.kind for p in parts]
    label = None
    for kind in ("号召", "希望要求", "总结", "祝愿", "致谢"):
        if kind in kinds:
            label = CLOSING_TYPES[kind]
            break
    return Bookend(label, text, parts, indexes, start)


# The closing rules a farewell sentence is read by: thanks and wishes to the room.
_FAREWELL_RULES = tuple((kind, rx) for kind, rx in CLOSING_RULES if kind in ("致谢", "祝愿"))


# A sentence that sums the talk up: it opens with a summing word (总起来说，假如我们…) or only
# says the matter is thus (美国老爷的逻辑，就是这样。).
_SUM_UP = re.compile(
    r"^(总起来说|总而言之|总之|综上所述|总的来说|一句话)[，,]|就是这样[。！!]$|道理就在这里"
)


# A paragraph that opens the body's last point (最后一点，… / 最后，我顺便讲一点…): a summing-up
# inside it sums that point (总而言之，学问很多…); one inside 第四，… may sum the whole talk
# (总起来说，假如我们…).
_POINT_START = re.compile(r"^最后一点")


def closing_inside(lay: Layout) -> tuple[int, int] | None:
    """(paragraph, offset) where a closing starts inside the text's last paragraph: at a
    sentence that sums up, in a last paragraph that is not the opening. A speech often
    ends its last point and sums the whole up in the same paragraph, with no paragraph
    break to mark the closing."""
    point = ""  # the heading of the last point, where the outline made one of it
    if lay.roots:
        last = lay.nodes()[-1]
        own = list(last.own)
        holder = lay.by_paragraph.get(lay.roots[-1].end - 1)
        if holder is not None and holder.after and holder.after[-1] == lay.roots[-1].end - 1:
            last, own = holder, list(holder.after)  # a part's text after its points ends the body
        point = last.section.marker + last.section.heading
    else:
        own = [i for i in lay.preamble if i not in opening_paragraphs(lay)]
    if not own:
        return None
    idx = own[-1]
    lead = lay.paragraphs[idx].text.strip()
    if any(_POINT_START.match(t) or LAST_POINT.match(t) for t in (lead, point)):
        return None  # 最后一点，… 总而言之，学问很多…: the point's own summing-up, not the talk's
    at = _start_inside(lay, idx)
    return None if at is None else (idx, at)


def _given_by_position(lay: Layout, indexes: list[int]) -> bool:
    """Whether the closing is only the last paragraph of a text without sections and that
    paragraph's first sentence is none of a closing's parts (thanks, wishes, a call, a hope, a
    summing-up). Why: the outline gives such a text its last paragraph by position
    (drafter.corpus.outline, a text with no parts), not by a cue, so where inside the
    paragraph the speaker turns is still the study's to find; a paragraph that opens as a
    closing (我祝贺…) is one from its first word."""
    if lay.roots or len(indexes) != 1 or indexes[0] != len(lay.paragraphs) - 1:
        return False
    first = sentences(lay.paragraphs[indexes[0]].text)[:1]
    return bool(first) and not any(rx.search(first[0].text) for _, rx in CLOSING_RULES)


def _start_inside(lay: Layout, idx: int) -> int | None:
    """The offset in paragraph ``idx`` of a sentence that sums the talk up, or of a last
    sentence that thanks or wishes the room well; None when it has neither."""
    sents = sentences(lay.paragraphs[idx].text)
    for sent in sents:
        if _SUM_UP.search(sent.text.strip()):
            lead = len(sent.text) - len(sent.text.lstrip())
            return sent.start + lead
    return _farewell_inside(lay, idx)


def _farewell_inside(lay: Layout, idx: int) -> int | None:
    """The offset in paragraph ``idx`` of a last sentence that thanks or wishes the room
    well (…，十分真诚地欢迎您们再次光临华为指导。), None when it has none. Why: a last paragraph
    given as the closing by position alone is the closing from its first word (a summing-up
    inside it, 总而言之，我们要有准备。, sums the paragraph's own turn: the outline gold starts
    all three such mao texts, sets 23 and 28, at the paragraph), but a farewell run into the
    paragraph of the last point is where the speaker leaves it (study gold b3)."""
    sents = sentences(lay.paragraphs[idx].text)
    # the last sentence thanks or wishes the room well: the speaker's farewell, run into the
    # paragraph of his last point
    last = sents[-1] if len(sents) > 1 else None
    if last is not None and any(rx.search(last.text) for _, rx in _FAREWELL_RULES):
        return last.start + len(last.text) - len(last.text.lstrip())
    return None


def opening_paragraphs(lay: Layout) -> list[int]:
    """The opening's paragraphs. With headings, the preamble. Without any (a transcript, an
    editorial, a report whose parts are marked only by 各位代表！), the preamble is the whole
    text, and the opening is what comes before its first point (第一点，…) when the text
    numbers its points early on; else its first paragraph, with a salutation standing alone
    above it."""
    pre = list(lay.preamble)
    while pre and _EDITOR_NOTE.search(lay.paragraphs[pre[0]].text.strip()):
        pre = pre[1:]
    if lay.roots:
        # A preamble of several paragraphs whose second or third opens an argument with a
        # why-question (为什么要组织这样广泛的讨论呢？): the opening ended before it, and the
        # headings that follow only number the points of that argument.
        for k, idx in enumerate(pre[1:3], start=1):
            asks = len(pre) > 2 and _WHY.match(lay.paragraphs[idx].text.strip())
            if asks and not _SALUTATION.match(lay.paragraphs[pre[k - 1]].text.strip()):
                return pre[:k]
        if (first := _first_part_before_headings(lay, pre)) is not None:
            return pre[: pre.index(first)]
        if not _late_headings(lay, pre):
            return pre
        # the headings come late (a talk's unmarked narrative, then 第一…第四 on what to
        # do): the preamble is mostly body, and the opening is found as in a text without
        # headings
    if not pre:
        return pre
    limit = max(4, len(pre) // 3)
    for k, idx in enumerate(pre[1:limit], start=1):
        if _FIRST_POINT.match(lay.paragraphs[idx].text.strip()):
            return pre[:k]
    k = 0
    while k + 1 < len(pre) and _SALUTATION.match(lay.paragraphs[pre[k]].text.strip()):
        k += 1
    return pre[: k + 1]


def _first_part_before_headings(lay: Layout, pre: list[int]) -> int | None:
    """The preamble paragraph that opens the first part a roadmap of the opening announces,
    when that part stands before the first heading (我现在…讲几点意见。 then an unnumbered
    first point, then 第二点：… as headings: mao 5-059); None when the roadmap's parts are all
    headings. Why: the opening ends where its roadmap says the talk begins; read to the first
    heading, it took in the whole first point, labelled the point's words as its own parts
    (形势) and left the point out of the map."""
    for idx in pre[:-1]:
        text = lay.paragraphs[idx].text
        if not any(roadmap_count(s.text) is not False for s in sentences(text)):
            continue  # no sentence speaks of the talk's parts: most openings' paragraphs
        for road in in_lead_paragraph(lay, idx, None):
            first = road.sections[0] if road.sections else None
            if first is not None and first in pre and first > idx and len(road.sections) > 1:
                return first
    return None


def _late_headings(lay: Layout, pre: list[int]) -> bool:
    """Whether the text before the first heading is several long paragraphs and over half of
    the whole text: then it is the body's first stretch, not an opening (mao 1-008 必须注意经济
    工作: 68% of the talk before its 第一，; the study gold ends its opening inside the first
    paragraph, at its 为什么？). A few short paragraphs before the headings of a short text
    (3-004's situation, then 中国共产党在全中国的任务是：) are its opening, whatever their share;
    six or more paragraphs of 1,500 characters and up are body whatever their share."""
    if len(pre) < _LATE_PARAGRAPHS:
        return False
    before = sum(len(lay.paragraphs[i].text) for i in pre)
    if len(pre) >= _LONG_PARAGRAPHS and before >= _LONG_CHARS:
        return True
    return before >= _LATE_CHARS and before * 2 > sum(len(p.text) for p in lay.paragraphs)


_LATE_PARAGRAPHS = 3  # a preamble of one or two paragraphs is an opening, however long
_LATE_CHARS = 800  # and one shorter than this is too (the late texts' run from 1,500 up)
# however small its share, six paragraphs and 1,500 characters before the first heading are no
# opening: mao 3-007 反对党八股 speaks nine (2,289 of 9,642 characters) before 党八股的第一条罪状
# once its counts are headings, and the study gold ends its opening in the first few
_LONG_PARAGRAPHS, _LONG_CHARS = 6, 1500


def closing_paragraphs(lay: Layout) -> list[int]:
    """The closing's paragraphs: the outline's closing. Where a closing starts is decided
    once, in :mod:`drafter.corpus.closing.settle` (a long closing trimmed to its end, a last point
    kept in the body, a last paragraph that hopes or thanks); the study labels its parts.
    An appendix the outline keeps after it (附件：… / 附表) is not part of it (the layout
    holds it apart, :attr:`Layout.appendix`)."""
    return list(lay.closing)


def _parts(lay: Layout, indexes: list[int], rules, opening: bool) -> list[Part]:
    parts: list[Part] = []
    for idx in indexes:
        text = lay.paragraphs[idx].text
        if opening and _FLOOR_QUESTION.match(text.strip()):
            continue  # the audience asking: no part of the speaker's opening
        if _SALUTATION.match(text.strip()):
            parts.append(Part("称呼", text, Span(idx, 0, len(text))))
            continue
        for sent in sentences(text):
            body = sent.text.strip()
            lead = _RUN_IN_SALUTATION.match(body) if opening else None
            if lead and lead.end() < len(body):
                start = sent.start + (len(sent.text) - len(sent.text.lstrip()))
                parts.append(Part("称呼", lead.group(0), Span(idx, start, start + lead.end())))
                body = body[lead.end() :]
                sent = Sentence(start + lead.end(), sent.end, body)
            salutation = _CLOSING_SALUTATION.match(body)
            if salutation and not opening:
                parts.append(
                    Part(
                        "称呼",
                        salutation.group(0),
                        Span(idx, sent.start, sent.start + salutation.end()),
                    )
                )
            kind = None
            if opening and roadmap_count(body) is not False:
                kind = "过渡"
            else:
                for name, rx in rules:
                    if rx.search(body):
                        kind = name
                        break
            if kind is None and not opening and _CHEER.search(body):
                if any(p.kind == "号召" for p in parts):
                    continue  # (cheers after the call go on with it: no part of their own)
                kind = "号召"
            if kind is None:
                continue
            if parts and parts[-1].kind == kind and parts[-1].span.paragraph == idx:
                last = parts[-1]
                last.text = text[last.span.start : sent.end].strip()
                last.span = Span(idx, last.span.start, sent.end)
            else:
                parts.append(Part(kind, body, Span(idx, sent.start, sent.end)))
    return parts


def opening_count(doc: Document) -> int:
    """How many of ``doc``'s first paragraphs make its opening (:func:`opening_paragraphs`),
    for an outline that shows 开头 apart from what follows it before the first heading or,
    without headings, from the rest of the text: a text with no headings reads 开头 (1 段) ·
    正文 (8 段) as the study labels it, not all 正文 in the reader and all 开头 in
    ``drafter outline``; a speech whose argument starts before its first heading (为什么要有
    革命党？) reads 开头 (2 段) · 正文 (7 段), as the structure map says it."""
    preamble = len(doc.outline.preamble)
    if not preamble:
        return 0
    lay = layout(doc)
    indexes = opening_paragraphs(lay)
    if not indexes:
        return preamble if doc.outline.sections else 0
    if opens_on_question(lay, indexes):
        return 0  # the reader's outline said 开头（1 段） above a Q&A's first question
    return min(indexes[-1] + 1, preamble)


def opens_on_question(lay: Layout, indexes: list[int], questions: list[int] | None = None) -> bool:
    """Whether an opening found at ``indexes`` is a Q&A's first question (问：…): a text made of
    questions and answers opens on its first question and has no opening of its own. One test
    for the study (:func:`drafter.study.analyze.analyze`) and the outlines beside it
    (:func:`opening_count`), so that the reader's outline does not show 开头（1 段） where the
    study says there is none. ``questions`` are :func:`floor_questions` when the caller has
    them."""
    if not indexes:
        return False
    asked = floor_questions(lay) if questions is None else questions
    return indexes[0] in asked
