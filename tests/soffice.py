"""LibreOffice for the tests that render or convert a file with it (a .docx to PDF to count
pages, a .docx to .doc or PDF to read back): one way to run it headless, each run on a
profile of its own so runs never share or lock one.

Importable by name (``from soffice import ...``), as tests/speech_samples.py is.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def soffice_convert(
    paths, to: str, outdir: Path, *, profile: Path | None = None, timeout: int = 180, check=True
) -> subprocess.CompletedProcess:
    """Convert ``paths`` to ``to`` (``pdf``, ``doc``, or a filter with its options) into
    ``outdir`` with a headless LibreOffice on the profile ``profile`` (``outdir/profile`` when
    not given); ``check`` raises on a failed run. Skips the test when LibreOffice is absent."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = Path(outdir) / "profile" if profile is None else Path(profile)
    command = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    command += ["--convert-to", to, "--outdir", str(outdir), *map(str, paths)]
    return subprocess.run(
        command, check=check, capture_output=True, text=True, errors="replace", timeout=timeout
    )
