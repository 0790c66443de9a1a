"""Parts that open numbered paragraphs after an announcement (1、… 2、… / 第一，… 第二，…).

Numbered from 1 (or picked, rising: 第一条… 第四条…), and the forms that number without a
figure: quoted words and a dash (“…”――), a short topic closed by a stop (清算。…), a pair
(一方面… 另一方面…), a bullet; and an announcement whose first part runs on in its own
paragraph while the others open paragraphs of their own.
"""

from __future__ import annotations

import re

from drafter.corpus.markers import ordinal_marker_in
from drafter.study.layout import Layout
from drafter.study.roadmap.markers import part_marker
from drafter.study.roadmap.sentence import announces_nothing

# “无害于国家的独立完整”――…: a part that opens with its words in quotes and a gloss
_GLOSSED = re.compile(r"^[“\"][^”\"]{1,80}[”\"][—―-]{1,2}")


# 中国是一个大国――“东方不亮西方亮…” (a statement and its gloss, no quotes) and 清算。土豪劣绅… /
# 分层原则。管理控制必须… (a short topic label closed by a stop, its text running on)
_DASHED = re.compile(r"^[^，。：；“”\"\s]{2,24}[—―]{1,2}")


def _glossed(text: str) -> bool:
    """A statement and its gloss after a dash, the gloss running on (not a slogan and its
    counter-slogan: 坚持抗战到底――反对中途妥协；)."""
    return bool(_DASHED.match(text)) and len(text) > 30


_TOPIC = re.compile(r"^[\u4e00-\u9fff]{2,8}。(?=.{8})")


_SHORT_TOPIC = re.compile(r"^[\u4e00-\u9fff]。(?=.{8})")


# 一方面，… 另一方面，… / 一篇是《…》… 还有一篇文章是《…》: two parts, the second named as the other one
_PAIR_FIRST = re.compile(r"^一(?:方面[，,]|(?:个|篇|种|类|条|件|则)[^，。]{0,4}是)")


_PAIR_NEXT = re.compile(
    r"^(?:另一方面|另(?:外)?一(?:个|篇|种|类|条|件|则)|还有一(?:个|篇|种|类|条|件|则))"
)


_BULLETS = "-－·•●■◆◇★☆▪►—"  # and ——, the dash pair of reports' itemised goals


def _bullet_of(text: str):
    """A test for paragraphs opening with the same bullet as ``text`` (- 发展不平衡… / - 标准、…):
    parts laid out as a bulleted list; a test that takes nothing when ``text`` has none."""
    head = text.strip()[:1]
    if not head or head not in _BULLETS:
        return lambda t: False
    return lambda t: t[:1] == head


def numbered_paragraphs(lay: Layout, idx: int, picked: bool = False) -> list[int]:
    """The paragraphs after ``idx`` that open numbered parts 1, 2, 3 … (other paragraphs may
    stand between them), up to the next heading; empty unless the very next one is number 1.
    Parts that each open with quoted words and a dash (“…”――) count as numbered too.
    ``picked``: the sentence takes some items of a longer list (我现在抽出几条来说一说 then
    第一条… 第二条… 第四条…), so the numbers may skip as long as they rise."""
    paras = lay.paragraphs
    if idx + 1 >= len(paras) or paras[idx + 1].is_heading:
        return []
    topics = part_marker(paras[idx + 1].text) is None
    topic = _TOPIC.match if topics else _GLOSSED.match
    for alike in (_GLOSSED.match, _glossed, topic, _bullet_of(paras[idx + 1].text)):
        run = []
        for para in paras[idx + 1 :]:
            text = para.text.strip()
            # 花鼓。… 轿子。… then 猪。…: once two topics opened the run, one character is a topic too
            short = topics and alike == topic and len(run) >= 2 and _SHORT_TOPIC.match(text)
            if para.is_heading or not (alike(text) or short):
                break
            run.append(para.index)
        if len(run) >= 2:
            return run
    if _PAIR_FIRST.match(paras[idx + 1].text.strip()):
        run = [idx + 1]
        for para in paras[idx + 2 : idx + 5]:
            if para.is_heading:
                break
            if _PAIR_NEXT.match(para.text.strip()):
                run.append(para.index)
        if len(run) >= 2:
            return run
    first = part_marker(paras[idx + 1].text)
    if first is None or first[1] != 1:
        return []
    family, out, last = first[0], [idx + 1], 1
    for para in paras[idx + 2 :]:
        if para.is_heading:
            break
        marker = part_marker(para.text)
        if marker is None or marker[0] != family:
            continue
        rises = marker[1] == last + 1 or (picked and marker[1] > last)
        if rises or (marker[2] == "最后" and len(out) >= 2):
            last = marker[1]
            out.append(para.index)
            if marker[2] == "最后":
                break
        else:
            break  # a new list of the same kind: the parts announced have ended
    return out


def first_run_on(lay: Layout, idx: int, end: int, count: int | None) -> list[int]:
    """An announcement whose first part runs on in its own paragraph (…指明。第一个，…) and whose
    next parts open paragraphs of their own, numbered on (第二是…): that paragraph and those,
    as many as a named count says. Empty when the second part runs on too (all the items are
    in the paragraph: a listed frame)."""
    text = lay.paragraphs[idx].text
    first = part_marker(text[end:])
    if first is None or first[1] != 1 or ordinal_marker_in(text[end:], first[0], 2):
        return []
    parts, last = [idx], 1
    for para in lay.paragraphs[idx + 1 : idx + 12]:
        if para.is_heading:
            break
        marker = part_marker(para.text)
        if marker is not None and marker[1] == last + 1:
            parts.append(para.index)
            last += 1
        elif marker is not None and marker[2] == "最后" and len(parts) >= 2:
            parts.append(para.index)  # 首先，… 其次，… 最后，…: the last closes the run
            break
    if len(parts) < 2 or (count is not None and len(parts) != count):
        return []
    return parts


def numbered_past_one(lay: Layout, idx: int) -> list[int]:
    """The numbered paragraphs (from 1, two or more) that start two paragraphs after ``idx``
    when the paragraph between has no marker and announces nothing itself
    (:func:`~drafter.study.roadmap.sentence.announces_nothing`): an announcement ending ``idx``
    (…作如下表态。 / 下面，我讲三点意见。) then a paragraph summing the year up, then 第一，…
    第二，… — the plain paragraph is no part, the numbered run is. Else none."""
    between = idx + 1
    if between + 1 >= len(lay.paragraphs) or lay.paragraphs[between + 1].is_heading:
        return []
    text = lay.paragraphs[between].text
    if part_marker(text) is not None or not announces_nothing(text):
        return []
    parts = numbered_paragraphs(lay, between)
    first = part_marker(lay.paragraphs[parts[0]].text) if parts else None
    if len(parts) < 2 or first is None or first[1] != 1 or parts[0] != between + 1:
        return []
    return parts
