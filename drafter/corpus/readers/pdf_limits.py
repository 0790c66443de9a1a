"""Bounds on what pdfminer may build from one PDF: decoded stream bytes and drawn forms.

pdfminer decodes each stream whole (``zlib.decompress`` with no limit, run-length into a
list of Python ints) and draws form XObjects recursively, so a few kilobytes of PDF can
ask for gigabytes (a flate, run-length or ASCII85 bomb) or minutes (a form that draws
another ten times, which draws another ten times ...). :func:`pdf_budget` puts the
decoders behind capped versions for the duration of one read and counts what the page
interpreter draws; going over a cap raises :class:`~drafter.corpus.bounds.LimitExceeded`
naming the file. pdfminer's log messages about damaged files are kept off the terminal
(the reader reports what matters in one line).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO

from drafter.corpus.bounds import (
    MAX_PDF_STREAM_BYTES,
    MAX_PDF_TOTAL_BYTES,
    LimitExceeded,
    human_size,
)

MAX_FORM_DRAWS = 5_000  # form XObjects drawn in one file (real files: a few per page)
MAX_FORM_DEPTH = 12  # forms drawn inside forms


class _Budget:
    """What one read may still decode and draw."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.decoded = 0
        self.draws = 0
        self.depth = 0

    def take(self, n: int) -> None:
        """Account ``n`` decoded bytes; raise when a cap is passed."""
        if n > MAX_PDF_STREAM_BYTES:
            raise LimitExceeded(
                f"{self.name}: PDF 中的数据流解压后过大（超过 {human_size(MAX_PDF_STREAM_BYTES)}），未读取"
            )
        self.decoded += n
        if self.decoded > MAX_PDF_TOTAL_BYTES:
            raise LimitExceeded(
                f"{self.name}: PDF 解压后的数据过多（超过 {human_size(MAX_PDF_TOTAL_BYTES)}），未读取"
            )

    def room(self) -> int:
        """Bytes one more stream may decode to."""
        return max(0, min(MAX_PDF_STREAM_BYTES, MAX_PDF_TOTAL_BYTES - self.decoded)) + 1


_current: _Budget | None = None


def _budget() -> _Budget:
    return _current if _current is not None else _Budget("PDF")


class _CappedZlib:
    """Stands in for the ``zlib`` module inside pdfminer.pdftypes."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    @staticmethod
    def decompress(data: bytes) -> bytes:
        budget = _budget()
        d = zlib.decompressobj()
        out = d.decompress(data, budget.room())
        if d.unconsumed_tail:
            budget.take(MAX_PDF_STREAM_BYTES + 1)
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")
        budget.take(len(out))
        return out


def _decompress_corrupted(data: bytes) -> bytes:
    """Inflate a stream whose checksum is damaged, keeping what inflates (pdfminer's own
    version adds one byte at a time to a bytes object: quadratic)."""
    budget = _budget()
    d = zlib.decompressobj()
    out = bytearray()
    for i in range(0, len(data), 4096):
        try:
            out += d.decompress(data[i : i + 4096], budget.room() - len(out))
        except zlib.error:
            if i + 4096 < len(data) - 3:
                raise
            break
        if d.unconsumed_tail or len(out) >= budget.room():
            budget.take(MAX_PDF_STREAM_BYTES + 1)
    budget.take(len(out))
    return bytes(out)


def _rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 1.7, 7.4.5) into a bytearray, with the cap checked per run."""
    budget = _budget()
    limit = budget.room()
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        i += 1
        if length == 128:
            break
        if length < 128:
            out += data[i : i + length + 1]
            i += length + 1
        elif i < n:
            out += bytes([data[i]]) * (257 - length)
            i += 1
        if len(out) >= limit:
            budget.take(MAX_PDF_STREAM_BYTES + 1)
    budget.take(len(out))
    return bytes(out)


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    budget = _budget()
    limit = budget.room()
    out = bytearray()
    for chunk in LZWDecoder(BytesIO(data)).run():
        out += chunk
        if len(out) >= limit:
            budget.take(MAX_PDF_STREAM_BYTES + 1)
    budget.take(len(out))
    return bytes(out)


def _counted(decode):
    """A decoder whose output is a small multiple of its input (ASCII85 at most 4x),
    counted against the budget after it runs."""

    def run(data: bytes, *args) -> bytes:
        out = decode(data, *args)
        _budget().take(len(out))
        return out

    return run


_installed = False


def _install() -> None:
    """Put the capped decoders into pdfminer (once per process) and quiet its logger."""
    global _installed
    if _installed:
        return
    from pdfminer import pdfinterp, pdftypes

    pdftypes.zlib = _CappedZlib  # type: ignore[assignment]
    pdftypes.decompress_corrupted = _decompress_corrupted
    pdftypes.rldecode = _rldecode
    pdftypes.lzwdecode = _lzwdecode
    pdftypes.ascii85decode = _counted(pdftypes.ascii85decode)
    pdftypes.asciihexdecode = _counted(pdftypes.asciihexdecode)
    pdftypes.ccittfaxdecode = _counted(pdftypes.ccittfaxdecode)

    base_do = pdfinterp.PDFPageInterpreter.do_Do

    def do_Do(self, xobjid_arg) -> None:  # noqa: N802 - pdfminer's operator name
        budget = _budget()
        budget.draws += 1
        if budget.draws > MAX_FORM_DRAWS or budget.depth >= MAX_FORM_DEPTH:
            raise LimitExceeded(
                f"{budget.name}: PDF 的图形对象嵌套或引用过多（特意构造的文件？），未读取"
            )
        budget.depth += 1
        try:
            base_do(self, xobjid_arg)
        finally:
            budget.depth -= 1

    pdfinterp.PDFPageInterpreter.do_Do = do_Do
    logger = logging.getLogger("pdfminer")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    _installed = True


@contextmanager
def pdf_budget(name: str) -> Iterator[None]:
    """Read one PDF (named ``name`` in messages) within the caps of this module."""
    global _current
    _install()
    previous, _current = _current, _Budget(name)
    try:
        yield
    finally:
        _current = previous
