"""Office lists: the data the name, wording, stale and placeholder rules read, as TOML.

An office keeps its own lists in the library folder, ``<library>/review/``; a file there
replaces the shipped default of the same name (``drafter/review/defaults/``), so editing
starts from a copy of the default. Files and their tables (see docs/review.md):

* ``leaders.toml``   ``[[leader]]`` name, titles, short, from, to; ``[titles] known``
* ``wording.toml``   ``[[wording]]`` wrong (regex), right, level, why, from (the year the
  rule was set down: an older text is not held to it), speaker (the person the right form
  names: a text that person speaks is not held to it)
* ``stale.toml``     ``[[phrase]]`` text (regex), from, to, instead, why;
  ``[[event]]`` name (regex), year: anniversaries 今年是…周年 is judged against
* ``ignore.toml``    ``[ignore] words`` never flagged; ``[rules] disabled`` rule ids

Every problem is reported as ``path:line: message`` and the file is skipped (its default
is used), so one typo never stops a review.

This module is data: it does not know which rules exist. The functions that read or write
a list take ``rule_ids``, the ids a ``[rules] disabled`` entry may name (None: not
checked); :mod:`drafter.review.office`, a layer above the rule set, passes them, and the
app and the command line go through it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from drafter.messages import toml_reason
from drafter.review.model import LEVELS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LIST_FILES = ("leaders.toml", "wording.toml", "stale.toml", "ignore.toml")
FOLDER = "review"


class ListError(ValueError):
    """A problem in an office list, naming the file (full path) and the line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.detail = message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Leader:
    """A person on the office's list: the titles they hold, the short forms (总书记) that
    refer to them once named, and the years the entry is valid for (None: open)."""

    name: str
    titles: tuple[str, ...]
    short: tuple[str, ...] = ()
    valid_from: int | None = None
    valid_to: int | None = None

    def current(self, year: int | None) -> bool:
        """Whether the entry applies to a speech of ``year`` (unknown year: yes)."""
        if year is None:
            return True
        return (self.valid_from or 0) <= year <= (self.valid_to or 9999)


@dataclass(frozen=True)
class Wording:
    """A wrong form (regex) and the right one (``\\1`` groups allowed). ``valid_from`` is
    the year the usage was set down (做出→作出: 2004): a text dated before it wrote as its
    time did, and 审稿 of a 1978 report flagging its 做出 was noise to the reader."""

    wrong: re.Pattern[str]
    right: str
    level: str
    why: str
    valid_from: int | None = None
    speaker: str = ""

    def applies(self, year: int | None) -> bool:
        """Whether a text of ``year`` is held to this usage (unknown year: yes)."""
        return year is None or self.valid_from is None or year >= self.valid_from

    def spoken_by_named(self, speaker: str, whole_text: str) -> bool:
        """Whether the text is the named person's own (习近平新时代中国特色社会主义思想 is
        said without the name in 习近平's own report): its speaker is that person, or, with
        no speaker given, the text never names them, as no office draft that cites the
        thought fails to name its author somewhere."""
        if not self.speaker:
            return False
        if speaker:
            return self.speaker in speaker
        return self.speaker not in whole_text


@dataclass(frozen=True)
class DatedPhrase:
    """A phrase current only from ``valid_from`` to ``valid_to`` (years, inclusive)."""

    pattern: re.Pattern[str]
    valid_from: int | None
    valid_to: int | None
    instead: str
    why: str


@dataclass(frozen=True)
class Event:
    """An event anniversaries count from (建党 1921): 今年是建党100周年 means 2021."""

    pattern: re.Pattern[str]
    year: int


@dataclass
class OfficeLists:
    """All office lists, loaded and validated. ``errors`` holds one :class:`ListError`
    per file that could not be used (its default stood in)."""

    leaders: list[Leader] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    wording: list[Wording] = field(default_factory=list)
    phrases: list[DatedPhrase] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    ignore: set[str] = field(default_factory=set)
    disabled_rules: set[str] = field(default_factory=set)
    errors: list[ListError] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # file name -> path used

    @classmethod
    def defaults(cls) -> OfficeLists:
        """The shipped lists only (cached: they never change while running)."""
        global _DEFAULTS
        if _DEFAULTS is None:
            _DEFAULTS = load_lists(None)
        return _DEFAULTS

    def ignored(self, text: str) -> bool:
        """Whether ``text`` is on the office's ignore list: a name, a placeholder or a
        dated term the office says is right stays unreported by the rules that would flag it."""
        return text in self.ignore


_DEFAULTS: OfficeLists | None = None


def default_text(name: str) -> str:
    """The shipped default of one list file, as text (Preferences copies it to edit)."""
    return resources.files("drafter.review.defaults").joinpath(name).read_text("utf-8")


def list_folder(library_dir: str | Path) -> Path:
    """Where an office keeps its lists: ``<library>/review``."""
    return Path(library_dir) / FOLDER


def load_lists(
    library_dir: str | Path | None, rule_ids: Collection[str] | None = None
) -> OfficeLists:
    """The office lists: each file from the library folder when there, else the default.
    A file that fails validation (``[rules] disabled`` naming an id not in ``rule_ids``,
    when given, included) is reported in ``errors`` and its default used."""
    out = OfficeLists()
    folder = list_folder(library_dir) if library_dir else None
    for name in LIST_FILES:
        user = folder / name if folder else None
        if user is not None and user.is_file():
            try:
                # parsed apart and merged whole: a file with a mistake adds nothing of its
                # own (the entries before the mistake were kept beside the default's)
                part = OfficeLists()
                _parse_into(part, user.read_text("utf-8-sig"), str(user), rule_ids)
                _merge(out, part)
                out.sources[name] = str(user)
                continue
            except ListError as exc:
                out.errors.append(exc)
            except (OSError, UnicodeDecodeError) as exc:
                out.errors.append(ListError(str(user), None, f"无法读取：{exc}"))
        _parse_into(out, default_text(name), f"<默认>/{name}")
        out.sources[name] = f"<默认>/{name}"
    return out


def _merge(out: OfficeLists, part: OfficeLists) -> None:
    """Add what one list file holds (parsed into ``part``) to ``out``."""
    out.leaders.extend(part.leaders)
    out.titles.extend(part.titles)
    out.wording.extend(part.wording)
    out.phrases.extend(part.phrases)
    out.events.extend(part.events)
    out.ignore.update(part.ignore)
    out.disabled_rules.update(part.disabled_rules)


def validate_text(text: str, path: str, rule_ids: Collection[str] | None = None) -> list[ListError]:
    """Problems in one list file's text (Preferences checks before saving); rule ids are
    checked against ``rule_ids`` when given."""
    try:
        _parse_into(OfficeLists(), text, path, rule_ids)
    except ListError as exc:
        return [exc]
    return []


def _table_lines(text: str) -> dict[str, list[int]]:
    """Line numbers (1-based) of each ``[[name]]`` header, in order."""
    lines: dict[str, list[int]] = {}
    for no, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[\[\s*([\w.-]+)\s*\]\]", line)
        if m:
            lines.setdefault(m.group(1), []).append(no)
    return lines


def _parse_into(
    out: OfficeLists, text: str, path: str, rule_ids: Collection[str] | None = None
) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        why = toml_reason(str(exc)) or "这一行的写法不对"  # not tomllib's English
        raise ListError(path, int(m.group(1)) if m else None, f"TOML 格式错误：{why}") from None
    lines = _table_lines(text)
    known = {"leader", "titles", "wording", "phrase", "event", "ignore", "rules"}
    for key in data:
        if key not in known:
            raise ListError(
                path, _key_line(text, key), f"未知的表 [{key}]（可用：{'、'.join(sorted(known))}）"
            )

    def entries(name: str):
        items = data.get(name, [])
        if not isinstance(items, list):
            raise ListError(path, _key_line(text, name), f"{name} 应写成 [[{name}]] 表数组")
        nos = lines.get(name, [])
        for k, item in enumerate(items):
            yield (nos[k] if k < len(nos) else None), item

    raw_lines = text.splitlines()

    def at(line: int | None, key: str) -> int | None:
        """The line of ``key = …`` inside the table that starts at ``line``."""
        if line is None:
            return None
        for no in range(line, min(len(raw_lines), line + 40)):
            stripped = raw_lines[no].strip()
            if stripped.startswith("["):
                break
            if re.match(rf"{re.escape(key)}\s*=", stripped):
                return no + 1
        return line

    def need_str(item: dict, key: str, line: int | None, name: str, optional: bool = False) -> str:
        line = at(line, key) if key in item else line
        value = item.get(key)
        if value is None and optional:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise ListError(path, line, f"[[{name}]] 缺少 {key}（应为非空字符串）")
        return value

    def need_year(item: dict, key: str, line: int | None, name: str) -> int | None:
        line = at(line, key)
        value = item.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or not 1800 <= value <= 2200:
            raise ListError(path, line, f"[[{name}]] 的 {key} 应为年份整数，如 2021")
        return value

    def regex(value: str, line: int | None, name: str) -> re.Pattern[str]:
        try:
            return re.compile(value)
        except re.error as exc:
            raise ListError(
                path, line, f"[[{name}]] 的正则表达式有误：{value!r}（{exc}）"
            ) from None

    def str_list(item: dict, key: str, line: int | None, name: str) -> tuple[str, ...]:
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ListError(path, at(line, key), f"[[{name}]] 的 {key} 应为字符串列表")
        return tuple(value)

    for line, item in entries("leader"):
        name = need_str(item, "name", line, "leader")
        titles = str_list(item, "titles", line, "leader")
        if not titles:
            raise ListError(path, line, "[[leader]] 至少要有一个 titles")
        out.leaders.append(
            Leader(
                name,
                titles,
                str_list(item, "short", line, "leader"),
                need_year(item, "from", line, "leader"),
                need_year(item, "to", line, "leader"),
            )
        )
    titles = data.get("titles", {})
    if titles:
        known_titles = titles.get("known", []) if isinstance(titles, dict) else None
        if not isinstance(known_titles, list) or not all(isinstance(t, str) for t in known_titles):
            raise ListError(path, _key_line(text, "known"), "[titles] known 应为字符串列表")
        out.titles.extend(known_titles)
    for line, item in entries("wording"):
        wrong = regex(need_str(item, "wrong", line, "wording"), at(line, "wrong"), "wording")
        level = item.get("level", "warning")
        if level not in LEVELS:
            raise ListError(
                path,
                at(line, "level"),
                f"[[wording]] 的 level 应为 {'/'.join(LEVELS)}，不是 {level!r}",
            )
        out.wording.append(
            Wording(
                wrong,
                need_str(item, "right", line, "wording"),
                level,
                need_str(item, "why", line, "wording", True),
                need_year(item, "from", line, "wording"),
                need_str(item, "speaker", line, "wording", True),
            )
        )
    for line, item in entries("phrase"):
        pattern = regex(need_str(item, "text", line, "phrase"), at(line, "text"), "phrase")
        start = need_year(item, "from", line, "phrase")
        end = need_year(item, "to", line, "phrase")
        if start is None and end is None:
            raise ListError(path, line, "[[phrase]] 至少要有 from 或 to 之一")
        if start and end and start > end:
            raise ListError(path, line, f"[[phrase]] 的 from {start} 晚于 to {end}")
        out.phrases.append(
            DatedPhrase(
                pattern,
                start,
                end,
                need_str(item, "instead", line, "phrase", True),
                need_str(item, "why", line, "phrase", True),
            )
        )
    for line, item in entries("event"):
        pattern = regex(need_str(item, "name", line, "event"), at(line, "name"), "event")
        year = need_year(item, "year", line, "event")
        if year is None:
            raise ListError(path, line, "[[event]] 缺少 year")
        out.events.append(Event(pattern, year))
    ignore = data.get("ignore", {})
    if ignore:
        words = ignore.get("words", []) if isinstance(ignore, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ListError(path, _key_line(text, "words"), "[ignore] words 应为字符串列表")
        out.ignore.update(words)
    rules = data.get("rules", {})
    if rules:
        disabled = rules.get("disabled", []) if isinstance(rules, dict) else None
        if not isinstance(disabled, list) or not all(isinstance(w, str) for w in disabled):
            raise ListError(path, _key_line(text, "disabled"), "[rules] disabled 应为规则编号列表")
        unknown = [r for r in disabled if rule_ids is not None and r not in rule_ids]
        if unknown:
            raise ListError(path, _key_line(text, "disabled"), f"未知的规则编号 {unknown[0]!r}")
        out.disabled_rules.update(disabled)


def _key_line(text: str, key: str) -> int | None:
    for no, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*\[{{1,2}}\s*{re.escape(key)}\s*\]", line) or re.match(
            rf"\s*{re.escape(key)}\s*=", line
        ):
            return no
    return None


IGNORE_HEADER = """# 忽略表（审稿）。由首选项 › 审稿 写入，也可直接编辑。
# [ignore] words = 不论哪条规则都不标出的词语。
# [rules] disabled = 整条关闭的规则编号（见 drafter review --list-rules）。
"""


def signature(library_dir: str | Path | None) -> tuple:
    """What the office lists on disk look like now (names, sizes, mtimes): the app reloads
    them when this changes, so an edit in Preferences applies to the next review."""
    if not library_dir:
        return ()
    folder = list_folder(library_dir)
    out = []
    for name in LIST_FILES:
        try:
            st = (folder / name).stat()
            out.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((name, None, None))
    return tuple(out)


def save_list(
    library_dir: str | Path, name: str, text: str, rule_ids: Collection[str] | None = None
) -> Path:
    """Validate and write one list file into the library folder (atomically).
    Raises :class:`ListError` naming the file and line when the text has a mistake."""
    from drafter.atomic import atomic_write_text

    if name not in LIST_FILES:
        raise ValueError(f"unknown list file {name!r}")
    path = list_folder(library_dir) / name
    errors = validate_text(text, str(path), rule_ids)
    if errors:
        raise errors[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)
    return path


def reset_list(library_dir: str | Path, name: str) -> None:
    """Go back to the shipped default: remove the office's copy of one list file."""
    path = list_folder(library_dir) / name
    if path.is_file():
        path.unlink()


def set_disabled_rules(
    library_dir: str | Path, disabled: list[str], rule_ids: Collection[str] | None = None
) -> Path:
    """Write the switched-off rules into ``ignore.toml``, keeping its ignored words."""
    import tomli_w

    lists = load_lists(library_dir, rule_ids)
    data = {
        "ignore": {"words": sorted(lists.ignore)},
        "rules": {"disabled": sorted(set(disabled))},
    }
    text = IGNORE_HEADER + "\n" + tomli_w.dumps(data)
    return save_list(library_dir, "ignore.toml", text, rule_ids)
