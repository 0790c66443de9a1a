"""Parts with no marker: the paragraphs after an announcement that are its parts all the same.

As many paragraphs as the count; paragraphs up to the one that draws them together (由此看来，… /
以上…); examples after 例如：; paragraphs opening alike (排比: 必须坚持…, 必须坚持…), with a
short lead sentence, a label and a comma (煤炭工业，…) or a colon (钢：…); short one-line
items whose bullets were lost; paragraphs turning the talk to its next point (先说第一点。…);
paragraphs naming the counted noun of a division (国内战争的过程，…).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.corpus.model import Paragraph
from drafter.study.layout import Layout
from drafter.study.roadmap.pointers import LOOK_BACK
from drafter.study.text import first_clause, sentences


def counted_paragraphs(lay: Layout, idx: int, count: int) -> list[int]:
    """分三部分： then three paragraphs with no marker: the ``count`` paragraphs that follow, when
    that many stand before the next heading and the first does not list them itself
    (一是…，二是…，三是… in one paragraph)."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 : idx + 1 + count]:
        if para.is_heading or not para.text.strip():
            return []
        run.append(para.index)
    if len(run) < max(2, count):
        return []
    cn = "一二三四五六七八九十"[count - 1] if count <= 10 else "十"
    listed = f"{cn}[是要]|第{cn}[，,、]|[（(]{cn}[）)]|[（(]?{count}[、.．)）]"
    first = lay.paragraphs[run[0]].text
    if len(first) <= 300 and re.search(listed, first):
        return []  # the first paragraph numbers all the items itself (…，三是…)
    return run


def sequence_paragraphs(lay: Layout, idx: int) -> list[int]:
    """After 主要的有下面几种：, parts in prose that open with 首先 and run until a paragraph looks
    back on them (以上所讲的…): the paragraphs between, when that wrap-up comes before the next
    heading within ten paragraphs. A paragraph whose first clause points back at the one
    before (闹这类独立性的人，…) goes on with that part rather than opening the next."""
    paras = lay.paragraphs
    if idx + 1 >= len(paras) or not paras[idx + 1].text.lstrip().startswith("首先"):
        return []
    run: list[int] = []
    for para in paras[idx + 1 : idx + 12]:
        if para.is_heading:
            return []
        if para.text.lstrip().startswith(LOOK_BACK):
            return run if len(run) >= 2 else []
        if not (run and _POINTS_BACK.search(first_clause(para.text)[:12])):
            run.append(para.index)
    return []


_POINTS_BACK = re.compile(r"[这此][类种些样][^，。]{0,8}")


# a paragraph that draws the parts before it together (由此看来，认识的过程…)
_DRAWS_TOGETHER = (
    "以上",
    "上面",
    "上述",
    "总之",
    "综上",
    "由此看来",
    "由此可见",
    "可见",
    "总起来",
    "总而言之",
)


def until_look_back(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After an announcement of parts with no markers (下面再举出几个具体的例子。), one part a
    paragraph up to the paragraph that draws them together (由此看来，… / 以上…), when that
    comes before the next heading within ten paragraphs; as many as a named count says."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 : idx + 12]:
        text = para.text.lstrip()
        if para.is_heading or not text:
            return []
        if text.startswith(_DRAWS_TOGETHER):
            ok = len(run) >= 2 and (count is None or count == len(run))
            return run if ok else []
        if not (run and _POINTS_BACK.match(first_clause(text)[:12])):
            run.append(para.index)
    return []


# a sentence that is only the words "for example" and a colon (例如： / 比如： / 譬如：), ending its
# paragraph: the examples follow, one a paragraph
EXAMPLES = re.compile(r"(?:例如|比如|譬如|比方说?)[：:]")


def examples(lay: Layout, idx: int) -> list[int]:
    """After a paragraph ending in 例如：, the examples: one a paragraph, up to the paragraph that
    draws them together (上面所举的一些例子，…) or the next heading, within ten paragraphs; two or
    more (one paragraph after 例如： is a single example, not parts)."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 : idx + 12]:
        text = para.text.lstrip()
        if para.is_heading or text.startswith(_DRAWS_TOGETHER):
            return run if len(run) >= 2 else []
        if not text:
            return []
        run.append(para.index)
    return []


def _as_counted(run: list[int], count: int | None, least: int) -> list[int]:
    """The run as the parts: exactly as many as a named count says, or with no count at
    least ``least`` of them (fewer alike paragraphs in a row are chance, not parts)."""
    if count is not None:
        return run if len(run) == count else []
    return run if len(run) >= least else []


def _run_while(lay: Layout, idx: int, opens: Callable[[Paragraph], bool]) -> list[int]:
    """The paragraphs right after ``idx``, up to the next heading, that each open as ``opens``
    says: the run parts laid side by side with no marker make (alike words, a lead sentence,
    a division's noun)."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        if para.is_heading or not opens(para):
            break
        run.append(para.index)
    return run


_OPENING_WORDS = re.compile(r"[\u4e00-\u9fff]+")


def alike_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 有以下几点体会：, the paragraphs that open with the same words (必须坚持…, 必须坚持…):
    parts laid side by side (排比) with no marker. The run is the paragraphs before the next
    heading that open with what the first two share, up to two characters (在社会主义的发展道路
    问题上 / 在社会主义的发展阶段问题上 / 在社会主义的根本任务问题上 …); one character (要提高…,
    要突出…, 要加强…) only for three or more, or as many as a named count says."""
    paras = lay.paragraphs
    if idx + 2 >= len(paras) or paras[idx + 1].is_heading or paras[idx + 2].is_heading:
        return []
    first = _OPENING_WORDS.match(paras[idx + 1].text.strip())
    second = _OPENING_WORDS.match(paras[idx + 2].text.strip())
    if not first or not second:
        return []
    head = first.group()[:2] if second.group().startswith(first.group()[:2]) else first.group()[0]
    if not second.group().startswith(head):
        return []
    run = _run_while(lay, idx, lambda para: para.text.strip().startswith(head))
    return _as_counted(run, count, 2 if len(head) == 2 else 3)


_LEAD_SENTENCE = re.compile(r"^[^。：:；;！？!?“”\s]{6,30}。")


def lead_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 今年着重抓好以下方面：, the paragraphs that each open with a short lead sentence of
    their own (推进国有企业改革，完善所有制结构。继续推动… / 加快金融体制改革，加强金融监管。…): a
    report's parts whose bold leads the text lost, up to the first paragraph without one or the
    next heading; three or more, or as many as a named count says."""
    run = _run_while(lay, idx, _opens_with_lead)
    return _as_counted(run, count, 3)


def _opens_with_lead(para: Paragraph) -> bool:
    """Whether a paragraph opens with a short lead sentence of its own and does not look back
    on the parts before it (以上…)."""
    text = para.text.strip()
    return bool(_LEAD_SENTENCE.match(text)) and not text.startswith(LOOK_BACK)


# a paragraph opening with the sector or item it is about, set off by a comma (煤炭工业，… /
# 交通运输和邮电通信建设，… / 国内市场，…): a noun phrase, not a clause (no 的, verb or
# preposition; not a time, a connective or a salutation: 同时，… / 今年，… / 各位代表，…)
_LABEL = re.compile(r"^([\u4e00-\u9fff、和]{2,12})[，,]")


_NOT_LABEL = re.compile(
    r"^(?:在|对|为|从|由|把|将|但|而|如|因|要|据|按|随|经|当|自|与|同时|此外|其中|今年|明年|去年|目前|"
    r"当前|现在|首先|其次|最后|总之|这|那|我|你|他|我们|各位|同志|朋友)|[的了是要着过把被将在有]"
)


def _label_of(para: Paragraph) -> str | None:
    """The label a paragraph opens with (煤炭工业 of 煤炭工业，…), or None."""
    m = _LABEL.match(para.text.strip())
    if para.is_heading or m is None or _NOT_LABEL.search(m.group(1)):
        return None
    return m.group(1)


def labelled_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 将采取以下措施：, the paragraphs that each open with a label — the sector or item
    the part is about, set off by a comma (煤炭工业，… / 石油工业，… / 电力工业，…), as a
    plan's measures and targets are laid out: three or more in a row, each label its own, or
    as many as a named count says."""
    return _as_counted(_labelled_run(lay, idx, _label_of, worded_otherwise=True), count, 3)


def _labelled_run(
    lay: Layout, idx: int, label_of: Callable[[Paragraph], str | None], worded_otherwise: bool
) -> list[int]:
    """The paragraphs right after ``idx`` that each open with a label of their own (``label_of``
    reads it), up to one that has none or repeats one (a dialogue's speakers come back);
    ``worded_otherwise``: one paragraph without a label may stand inside the run when the next
    has one (教育、高等学校由于… among 煤炭工业，… / 石油工业，…)."""
    run: list[int] = []
    labels: set[str] = set()
    paras = lay.paragraphs
    for para in paras[idx + 1 :]:
        label = label_of(para)
        if (
            worded_otherwise
            and label is None
            and run
            and para.index + 1 < len(paras)
            and label_of(paras[para.index + 1])
        ):
            run.append(para.index)  # one part worded otherwise inside the run
            continue
        if label is None or label in labels:
            break
        labels.add(label)
        run.append(para.index)
    return run


# a paragraph opening with the item it gives an account or the figures of, closed by a colon
# (钢：从一百三十五万吨增加到… / 黄麻、洋麻：达到… / （一○）日本方面：…, past the number an essay
# gives each paragraph): a noun, as _LABEL's, of one character or more
_COLON_LABEL = re.compile(
    r"^(?:[（(][一二三四五六七八九十○〇0-9]{1,4}[）)])?([\u4e00-\u9fff、和]{1,12})[：:](?=\S)"
)


# the turns of a dialogue (问： / 答： / 主持人：), not items
_TURNS = ("问", "答", "主持人", "记者", "提问")


def _colon_label_of(para: Paragraph) -> str | None:
    """The label a paragraph opens with before a colon (钢 of 钢：从…), or None."""
    m = _COLON_LABEL.match(para.text.strip())
    if para.is_heading or m is None or _NOT_LABEL.search(m.group(1)) or m.group(1) in _TURNS:
        return None
    return m.group(1)


def colon_labelled_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 增长的情况如下列：, the paragraphs that each open with a label and a colon — the item
    whose figures or account the part gives (钢：… / 发电量：… / 原煤：…): three or more in a
    row, each label its own (a dialogue's speakers come back), or as many as a named count
    says."""
    run = _labelled_run(lay, idx, _colon_label_of, worded_otherwise=False)
    return _as_counted(run, count, 3)


def listed_paragraphs(lay: Layout, idx: int) -> list[int]:
    """After 有以下几个特点：, the short one-sentence paragraphs that follow (a list whose bullets
    the reader dropped: 发展不平衡，… / 标准、非标准并存，… / 话音通信为主，…), two or more."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        text = para.text.strip()
        if para.is_heading or not text or len(text) > 50 or len(sentences(text)) > 1:
            break
        if text.startswith(LOOK_BACK + ("这些", "这几")):
            break  # 这些特点决定了…: the text goes on about the list
        if run and len(text) > max(30, 2 * len(lay.paragraphs[run[0]].text.strip())):
            break  # items of a list run about as long as one another
        run.append(para.index)
    return run if len(run) >= 2 else []


# a paragraph opening by turning the talk to its next point: 先说第一点。 / 现在来说灵活性。 /
# 再说… / 最后说到计划性问题。
_TALK_TURN = re.compile(
    r"^(?:先|首先|现在|下面|接着|再|其次|然后|最后)(?:来|再来|就来)?(?:说|谈|讲)(?:到|一说|一谈|一讲)?"
    r"[^。！？!?]{0,24}[。：:]"
)


def talk_turns(lay: Layout, idx: int, count: int) -> list[int]:
    """The paragraphs after ``idx``, up to the next heading, that open by turning the talk to
    a point (先说第一点。 / 现在来说灵活性。 / 最后说到计划性问题。): the parts of a count whose
    points were listed inline, when exactly that many turn, the first right after ``idx``."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        if para.is_heading:
            break
        if _TALK_TURN.match(para.text.strip()):
            run.append(para.index)
    if count < 2 or len(run) != count or run[0] != idx + 1:
        return []
    return run


_DIVISION_NOUN = re.compile(
    r"分[成为]?[^。，；;：:]{2,30}[两二三四五六七八九十]个?([\u4e00-\u9fff]{2})(?:来|去)?(?:说|讲|谈)"
)


def noun_paragraphs(lay: Layout, idx: int, count: int, sentence: str) -> list[int]:
    """After a division into named parts (分为A和B两个过程来说), the paragraphs right after it
    whose first clause names the counted noun (国内战争的过程，… / 在抗日战争的过程中，…): as many
    as the count, and no more in a row."""
    m = _DIVISION_NOUN.search(sentence)
    if not m:
        return []
    noun = m.group(1)
    run = _run_while(
        lay,
        idx,
        lambda para: noun in re.split(r"[，,。；;：:！？]", para.text.strip(), maxsplit=1)[0],
    )
    return run if len(run) == count else []


# a run-in head a report sets off with a dash (——必须坚持树立和落实科学发展观。): one short
# sentence, the bullet first
_DASH_HEAD = re.compile(r"^(?:——|──|—|－|-|·|•|●|■|◆|★|▪)[^。！？!?；;]{2,40}[。！!]?$")


def bulleted_heads(lay: Layout, idx: int) -> list[int]:
    """After 我们的主要体会是：, the short heads opening with the same bullet (——必须坚持…。 /
    ——必须坚持…。), each over a body of its own with no bullet: a report's lessons or tasks,
    each a dashed line and its explanation. The heads are the parts: two or more, the first
    right after ``idx``, each followed by body text, up to the next heading or the first
    bulleted paragraph that is no short head. (Bulleted paragraphs in a row, with no body
    between, are :func:`~drafter.study.roadmap.numbered_parts.numbered_paragraphs`' run.)"""
    paras = lay.paragraphs
    if idx + 2 >= len(paras):
        return []
    first = paras[idx + 1].text.strip()
    if paras[idx + 1].is_heading or not _DASH_HEAD.match(first):
        return []
    bullet = _DASH_HEAD.match(first).group(0)[: 2 if first.startswith(("——", "──")) else 1]
    heads: list[int] = []
    body = True  # the last head has body text under it
    for para in paras[idx + 1 :]:
        text = para.text.strip()
        if para.is_heading:
            break
        if text.startswith(bullet):
            if not _DASH_HEAD.match(text) or not body:
                break
            heads.append(para.index)
            body = False
        elif text:
            body = True
    if heads and not body:
        heads.pop()  # a head with nothing under it closes no part
    return heads if len(heads) >= 2 else []
