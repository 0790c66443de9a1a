"""Old Word (.doc), WPS (.wps) and RTF files: converted to .docx by LibreOffice, then read.

No pure-Python reader handles these formats well, so we use LibreOffice when it is
installed (headless, with its own throw-away profile so a running LibreOffice window does
not block it) and otherwise tell the user how to convert the file themselves.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from drafter.corpus.bounds import convert_seconds
from drafter.corpus.model import RawDocument, ReadError
from drafter.corpus.readers.word import read_docx
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


def read_converted(path: Path, timeout: float | None = None, fmt: str | None = None) -> RawDocument:
    """Read a .doc/.wps/.rtf file through LibreOffice; the format stays the original one.

    ``fmt`` overrides the format taken from the suffix (an old .doc renamed .docx).
    """
    fmt = fmt or path.suffix.lower().lstrip(".")
    if timeout is None:  # bounded by the file's size (see drafter.corpus.bounds)
        timeout = convert_seconds(path.stat().st_size)
    soffice = find_soffice()
    if soffice is None:
        raise ReadError(
            f"{path.name}: .{fmt} files need LibreOffice to convert; install LibreOffice "
            "or save the file as .docx in Word/WPS (另存为 .docx)"
        )
    with tempfile.TemporaryDirectory(prefix="drafter-convert-") as tmp:
        # Copy under a plain name: LibreOffice mishandles some non-ASCII paths on Windows.
        source = Path(tmp) / f"source.{fmt}"
        shutil.copyfile(path, source)
        out_dir = Path(tmp) / "out"
        out_dir.mkdir()
        converted = convert_to_docx(source, out_dir, soffice, timeout, path.name)
        doc = read_docx(converted, fmt=fmt, display_name=path.name)
    doc.path = str(path)
    return doc
