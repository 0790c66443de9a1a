"""User settings of the desktop app, kept as a small TOML file.

The path is always passed in (tests use ``tmp_path``); ``default_settings_path()`` gives the
platform's user config folder for the real app. Loading never crashes: a missing file gives
defaults, a corrupt one gives defaults plus a warning the UI can show.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

log = logging.getLogger(__name__)

APP_NAME = "drafter"
SETTINGS_FILE = "settings.toml"
MAX_RECENT_DRAFTS = 10
MAX_SEARCH_HISTORY = 50
DEFAULT_HOUSE_STYLE = "gbt9704"
DEFAULT_AUTOSAVE_SECONDS = 30
DEFAULT_SPEAKING_RATE = 220
DEFAULT_STRUCTURES_MIN_DOCUMENTS = 2


def default_settings_path() -> Path:
    """Where the real app keeps its settings (``~/.config/drafter/settings.toml`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE


@dataclass
class Settings:
    """Everything the app remembers between runs.

    ``library_dir`` empty means "use the library's default folder". ``window_geometry`` and
    ``window_state`` are base64 strings of Qt's saveGeometry()/saveState(), so this module
    stays free of Qt; ``window_screen`` is the screen size they were saved on (on a screen of
    another size the window takes that screen's size and keeps its dock layout).
    """

    library_dir: str = ""
    # 团队资料库: a postgresql:// URL (or service=NAME) without a password, used instead of
    # library_dir when use_team_library is on (the password lives in ~/.pgpass or a keyring)
    team_library: str = ""
    use_team_library: bool = False
    recent_drafts: list[str] = field(default_factory=list)
    search_history: list[str] = field(default_factory=list)
    house_style: str = DEFAULT_HOUSE_STYLE
    font_fallbacks: dict[str, str] = field(default_factory=dict)
    last_export_dir: str = ""
    # the folder each file chooser was last left in, by kind ("import": 导入文件/文件夹,
    # "review": 打开稿件 and 比较稿件's older file); export keeps last_export_dir. Every
    # chooser started in the home folder after a restart, the office head's 收文 folder lost
    last_dirs: dict[str, str] = field(default_factory=dict)
    # the export dialog's 导出后检查排版 and 导出后打开所在文件夹 as last used: a writer who
    # checks every file had to tick the check again at every export
    export_check: bool = False
    export_open_folder: bool = False
    window_geometry: str = ""
    window_state: str = ""
    window_screen: str = ""  # "1280x720": the available screen area they were saved on
    # docks the fitting tabbed onto the reader for want of room on that screen; a larger
    # screen splits them off again (the rest of the layout is the user's and is kept)
    window_narrowed: list[str] = field(default_factory=list)
    autosave_seconds: int = DEFAULT_AUTOSAVE_SECONDS
    speaking_rate: int = DEFAULT_SPEAKING_RATE  # characters a minute, for study-mode timings
    study_mode: bool = False  # the reader was in 学习模式 when the app last closed
    # 学习模式's room (ui/study/study_room.py): the library column stays open in the mode
    # (the user opened it there), and the docks the mode closed (reopened when it ends)
    study_library_open: bool = False
    study_closed_docks: list[str] = field(default_factory=list)
    # 学习模式's outline's share of the reader's left column (the 要点 list has the rest), as
    # the user dragged it; 0.0 until they do (ui/study/reader_mode.py's OUTLINE_SHARE then)
    study_outline_share: float = 0.0
    # 按场合浏览 in the 资料库 panel: the user opened ("open") or folded ("folded") its 全部文稿
    # row; "" lets the layout choose (folded above a table it would leave short of rows)
    occasion_tree: str = ""
    reader_document: str = ""  # the library document the reader showed then, reopened at start
    reader_path: str = ""  # its file, to find it again if a change gave it a new id
    reviewer_name: str = ""  # 批注署名: the author of comments and of a 修订稿's changes
    # 结构 panel: a structure is listed when at least this many documents use it (one text's
    # habit is not the office's; 1 lists every structure found)
    structures_min_documents: int = DEFAULT_STRUCTURES_MIN_DOCUMENTS
    # the parser stamp whose 重新解析 notice the user set aside (不再提示), so it stops
    # showing on every start; new reading rules bring it back (parser_stamp.notice_due)
    reparse_dismissed: str = ""
    # Set by load() when the file could not be read; never saved.
    load_warning: str = field(default="", compare=False, repr=False)

    def library_spec(self) -> str:
        """The library to open: the team library when it is switched on, else the folder
        ("" for the default folder)."""
        if self.use_team_library and self.team_library.strip():
            return self.team_library.strip()
        return self.library_dir

    def remember_library(self, spec: str, team: bool) -> None:
        """Make ``spec`` the library the next plain start opens: the library a window was
        started on (``--library`` or DRAFTER_LIBRARY) is the one the writer expects to see
        again, a team library's like a folder's (before, a team library given once was
        forgotten and the next start showed the empty local one). ``spec`` is a folder's
        absolute path or a team library's address without its password."""
        if team:
            self.team_library = spec
            self.use_team_library = True
        else:
            self.library_dir = spec
            self.use_team_library = False  # the team address stays, unticked, in 首选项

    # -- history helpers -------------------------------------------------------------------

    def add_recent_draft(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` first in the recent drafts list (no duplicates, at most 10)."""
        self.recent_drafts = _push_front(self.recent_drafts, str(path), MAX_RECENT_DRAFTS)

    def remove_recent_draft(self, path: str | os.PathLike[str]) -> None:
        """Drop a path from the recent drafts, e.g. one whose file no longer opens."""
        self.recent_drafts = [p for p in self.recent_drafts if p != str(path)]

    def add_search(self, query: str) -> None:
        """Remember a query (most recent first, no duplicates, at most 50)."""
        query = query.strip()
        if query:
            self.search_history = _push_front(self.search_history, query, MAX_SEARCH_HISTORY)

    # -- persistence -----------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Settings:
        """Read settings from ``path``.

        A missing file gives defaults silently. An unreadable or malformed file gives defaults
        with ``load_warning`` set (and a log line); a field of the wrong type falls back to its
        default on its own, so one bad value does not cost the user the rest.
        """
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            warning = f"设置文件无法读取，已使用默认设置：{path}（{exc}）"
            log.warning("settings file %s is unreadable, using defaults: %s", path, exc)
            settings = cls()
            settings.load_warning = warning
            return settings
        settings, bad = cls._from_dict(data)
        if bad:
            settings.load_warning = (
                f"设置文件中以下项无效，已恢复默认值：{'、'.join(bad)}（{path}）"
            )
            log.warning("settings file %s: invalid fields reset to defaults: %s", path, bad)
        return settings

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically (temp file in the same folder, then rename), creating folders."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = tomli_w.dumps(self.to_dict()).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def to_dict(self) -> dict[str, Any]:
        """The settings as saved to TOML; the transient ``load_warning`` is left out."""
        data = dataclasses.asdict(self)
        data.pop("load_warning", None)
        return data

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> tuple[Settings, list[str]]:
        defaults = cls()
        values: dict[str, Any] = {}
        bad: list[str] = []
        for f in dataclasses.fields(cls):
            if f.name == "load_warning" or f.name not in data:
                continue
            value = _coerce(f.name, data[f.name], getattr(defaults, f.name))
            if value is _INVALID:
                bad.append(f.name)
            else:
                values[f.name] = value
        return cls(**values), bad


_INVALID = object()


def _coerce(name: str, value: Any, default: Any) -> Any:
    """Check ``value`` against the type of its default; return _INVALID when it does not fit."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else _INVALID
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return _INVALID
        return value
    if isinstance(default, float):  # a share (0 … 1)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _INVALID
        return float(value) if 0 <= value <= 1 else _INVALID
    if isinstance(default, str):
        return value if isinstance(value, str) else _INVALID
    if isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return _INVALID
        limit = MAX_RECENT_DRAFTS if name == "recent_drafts" else MAX_SEARCH_HISTORY
        return list(dict.fromkeys(value))[:limit]
    if isinstance(default, dict):
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            return _INVALID
        return dict(value)
    return value


def _push_front(items: list[str], item: str, limit: int) -> list[str]:
    return [item, *[i for i in items if i != item]][:limit]


# Account names that say nothing of who wrote a comment (a shared office PC's login).
_GENERIC_ACCOUNTS = {"administrator", "admin", "user", "root", "guest", "owner", "pc", "用户"}


def account_name() -> str:
    """The name this computer knows its user by, to propose as 批注署名 the first time a
    comment is made (as Word signs with the Office user name): the account's full name when
    the system has one, else its login; "" for a login like Administrator that names no one,
    so the head types his own rather than accept it."""
    names = []
    try:
        import pwd

        names.append(pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0])
    except (ImportError, KeyError, AttributeError, OSError):
        pass  # Windows (no pwd), or no entry for this account
    try:
        import getpass

        names.append(getpass.getuser())
    except (OSError, KeyError, ImportError):
        pass
    for name in names:
        if name.strip() and name.strip().lower() not in _GENERIC_ACCOUNTS:
            return name.strip()
    return ""
