"""Word automatic numbering: the label Word would show before a paragraph ("一、", "（二）", "3.").

Speech drafts written in Word often number their headings with automatic numbering, so the
marker is not in the paragraph text at all. We replay what Word does: each ``w:num`` points
to an abstract definition whose levels give a start value, a number format and a label
pattern such as ``"%1、"`` or ``"（%2）"``; counters run per abstract definition and level, a
deeper level restarts when a shallower one advances, and a ``w:startOverride`` restarts a
list the first time its ``w:num`` is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.corpus.bounds import MAX_NUMBER

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def qn(tag: str) -> str:
    """``"w:val"`` -> Clark notation; python-docx's own is not imported for the txt path."""
    return f"{{{W_NS}}}{tag[2:]}" if tag.startswith("w:") else tag


_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"


def chinese_number(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """1 -> 一, 10 -> 十, 11 -> 十一, 20 -> 二十, 105 -> 一百零五 (up to 9999)."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        return str(n)
    parts: list[str] = []
    values = [(n // 1000) % 10, (n // 100) % 10, (n // 10) % 10, n % 10]
    names = [units[2], units[1], units[0], ""]
    zero = False
    for value, name in zip(values, names):
        if value == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")  # an inner zero is 零 (一百零五), a lone zero 〇
            zero = False
        parts.append(digits[value] + name)
    text = "".join(parts)
    if 10 <= n < 20 and digits is _DIGITS:
        text = text[1:]  # 十一, not 一十一
    return text


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, sym in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _cycle(symbols: str, n: int) -> str:
    return symbols[(n - 1) % len(symbols)] if n > 0 else str(n)


def _enclosed(symbols: str, n: int) -> str:
    return symbols[n - 1] if 1 <= n <= len(symbols) else str(n)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in a ``w:numFmt`` format.

    Beyond Word's own range (0..32767) every format falls back to digits: letters and
    Roman numerals grow with the number, and a hostile ``w:start`` would make a label of
    gigabytes."""
    if not 0 <= n <= MAX_NUMBER:
        return str(n)
    if fmt in ("decimal", "decimalHalfWidth", "ordinal", "cardinalText", "ordinalText"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "japaneseCounting",
    ):
        return chinese_number(n)
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_DIGITS[int(c)] for c in str(n))
    if fmt == "chineseLegalSimplified":
        return chinese_number(n, _LEGAL_DIGITS, "拾佰仟")
    if fmt == "ideographTraditional":
        return _cycle(_TIANGAN, n)
    if fmt == "ideographZodiac":
        return _cycle(_DIZHI, n)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _enclosed(_CIRCLED, n)
    if fmt == "decimalEnclosedParen":
        return _enclosed(_PAREN, n)
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(_FULLSTOP, n)
    if fmt == "none":
        return ""
    return str(n)


def _val(element, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


@dataclass
class Level:
    """One level of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this 1-based level (0 = never)
    legal: bool = False  # w:isLgl: show every level as decimal
    style: str | None = None  # w:pStyle: the paragraph style this level belongs to


def _numfmt(lvl) -> str:
    """The level's number format; Word 2010+ wraps new formats in mc:AlternateContent."""
    fmt = _val(lvl, "w:numFmt")
    if fmt is not None:
        return fmt
    for el in lvl.iter(qn("w:numFmt")):
        if el.getparent().tag.endswith("}Fallback"):
            return el.get(qn("w:val")) or "decimal"
    for el in lvl.iter(qn("w:numFmt")):
        return el.get(qn("w:val")) or "decimal"
    return "decimal"


def _parse_level(lvl) -> Level:
    restart = _val(lvl, "w:lvlRestart")
    return Level(
        start=_int(_val(lvl, "w:start"), 1),
        fmt=_numfmt(lvl),
        text=_val(lvl, "w:lvlText") or "",
        restart=_int(restart, 0) if restart is not None else None,
        legal=lvl.find(qn("w:isLgl")) is not None and _val(lvl, "w:isLgl") not in ("0", "false"),
        style=_val(lvl, "w:pStyle"),
    )


@dataclass
class Numbering:
    """Numbering definitions of one document plus the running counters."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    num_to_abstract: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, Level | int]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used_nums: set[str] = field(default_factory=set)

    @classmethod
    def from_xml(cls, root, style_num_ids: dict[str, str] | None = None) -> Numbering:
        """Build from the ``w:numbering`` element (``None`` when the part is absent)."""
        self = cls()
        if root is None:
            return self
        links: dict[str, str] = {}
        for absnum in root.iterfind(qn("w:abstractNum")):
            aid = absnum.get(qn("w:abstractNumId"))
            levels = {}
            for lvl in absnum.iterfind(qn("w:lvl")):
                levels[_int(lvl.get(qn("w:ilvl")), 0)] = _parse_level(lvl)
            self.abstract[aid] = levels
            link = _val(absnum, "w:numStyleLink")
            if link:
                links[aid] = link
        for num in root.iterfind(qn("w:num")):
            nid = num.get(qn("w:numId"))
            self.num_to_abstract[nid] = _val(num, "w:abstractNumId") or ""
            over: dict[int, Level | int] = {}
            for lo in num.iterfind(qn("w:lvlOverride")):
                ilvl = _int(lo.get(qn("w:ilvl")), 0)
                lvl = lo.find(qn("w:lvl"))
                if lvl is not None:
                    over[ilvl] = _parse_level(lvl)
                else:
                    start = _val(lo, "w:startOverride")
                    if start is not None:
                        over[ilvl] = _int(start, 1)
            if over:
                self.overrides[nid] = over
        # A list bound to a numbering style takes its levels from that style's list.
        for aid, style_id in links.items():
            nid = (style_num_ids or {}).get(style_id)
            target = self.num_to_abstract.get(nid or "")
            if target and target != aid and self.abstract.get(target):
                self.abstract[aid] = self.abstract[target]
        return self

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The level whose ``w:pStyle`` is ``style_id`` (heading numbering), else 0."""
        for ilvl, level in self._levels(num_id).items():
            if level.style == style_id:
                return ilvl
        return 0

    def _levels(self, num_id: str) -> dict[int, Level]:
        levels = dict(self.abstract.get(self.num_to_abstract.get(num_id, ""), {}))
        for ilvl, over in self.overrides.get(num_id, {}).items():
            if isinstance(over, Level):
                levels[ilvl] = over
        return levels

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        """Whether (list, level) is a bulleted list (it gives no label)."""
        level = self._levels(num_id).get(ilvl) if num_id in self.num_to_abstract else None
        return level is not None and level.fmt == "bullet"

    def bullet_kind(self, num_id: str, ilvl: int) -> str:
        """What a bullet looks like on the page (its glyph and list level): lists of one
        kind are one kind of paragraph, whichever list instance Word made for each."""
        level = self._levels(num_id).get(ilvl) if num_id in self.num_to_abstract else None
        return f"{ilvl}:{level.text if level is not None else ''}"

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (list, level) and return the label text, or ``None``.

        Bullets and unknown lists give ``None``: they carry no marker a reader would use.
        """
        if num_id in ("", "0") or num_id not in self.num_to_abstract:
            return None
        levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None or level.fmt == "bullet":
            return None
        key = self.num_to_abstract[num_id] or num_id
        counters = self.counters.setdefault(key, {})
        if num_id not in self.used_nums:
            # A list instance with overrides starts its overridden levels afresh.
            self.used_nums.add(num_id)
            for o_lvl in self.overrides.get(num_id, {}):
                counters.pop(o_lvl, None)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else self._start(num_id, ilvl)
        for deeper in [d for d in counters if d > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        return self._render(level, levels, counters)

    def _start(self, num_id: str, ilvl: int) -> int:
        over = self.overrides.get(num_id, {}).get(ilvl)
        if isinstance(over, int):
            return over
        level = self._levels(num_id).get(ilvl)
        return level.start if level else 1

    def _render(self, level: Level, levels: dict[int, Level], counters: dict[int, int]) -> str:
        out = []
        text = level.text
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                ref = int(text[i + 1]) - 1
                ref_level = levels.get(ref, Level())
                value = counters.get(ref, ref_level.start)
                fmt = "decimal" if level.legal and ref_level.fmt != "none" else ref_level.fmt
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out).strip() or None
