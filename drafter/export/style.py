"""Layout styles for export, read from small TOML files.

``gbt9704`` (the default) and ``house-example`` ship in ``drafter/styles/``; a user's
file may say ``based_on = "gbt9704"`` (the default base) and change only what differs.
Sizes are given in 号 (``"3号"``, ``"小四"``) or points. Unknown keys are errors, so a
typo never silently falls back to a default.
"""

from __future__ import annotations

import copy
import sys
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path

from drafter.export.style_names import builtin_styles  # noqa: F401 - re-exported

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_STYLE = "gbt9704"

# Chinese type sizes (字号) in points.
HAO_SIZES: dict[str, float] = {
    "初号": 42,
    "小初": 36,
    "一号": 26,
    "小一": 24,
    "二号": 22,
    "小二": 18,
    "三号": 16,
    "小三": 15,
    "四号": 14,
    "小四": 12,
    "五号": 10.5,
    "小五": 9,
    "六号": 7.5,
    "小六": 6.5,
    "七号": 5.5,
    "八号": 5,
}
_ARABIC_TO_CN = dict(zip("012345678", "初一二三四五六七八"))
ALIGNMENTS = ("left", "center", "right", "justify")
DATE_FORMATS = ("paren_cn", "cn", "paren_cn_upper", "cn_upper", "iso")


class StyleError(Exception):
    """A style could not be found or read; the message is one line naming the file."""


def parse_size(value: object, where: str = "size") -> float:
    """``"3号"``/``"三号"``/``"小4号"``/``"小四"`` -> points; numbers and ``"16pt"`` too."""
    if isinstance(value, bool):
        raise StyleError(f'{where}: expected a size like "3号" or 16, got {value!r}')
    if isinstance(value, int | float):
        size = float(value)
    elif isinstance(value, str):
        text = value.strip().replace(" ", "")
        if text.lower().endswith("pt"):
            text = text[:-2]
        try:
            size = float(text)
        except ValueError:
            name = text.removesuffix("号")
            name = "".join(_ARABIC_TO_CN.get(c, c) for c in name)
            if not name.startswith("小") and name != "初":
                name += "号"
            elif name == "初":
                name = "初号"
            if name not in HAO_SIZES:
                raise StyleError(
                    f"{where}: unknown size {value!r} (use 初号…八号, 小初…小六, or points)"
                ) from None
            size = HAO_SIZES[name]
    else:
        raise StyleError(f'{where}: expected a size like "3号" or 16, got {value!r}')
    if not 1 <= size <= 200:
        raise StyleError(f"{where}: size {size:g} pt is out of range")
    return size


@dataclass
class TextStyle:
    """Font and paragraph settings of one kind of paragraph."""

    font: str
    size_pt: float
    bold: bool = False
    align: str = "justify"
    line_pitch_pt: float | None = None  # exact line spacing; None: the body's
    first_line_chars: float = 2
    space_after_lines: float = 0  # blank space after, in body lines
    # every line indented this far (an outline's levels, so a wrapped heading stays under
    # its own level); 0 in a speech, where only the first line is indented
    left_chars: float = 0


@dataclass
class PageNumberStyle:
    """How page numbers look: GB/T 9704 puts "— 1 —" at the outer edge of the page (right on odd,
    left on even pages), one character in from the margin.
    """

    enabled: bool = True
    font: str = "宋体"
    size_pt: float = 14
    format: str = "— {page} —"
    odd_align: str = "right"
    even_align: str = "left"
    indent_chars: float = 1


@dataclass
class Style:
    """A complete export layout. Lengths in millimetres, sizes in points."""

    name: str
    description: str = ""
    width_mm: float = 210
    height_mm: float = 297
    margin_top_mm: float = 37
    margin_bottom_mm: float = 35
    margin_left_mm: float = 28
    margin_right_mm: float = 26
    header_mm: float = 15
    footer_gap_mm: float = 7
    # Move the text block up by the space an exact line puts above its characters, so
    # the first line's characters (not its line box) start at margin_top_mm.
    compensate_top_margin: bool = False
    grid_lines: int = 22
    grid_chars: int = 28
    latin_font: str = ""
    use_fallbacks: bool = False
    fallbacks: dict[str, list[str]] = field(default_factory=dict)
    body: TextStyle = field(default_factory=lambda: TextStyle("仿宋_GB2312", 16))
    title: TextStyle = field(default_factory=lambda: TextStyle("方正小标宋简体", 22))
    subtitle: TextStyle = field(default_factory=lambda: TextStyle("楷体_GB2312", 16))
    speaker: TextStyle = field(default_factory=lambda: TextStyle("楷体_GB2312", 16))
    date: TextStyle = field(default_factory=lambda: TextStyle("楷体_GB2312", 16))
    date_format: str = "paren_cn"
    headings: list[TextStyle] = field(default_factory=list)
    page_number: PageNumberStyle = field(default_factory=PageNumberStyle)
    source: str = ""  # the file it was read from

    def heading(self, level: int) -> TextStyle:
        """The style of heading ``level`` (1-based); deeper levels reuse the last one."""
        if not self.headings:
            return self.body
        return self.headings[min(level, len(self.headings)) - 1]

    @property
    def text_width_mm(self) -> float:
        """Width of the type area: paper width minus both margins (the basis for characters per
        line).
        """
        return self.width_mm - self.margin_left_mm - self.margin_right_mm

    def font_name(self, font: str) -> str:
        """The name written into runs: the font itself, or its first fallback when the
        style asks for fallbacks."""
        if self.use_fallbacks and self.fallbacks.get(font):
            return self.fallbacks[font][0]
        return font

    def latin(self, font: str) -> str:
        """The font for Latin letters and digits: the style's own ``latin_font``, else the same font
        as the Chinese text.
        """
        return self.latin_font or self.font_name(font)


# --- reading TOML -----------------------------------------------------------------------

_TEXT_KEYS = {
    "font",
    "size",
    "bold",
    "align",
    "line_pitch_pt",
    "first_line_chars",
    "space_after_lines",
}
_SCHEMA: dict[str, set[str] | None] = {
    "name": None,
    "description": None,
    "based_on": None,
    "page": {
        "width_mm",
        "height_mm",
        "margin_top_mm",
        "margin_bottom_mm",
        "margin_left_mm",
        "margin_right_mm",
        "header_mm",
        "footer_gap_mm",
        "compensate_top_margin",
    },
    "grid": {"lines", "chars"},
    "fonts": {"latin", "use_fallbacks"},
    "fallbacks": None,
    "body": _TEXT_KEYS,
    "title": _TEXT_KEYS,
    "subtitle": _TEXT_KEYS,
    "speaker": _TEXT_KEYS,
    "date": _TEXT_KEYS | {"format"},
    "headings": _TEXT_KEYS,
    "page_number": {
        "enabled",
        "font",
        "size",
        "format",
        "odd_align",
        "even_align",
        "indent_chars",
    },
}


def _read_toml(path: Path | None, name: str) -> dict:
    label = str(path) if path else f"{name}.toml"
    try:
        if path is None:
            text = (resources.files("drafter") / "styles" / f"{name}.toml").read_text("utf-8")
        else:
            text = path.read_text("utf-8-sig")
    except FileNotFoundError:
        raise StyleError(f"{label}: no such style file") from None
    except UnicodeDecodeError:
        raise StyleError(f"{label}: not UTF-8 text") from None
    except OSError as exc:
        raise StyleError(f"{label}: cannot read ({exc.strerror or exc})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"{label}: invalid TOML ({exc})") from None


def _merge(base: dict, over: dict) -> dict:
    """Deep merge; ``headings`` lists merge level by level."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key != "fallbacks":
            out[key] = _merge(out[key], value)
        elif key == "fallbacks" and isinstance(value, dict):
            out[key] = {**out.get(key, {}), **value}
        elif key == "headings" and isinstance(value, list) and isinstance(out.get(key), list):
            merged = list(out[key])
            for i, item in enumerate(value):
                if i < len(merged) and isinstance(item, dict):
                    merged[i] = _merge(merged[i], item)
                else:
                    merged.append(item)
            out[key] = merged
        else:
            out[key] = copy.deepcopy(value)
    return out


def _resolve(name_or_path: str, chain: tuple[str, ...] = ()) -> tuple[dict, str]:
    is_file = name_or_path.endswith(".toml") or "/" in name_or_path or "\\" in name_or_path
    path = Path(name_or_path).expanduser() if is_file else None
    if not is_file and name_or_path not in builtin_styles():
        raise StyleError(
            f"{name_or_path}: unknown style (built in: {', '.join(builtin_styles())}; "
            "or give a .toml file)"
        )
    key = str(path.resolve()) if path else name_or_path
    if key in chain:
        raise StyleError(f"{name_or_path}: based_on loops back to itself")
    data = _read_toml(path, name_or_path)
    label = str(path) if path else f"{name_or_path}.toml"
    _check_schema(data, label)
    base_name = data.get("based_on")
    if base_name is None and key != DEFAULT_STYLE:
        base_name = DEFAULT_STYLE
    if base_name:
        if not isinstance(base_name, str):
            raise StyleError(f"{label}: based_on must be a style name or a .toml path")
        if path is not None and base_name.endswith(".toml") and not Path(base_name).is_absolute():
            base_name = str(path.parent / base_name)
        try:
            base, _ = _resolve(base_name, (*chain, key))
        except StyleError as exc:
            if str(exc).startswith(label):
                raise
            raise StyleError(f"{label}: based_on {exc}") from None
        data = _merge(base, {k: v for k, v in data.items() if k != "based_on"})
    return data, label


def _check_schema(data: dict, label: str) -> None:
    for key, value in data.items():
        if key not in _SCHEMA:
            raise StyleError(f"{label}: unknown key {key!r} (known: {', '.join(_SCHEMA)})")
        allowed = _SCHEMA[key]
        if key == "headings":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise StyleError(f"{label}: headings must be [[headings]] tables, one per level")
            for i, item in enumerate(value, start=1):
                for k in item:
                    if k not in allowed:
                        raise StyleError(f"{label}: unknown key {k!r} in heading level {i}")
        elif allowed is not None:
            if not isinstance(value, dict):
                raise StyleError(f"{label}: [{key}] must be a table")
            for k in value:
                if k not in allowed:
                    raise StyleError(
                        f"{label}: unknown key {k!r} in [{key}] (known: {', '.join(sorted(allowed))})"
                    )
        elif key == "fallbacks" and not _is_font_lists(value):
            raise StyleError(f"{label}: [fallbacks] maps a font to a list of font names")


def _is_font_lists(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in value.values()
    )


def _num(value: object, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise StyleError(f"{where}: expected a number, got {value!r}")
    if not low <= value <= high:
        raise StyleError(f"{where}: {value:g} is out of range ({low:g}–{high:g})")
    return float(value)


def _text_style(d: dict, label: str, section: str) -> TextStyle:
    where = f"{label}: [{section}]"
    font = d.get("font")
    if not isinstance(font, str) or not font.strip():
        raise StyleError(f"{where} font must be a font name")
    align = d.get("align", "justify")
    if align not in ALIGNMENTS:
        raise StyleError(f"{where} align must be one of {', '.join(ALIGNMENTS)}, got {align!r}")
    pitch = d.get("line_pitch_pt")
    bold = d.get("bold", False)
    if not isinstance(bold, bool):
        raise StyleError(f"{where} bold must be true or false")
    return TextStyle(
        font=font.strip(),
        size_pt=parse_size(d.get("size", 16), f"{where} size"),
        bold=bold,
        align=align,
        line_pitch_pt=None if pitch is None else _num(pitch, f"{where} line_pitch_pt", 1, 200),
        first_line_chars=_num(d.get("first_line_chars", 2), f"{where} first_line_chars", 0, 20),
        space_after_lines=_num(d.get("space_after_lines", 0), f"{where} space_after_lines", 0, 20),
    )


def style_from_dict(data: dict, label: str = "<style>") -> Style:
    """Build and validate a :class:`Style` from merged TOML data."""
    page = data.get("page", {})
    grid = data.get("grid", {})
    fonts = data.get("fonts", {})
    pn = data.get("page_number", {})
    date = data.get("date", {})
    date_format = date.get("format", "paren_cn")
    if date_format not in DATE_FORMATS:
        raise StyleError(f"{label}: [date] format must be one of {', '.join(DATE_FORMATS)}")
    page_values = {}
    for f in fields(Style):
        if f.name in _SCHEMA["page"] and f.name != "compensate_top_margin":
            page_values[f.name] = _num(
                page.get(f.name, f.default), f"{label}: [page] {f.name}", 0, 2000
            )
    compensate = page.get("compensate_top_margin", False)
    if not isinstance(compensate, bool):
        raise StyleError(f"{label}: [page] compensate_top_margin must be true or false")
    page_values["compensate_top_margin"] = compensate
    lines = _num(grid.get("lines", 0), f"{label}: [grid] lines", 0, 200)
    chars = _num(grid.get("chars", 0), f"{label}: [grid] chars", 0, 200)
    for key in ("odd_align", "even_align"):
        if pn.get(key, "center") not in ("left", "center", "right"):
            raise StyleError(f"{label}: [page_number] {key} must be left, center or right")
    fmt = pn.get("format", "— {page} —")
    if not isinstance(fmt, str) or fmt.count("{page}") != 1:
        raise StyleError(f"{label}: [page_number] format must contain {{page}} once")
    style = Style(
        name=str(data.get("name", label)),
        description=str(data.get("description", "")),
        grid_lines=int(lines),
        grid_chars=int(chars),
        latin_font=str(fonts.get("latin", "")),
        use_fallbacks=bool(fonts.get("use_fallbacks", False)),
        fallbacks={k: list(v) for k, v in data.get("fallbacks", {}).items()},
        body=_text_style(data.get("body", {}), label, "body"),
        title=_text_style(data.get("title", {}), label, "title"),
        subtitle=_text_style(data.get("subtitle", {}), label, "subtitle"),
        speaker=_text_style(data.get("speaker", {}), label, "speaker"),
        date=_text_style({k: v for k, v in date.items() if k != "format"}, label, "date"),
        date_format=date_format,
        headings=[
            _text_style(h, label, f"headings level {i}")
            for i, h in enumerate(data.get("headings", []), start=1)
        ],
        page_number=PageNumberStyle(
            enabled=bool(pn.get("enabled", True)),
            font=str(pn.get("font", "宋体")),
            size_pt=parse_size(pn.get("size", 14), f"{label}: [page_number] size"),
            format=fmt,
            odd_align=pn.get("odd_align", "right"),
            even_align=pn.get("even_align", "left"),
            indent_chars=_num(pn.get("indent_chars", 1), f"{label}: [page_number] indent", 0, 10),
        ),
        source=label,
        **page_values,
    )
    if style.body.line_pitch_pt is None:
        raise StyleError(f"{label}: [body] line_pitch_pt is required")
    if (
        style.text_width_mm <= 20
        or style.height_mm - style.margin_top_mm - style.margin_bottom_mm <= 20
    ):
        raise StyleError(f"{label}: margins leave no room for text")
    return style


def load_style(name_or_path: str | Path | None = None) -> Style:
    """A built-in style by name (``"gbt9704"``, ``"house-example"``) or a ``.toml`` file.
    ``None`` gives the default GB/T 9704 style. Raises :class:`StyleError`."""
    data, label = _resolve(str(name_or_path) if name_or_path else DEFAULT_STYLE)
    return style_from_dict(data, label)
