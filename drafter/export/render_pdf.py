"""LibreOffice turns an exported .docx into the PDF the render check reads.

Apart from the check itself so that what may hang, fail to start or be cancelled (a child
process) sits in one small place, and the comparison in drafter/export/render_check.py
reads as the report it builds.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

# one finder for both uses of LibreOffice (reading .doc/.wps/.rtf, and this check), so
# both look in the same places (PATH, then Windows' and macOS's install folders)
from drafter.corpus.readers.convert import find_soffice

__all__ = ["RenderFailed", "convert_to_pdf", "copy_file", "find_soffice", "renderer_name"]


def copy_file(source: Path, fh) -> None:
    """Copy ``source`` into the open file ``fh`` (for :func:`drafter.atomic.atomic_write`, so
    a kept PDF is written whole or not at all)."""
    with open(source, "rb") as src:
        shutil.copyfileobj(src, fh, 1 << 16)


class RenderFailed(Exception):
    """LibreOffice did not produce a PDF; the message says why in Chinese."""


def convert_to_pdf(soffice: str, docx_path: Path, folder: Path, timeout_s: float) -> Iterator[str]:
    """Render ``docx_path`` to a PDF in ``folder`` with its own throwaway profile (a running
    LibreOffice window does not block it). A generator that yields a progress line every
    0.1 s and returns the PDF's path, so a cancelled worker that closes it kills
    LibreOffice (the ``finally``) instead of leaving it to run out its timeout."""
    profile = folder / "profile"
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(docx_path),
    ]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except OSError as exc:
        raise RenderFailed(f"无法启动 {soffice}：{exc.strerror or exc}") from None
    start = time.monotonic()
    try:
        while proc.poll() is None:
            waited = time.monotonic() - start
            if waited > timeout_s:
                raise RenderFailed(f"LibreOffice 超过 {timeout_s:g} 秒仍未完成：{docx_path}")
            time.sleep(0.1)
            yield f"正在用 LibreOffice 排版…（{waited:.0f} 秒）"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    pdf = folder / (docx_path.stem + ".pdf")
    if not pdf.exists():
        err = (proc.stderr.read() if proc.stderr else "").strip().splitlines()
        raise RenderFailed(f"LibreOffice 未能转换 {docx_path}" + (f"：{err[-1]}" if err else ""))
    return pdf


def renderer_name(soffice: str) -> str:
    """``LibreOffice 7.x.y`` as the report names what drew the pages: a layout judged on one
    renderer is only that renderer's (Word and WPS may break lines elsewhere)."""
    try:
        out = subprocess.run(
            [soffice, "--version"], capture_output=True, text=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "LibreOffice"
    m = re.search(r"LibreOffice\s+[\d.]+", out)
    return m.group(0) if m else "LibreOffice"
