"""LibreOffice run headless to convert one file to .docx: the .doc/.wps/.rtf reader's
converter (:mod:`.convert`) and the Word reader's, for an RTF part a .docx imports as an
altChunk (:mod:`.word_chunks`). Apart from :mod:`.convert` because that module reads the
result with the Word reader, which the chunk reader is part of: both can call this one
without importing each other.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from drafter.corpus.model import ReadError
from drafter.corpus.signatures import is_encrypted_package

TIMEOUT_SECONDS = 60
_WINDOWS_PATHS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """Path of the LibreOffice command line program, or ``None``."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        for candidate in _WINDOWS_PATHS:
            if Path(candidate).is_file():
                return candidate
    mac = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
    return mac if sys.platform == "darwin" and Path(mac).is_file() else None


def convert_to_docx(
    path: Path, out_dir: Path, soffice: str, timeout: float, name: str | None = None
) -> Path:
    """Convert ``path`` into ``out_dir`` with LibreOffice; returns the .docx path.

    ``name`` is the file name to put in error messages (the user's, not a temp copy's).
    """
    name = name or path.name
    if is_encrypted_package(path):  # LibreOffice said "damaged, or not the format its name says"
        raise ReadError(
            f"{name}: the file is password-protected (encrypted); open it in Word/WPS, "
            "remove the password and save it, then import it again"
        )
    profile = (out_dir / "profile").resolve().as_uri()
    cmd = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(out_dir),
        str(path),
    ]
    kwargs: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    if os.name == "posix":
        kwargs["start_new_session"] = True  # so a timeout can end soffice and its children
    proc = subprocess.Popen(cmd, **kwargs)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise ReadError(
            f"{name}: LibreOffice did not finish converting within {timeout:.0f} s"
        ) from None
    except BaseException:  # the reading time limit, Ctrl+C: never leave soffice running
        _kill(proc)
        raise
    result = out_dir / (path.stem + ".docx")
    if proc.returncode != 0 or not result.is_file():
        detail = " ".join(err.decode("utf-8", "replace").split())[:160]
        raise ReadError(
            f"{name}: LibreOffice could not convert the file" + (f" ({detail})" if detail else "")
        )
    return result


def _kill(proc: subprocess.Popen) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass
    proc.wait()
