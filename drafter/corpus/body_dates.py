"""The date a document gives in its body when its header gives none: a date line the
header reading stopped above (before the salutation), the date a document is signed with at
its end (a 落款), a bracketed date closing its last paragraph, or an author's dateline
closing the text (——2001年2月8日于深圳). Read by
:func:`drafter.corpus.metadata.extract_metadata` after the header, before a web page's
posting time (which is when the site posted the text, not when it was written).
"""

from __future__ import annotations

import re

from drafter.corpus.dates import find_dates
from drafter.corpus.header_text import SALUTATION, norm_line, squeeze
from drafter.corpus.model import Block

_ABOVE_SALUTATION = 4  # blocks: a header line the reading stopped short of stands close


def _only_date(text: str):
    """The one date ``text`` is, nothing else written (a FoundDate), or None: the test a
    date line above the salutation, a signature's date and a bracketed closing date share."""
    dates = find_dates(text)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(text):
        return dates[0]
    return None


def _full(date) -> bool:
    """Whether a found date names its day (2025-04-03), not only a month or a year."""
    return date.iso.count("-") == 2


def _date_above_salutation(body: list[Block]) -> str | None:
    """The document's own date line when the header reading stopped above it: a line that
    is a date ("（2025年4月3日）") among the first lines of the body, before the salutation
    (同志们：). A line the reading did not know (a site's leftover, a line of the page)
    must not hand the date to the page's 发布时间."""
    for block in body[:_ABOVE_SALUTATION]:
        text = norm_line(block.text)
        if SALUTATION.match(text):
            return None
        bare = squeeze(text).strip("（()）")
        d = _only_date(bare) if len(bare) <= 16 else None
        if d is not None:
            return d.iso if _full(d) else None
    return None


_SIGNATURE_SCAN = 12  # blocks at the end where a 落款 or a speech's date line stands


def _signature_date(body: list[Block]) -> str | None:
    """The date a document is signed with at its end (a 通知's 落款 "…人民政府办公室" /
    "2025年12月20日", a speech dated under its last paragraph): a line that is one full
    date and nothing else, the last such line near the end. A header date wins over it."""
    for block in reversed(body[-_SIGNATURE_SCAN:]):
        text = squeeze(norm_line(block.text)).strip("（()）")
        # (2015年9月2日 / 二〇一五年九月二日, or 2015.9.2 / 2015-09-02 as a writer signs a
        # text he typed: the dashed and dotted forms always name the day)
        if len(text) > 16 or "年" not in text and not text[:4].isdigit():
            continue
        d = _only_date(text)
        # a full date; or a month (a 总结 signed "二〇二五年十二月") on one of the last lines
        if d is not None and (
            _full(d) or (d.iso.count("-") == 1 and any(block is b for b in body[-3:]))
        ):
            return d.iso
    return None


# a full date in brackets closing a paragraph, right after its last sentence: …可以跟踪。（2012年11月24日）
_CLOSING_BRACKET_DATE = re.compile(r"[。！？!?…”」』]\s*[（(]([^（()）]{1,40})[）)]\s*$")


def _dated_last_paragraph(body: list[Block]) -> str | None:
    """The date a speech's last paragraph closes on, in brackets after its last sentence
    (…唯有惶者才能生存。（2001年4月24日）): published speeches with no date line under the
    title date themselves so, in place of a line of their own under the text (which
    :func:`_signature_date` reads). Only the last paragraph that ends so among the last
    lines (endnotes may follow it), and only one full date in the brackets."""
    for block in reversed(body[-_SIGNATURE_SCAN:]):
        text = norm_line(block.text).rstrip()
        m = _CLOSING_BRACKET_DATE.search(text)
        if m is None:
            continue
        d = _only_date(squeeze(m.group(1)))
        return d.iso if d is not None and _full(d) else None
    return None


# the dash an author's dateline hangs from (——2001年2月8日于深圳), in its typed forms
_DATELINE_DASH = "—―－-─～~ "
# …于深圳 / …写于北京 / …于北京西山: where it was written, after the date
_DATELINE_PLACE = re.compile(r"^(?:[写寫作记記草成定稿]{0,2}于|於)[\u4e00-\u9fff]{1,10}$")


def _closing_dateline(body: list[Block]) -> str | None:
    """The date of an author's dateline standing alone as the text's last line, with or
    without its dash and place (——2001年2月8日于深圳, 2001年2月8日于深圳): an essay or a
    letter with no date under its title dates itself so at its end. Only the very last
    line (a place after the date is what :func:`_signature_date`'s pure date line lacks),
    and a full date or a month (a year alone dates nothing)."""
    for block in reversed(body[-2:]):
        text = squeeze(norm_line(block.text))
        if not text:
            continue
        bare = text.lstrip(_DATELINE_DASH).strip("（()）")
        if len(bare) > 30 or "年" not in bare:
            return None
        dates = find_dates(bare)
        if len(dates) != 1 or dates[0].start != 0 or "-" not in dates[0].iso:
            return None
        rest = bare[dates[0].end :]
        if rest and not _DATELINE_PLACE.match(rest):
            return None
        return dates[0].iso
    return None


def body_date(body: list[Block]) -> str | None:
    """The body's own date (ISO), tried in order: a date line above the salutation, the
    signature's date, the date closing the last paragraph, an author's dateline closing
    the text; None when none of them is."""
    return (
        _date_above_salutation(body)
        or _signature_date(body)
        or _dated_last_paragraph(body)
        or _closing_dateline(body)
    )


__all__ = ["body_date"]
