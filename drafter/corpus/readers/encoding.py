"""Decoding text files: which encoding a Chinese text file is in, and whether it is text at all.

Users bring UTF-8 (with or without BOM), GB18030/GBK from older Windows tools and UTF-16
from Notepad's "Unicode". Statistical detectors are weak on short GBK texts, so we use an
explicit cascade that is cheap on the common case (strict UTF-8 decodes, nothing else is
tried) and judge the other candidates by how plausible the decoded text is: real Chinese
text is mostly common hanzi, ASCII and CJK punctuation; text decoded with the wrong codec
is mostly rare hanzi, Hangul, Yi or private-use characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# The ~600 most frequent hanzi of modern official prose: real Chinese text is mostly made
# of them, mis-decoded bytes almost never are.
_COMMON_HANZI = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
    "也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物"
    "现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全"
    "表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无"
    "系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基"
    "资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取"
    "据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离"
    "华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低"
    "持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历"
    "市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却"
    "专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞讲坚推落同志稿督促责职综协服"
    "务创优营环境项目乡村振兴培训秘书善健全障险治理领导干部基层群众廉洁纪监察巡视整改范围"
    "深化改革开放扎实稳步高质量贯彻精神履担当作风廉政署召开谈判围绕紧密切坚决防范化解"
    "风险挑战机遇质效益显著升提供保护生态文明城镇居民收入就业社会保障医疗教育卫生住房"
    "人才科技创新驱动战略产业结构调整转型升级投资消费出口财政税收金融货币稳定增长预期"
    "目标任务措施重点难点问题短板弱项亮点成绩经验做法体会意见建议要求希望努力奋斗"
)

# Control characters that never occur in a real text file (tab, LF, CR, FF are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# every byte but those (bytes.translate deletes them, leaving the control bytes alone)
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
# Characters that make a UTF-8 reading doubtful: C1 controls and the two-byte range that
# GBK byte pairs decode into when they happen to form valid UTF-8.
_DOUBTFUL_UTF8 = re.compile(r"[\x80-\u07ff\ue000-\uf8ff\U00010000-\U0010ffff]")


class NotTextError(ValueError):
    """The bytes are not text in any encoding we support."""


@dataclass
class Decoded:
    """Decoded text, the codec name for the user (``"utf-8"``, ``"gb18030"``) and notes."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def plausibility(text: str) -> float:
    """How much ``text`` looks like real (mostly Chinese) text, from 0 to 1.

    Common hanzi, ASCII, CJK and full-width punctuation score 1; other hanzi and Latin-1
    letters 0.5; everything else (Hangul, Yi, private use, controls, symbols) 0.
    """
    if not text:
        return 0.0
    return sum(_weight(ch) for ch in text) / len(text)


def _weight(ch: str) -> float:
    o = ord(ch)
    if o < 0x80:
        return 1.0 if 0x20 <= o < 0x7F or ch in "\t\n\r\f" else 0.0
    if ch in _COMMON_HANZI or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFF65:
        return 1.0
    if 0x2010 <= o <= 0x206F:
        return 1.0
    if 0x4E00 <= o <= 0x9FFF or 0xC0 <= o <= 0x17F or o in (0xB7, 0xD7, 0xA0):
        return 0.5
    if 0x2150 <= o <= 0x24FF or 0x25A0 <= o <= 0x26FF or 0x3400 <= o <= 0x4DBF:
        return 0.5  # numerals, circled numbers, shapes, CJK extension A
    return 0.0


def _sample(text: str, limit: int = 20000) -> str:
    return text if len(text) <= limit else text[: limit // 2] + text[-limit // 2 :]


def _utf16_by_zero_bytes(data: bytes) -> tuple[str, str] | None:
    """BOM-less UTF-16: text with NUL bytes that reads well as UTF-16 LE or BE.

    ASCII letters, digits and line ends in UTF-16 have a zero high byte, so even short
    Chinese documents show zero bytes; which half they sit in is not decisive (一 is
    U+4E00), so both byte orders are decoded and the more plausible one wins.
    """
    even_data = data[: len(data) - len(data) % 2]
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _strict(even_data, codec)
        if text is None or "\x00" in text:
            continue
        score = plausibility(_sample(text))
        if best is None or score > best[0]:
            best = (score, codec, text)
    if best is None or best[0] < 0.6:
        return None
    return best[1], best[2]


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _check_controls(text: str, warnings: list[str]) -> str:
    """Reject binary content; drop the odd stray control character with a warning."""
    if text.endswith("\x1a"):
        text = text.rstrip("\x1a")  # the end-of-file mark of old DOS editors
    if _CONTROL.search(text) is None:
        return text
    count = len(_CONTROL.findall(text))
    if "\x00" in text or count > max(2, len(text) // 200):
        raise NotTextError("binary content")
    warnings.append(f"removed {count} control character(s)")
    return _CONTROL.sub("", text)


def non_ascii_plausibility(text: str) -> float:
    """Plausibility of the characters outside ASCII only.

    ASCII bytes decode the same in UTF-8 and GB18030, so counting them only dilutes the
    difference between two readings: "0么" (GB18030) and "0ô" (the same bytes as UTF-8)
    differ in one character of two, and their whole-text scores (1.0 against 0.75) stay
    within any safe margin although the one character that differs is decisive.
    """
    weights = [_weight(ch) for ch in _sample(text) if ord(ch) >= 0x80]
    return sum(weights) / len(weights) if weights else 1.0


def _gb18030_reads_better(data: bytes, utf8_text: str) -> str | None:
    """The GB18030 reading of ``data`` when it is clearly more plausible than ``utf8_text``.

    Short GBK files can be valid UTF-8 by accident (as Latin letters), and a GBK file can
    also pass for UTF-8 "with a few damaged bytes"; both readings are judged on the
    characters where they differ (outside ASCII), and GB18030 must win clearly, so a real
    UTF-8 "café" stays UTF-8 (é and its GB18030 twin 茅 score alike).
    """
    other = _strict(data, "gb18030")
    if other is None:
        return None
    if non_ascii_plausibility(other) > non_ascii_plausibility(utf8_text) + 0.3:
        return other
    return None


def _best_guess(data: bytes) -> tuple[str, str] | None:
    """Pick among GB18030, BOM-less UTF-16 and Big5 by plausibility of the decoded text.

    Big5 (traditional Chinese from Taiwan and Hong Kong) decodes as GB18030 without error
    but into rare characters; read as Big5, most of its characters are common ones.
    """
    candidates: list[tuple[float, int, str, str]] = []
    for rank, codec in enumerate(("gb18030", "utf-16-le", "utf-16-be", "cp950")):
        if codec.startswith("utf-16") and len(data) % 2:
            continue
        text = _strict(data, codec)
        if text is None or "\x00" in text:
            continue
        candidates.append((plausibility(_sample(text)), -rank, codec, text))
    if not candidates:
        return None
    score, _, codec, text = max(candidates)
    return (codec, text) if score >= 0.45 else None


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    text = str(best)
    if _CONTROL.search(text) or plausibility(_sample(text)) < _PLAUSIBLE_TEXT:
        return None
    return best.encoding, text


def _text_between_nul_bytes(data: bytes, warnings: list[str]) -> tuple[str, str] | None:
    """UTF-8 or GB18030 text with NUL bytes in it (a file whose save was cut off by a crash
    or a full disk, padded with zeros; a text glued from a database dump), read without
    them and with a warning; None when what is left is not plausible text (binary).

    Such a file was refused as "not a text file", though every character of the speech
    was in it."""
    stripped = data.replace(b"\x00", b"")
    if not stripped.strip():
        return None
    for codec in ("utf-8", "gb18030"):
        text = _strict(stripped, codec)
        if text is not None and plausibility(_sample(text)) >= _PLAUSIBLE_TEXT:
            warnings.append(f"removed {len(data) - len(stripped)} NUL byte(s)")
            return codec, text
    return None


_PLAUSIBLE_TEXT = 0.8  # as charset-normalizer's guesses must score


def decode_text(data: bytes) -> Decoded:
    """Decode the bytes of a text file, or raise :class:`NotTextError`.

    Cascade: BOM, strict UTF-8 (the fast path), UTF-8 with a few damaged bytes, UTF-16 by
    its zero-byte pattern, strict GB18030, BOM-less UTF-16 or Big5 by plausibility, then
    charset-normalizer as a last resort.
    """
    warnings: list[str] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            name = codec.replace("-sig", "")
            text = _strict(body, codec if codec != "utf-8-sig" else "utf-8")
            if text is None:
                text = body.decode(codec, errors="replace")
                warnings.append(f"invalid {name} bytes replaced by \ufffd")
            return Decoded(_check_controls(text, warnings), name, warnings)

    has_nul = b"\x00" in data
    if not has_nul:
        text = _strict(data, "utf-8")
        if text is not None:
            if len(data) < 4096 and _DOUBTFUL_UTF8.search(text):
                # A short GBK text can be valid UTF-8 by accident (as Latin or Cyrillic
                # letters); take GB18030 only when it reads clearly better.
                other = _gb18030_reads_better(data, text)
                if other is not None:
                    return Decoded(_check_controls(other, warnings), "gb18030", warnings)
            if not data.translate(None, _NOT_CONTROL_BYTES):
                # no control byte, so no control character (UTF-8 sets none inside a
                # character): nothing for _check_controls to find, and the bytes are
                # searched three times quicker than the text
                return Decoded(text, "utf-8", warnings)
            return Decoded(_check_controls(text, warnings), "utf-8", warnings)
        # UTF-8 with a few damaged bytes (a file cut mid-character) is still UTF-8.
        lenient = data.decode("utf-8", errors="replace")
        bad = lenient.count("\ufffd")
        good_multibyte = len(lenient) - len(lenient.encode("ascii", "ignore")) - bad
        # GBK read as UTF-8 fails on most of its byte pairs; a damaged UTF-8 file (a
        # download cut short, a bad sector, a few bytes mangled by a tool) only here and
        # there: read it, with the damaged characters shown as \ufffd and a warning.
        if (
            bad <= max(3, len(lenient) // 50)
            and good_multibyte >= 10 * bad
            and _gb18030_reads_better(data, lenient) is None
        ):
            warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced by \ufffd")
            return Decoded(_check_controls(lenient, warnings), "utf-8", warnings)
    else:
        found = _utf16_by_zero_bytes(data) or _text_between_nul_bytes(data, warnings)
        if found is None:
            raise NotTextError("binary content")
        codec, text = found
        return Decoded(_check_controls(text, warnings), codec, warnings)

    guess = _best_guess(data) or _charset_normalizer(data)
    if guess is None:
        raise NotTextError("binary content or an unknown encoding")
    codec, text = guess
    return Decoded(_check_controls(text, warnings), codec, warnings)
