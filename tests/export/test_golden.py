"""Golden files: the XML parts of the exported .docx, compared line by line.

Parts are pretty-printed so a failure shows a readable diff; lines that may change
without the layout changing (rsid attributes, timestamps) are skipped. After a
deliberate change run ``DRAFTER_UPDATE_GOLDEN=1 pytest tests/export/test_golden.py``
and review the diff of ``tests/export/golden/`` before committing.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from drafter.export import DocxExporter, load_style

from .conftest import FIXED_TIME

GOLDEN = Path(__file__).parent / "golden"
PARTS = [
    "word/document.xml",
    "word/styles.xml",
    "word/settings.xml",
    "word/footer1.xml",
    "word/footer2.xml",
    "word/fontTable.xml",
]
_VOLATILE = re.compile(r"w:rsid|dcterms:(created|modified)|cp:lastModifiedBy|cp:revision")


def _pretty(data: bytes) -> list[str]:
    root = etree.fromstring(data)
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return [line for line in text.splitlines() if not _VOLATILE.search(line)]


def _golden_name(style: str, part: str) -> str:
    return f"{style}-{part.split('/')[-1]}"


@pytest.mark.parametrize("style_name", ["gbt9704", "house-example"])
@pytest.mark.parametrize("part", PARTS)
def test_docx_part_matches_golden(speech, style_name, part):
    data = DocxExporter(now=FIXED_TIME).render(speech, load_style(style_name))
    actual = _pretty(zipfile.ZipFile(io.BytesIO(data)).read(part))
    golden = GOLDEN / _golden_name(style_name, part)
    if os.environ.get("DRAFTER_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text("\n".join(actual) + "\n", encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with DRAFTER_UPDATE_GOLDEN=1"
    expected = golden.read_text("utf-8").splitlines()
    expected = [line for line in expected if not _VOLATILE.search(line)]
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected, actual, "golden", "actual", lineterm=""))
        pytest.fail(f"{part} differs from {golden.name}:\n{diff[:4000]}")


def test_export_is_deterministic(speech):
    style = load_style()
    a = DocxExporter(now=FIXED_TIME).render(speech, style)
    b = DocxExporter(now=FIXED_TIME).render(speech, style)
    za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    assert za.namelist() == zb.namelist()
    for name in za.namelist():
        assert za.read(name) == zb.read(name), name
