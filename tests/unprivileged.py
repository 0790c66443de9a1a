"""Running a child process the operating system refuses writes to a read-only folder.

Root ignores file modes, and CI runs as root: there the child drops to the unprivileged
user ``nobody`` (``os.setgid``/``os.setuid`` before it starts), so a folder made
read-only with chmod is refused by the kernel itself (EACCES), as a library on a
read-only share or a disc is. Run as an ordinary user, chmod alone does it. A test skips
with the reason :func:`unprivileged_skip_reason` gives only when neither can work."""

from __future__ import annotations

import os
import pwd
import shutil
import site
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _nobody() -> tuple[int, int] | None:
    try:
        entry = pwd.getpwnam("nobody")
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_gid


def _readable_by_others(path: Path) -> bool:
    """True when every folder above ``path`` lets others in and read (``nobody`` must
    import the project and its virtual environment)."""
    for p in [path, *path.parents]:
        if p == Path("/"):
            break
        mode = os.stat(p).st_mode
        if stat.S_ISDIR(mode) and mode & 0o005 != 0o005:
            return False
    return True


def interpreter() -> str | None:
    """A Python ``nobody`` may run: this one, or, when it lies in a folder closed to others
    (pyenv under /root), the system's Python of the same version, given this environment's
    packages by :func:`run_unprivileged`."""
    if os.geteuid() != 0 or _readable_by_others(Path(os.path.realpath(sys.executable))):
        return sys.executable
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for folder in ("/usr/bin", "/usr/local/bin", "/bin"):
        candidate = Path(folder) / version
        if candidate.exists() and _readable_by_others(candidate.resolve()):
            return str(candidate)
    return None


def unprivileged_skip_reason() -> str:
    """Why a read-only test cannot run here ("" when it can)."""
    if os.geteuid() != 0:
        return ""
    if _nobody() is None:
        return "running as root and there is no user 'nobody' to drop to"
    if interpreter() is None:
        return "running as root and no Python of this version that 'nobody' may run"
    for needed in (ROOT / "drafter", *map(Path, site.getsitepackages())):
        if not _readable_by_others(needed):
            return f"running as root and 'nobody' cannot read {needed}"
    return ""


def _drop() -> None:  # pragma: no cover - runs in the child between fork and exec
    uid, gid = _nobody()
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)


def run_unprivileged(args: list[str], cwd: str | Path = "/", env: dict | None = None, **kw):
    """``subprocess.run(args)`` as ``nobody`` when we are root, else as ourselves; the
    project on PYTHONPATH and a HOME the child may write to. A leading ``sys.executable``
    becomes :func:`interpreter`, with this environment's site-packages added."""
    home = tempfile.mkdtemp(prefix="drafter-home-")
    os.chmod(home, 0o777)
    python = interpreter()
    if args and args[0] == sys.executable and python and python != sys.executable:
        args = [python, *args[1:]]
        # the packages of the virtual environment, .pth files and all
        Path(home, "sitecustomize.py").write_text(
            "import site\n" + "".join(f"site.addsitedir({p!r})\n" for p in site.getsitepackages()),
            "utf-8",
        )
    try:
        return subprocess.run(
            args,
            cwd=str(cwd),
            env={
                **os.environ,
                "HOME": home,
                "XDG_RUNTIME_DIR": home,
                "PYTHONPATH": os.pathsep.join([home, str(ROOT)]),
                "PYTHONDONTWRITEBYTECODE": "1",
                **(env or {}),
            },
            preexec_fn=_drop if os.geteuid() == 0 else None,
            capture_output=True,
            text=True,
            timeout=kw.pop("timeout", 180),
            **kw,
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)


def make_read_only(root: Path) -> None:
    """Every folder 555 and every file 444 under ``root`` (and ``root`` itself)."""
    for p in [*root.rglob("*"), root]:
        if not p.is_symlink():
            p.chmod(0o555 if p.is_dir() else 0o444)


def open_up(root: Path) -> None:
    """Undo :func:`make_read_only` so the folder can be removed."""
    for p in [root, *root.rglob("*")]:
        if not p.is_symlink():
            p.chmod(0o755 if p.is_dir() else 0o644)


def shared_temp_dir() -> Path:
    """A temporary folder ``nobody`` can enter (pytest's own are private to their user)."""
    path = Path(tempfile.mkdtemp(prefix="drafter-ro-"))
    path.chmod(0o755)
    return path
