"""Mutation fuzzing of every reader: valid files built here, damaged at random (seeded, so
a failure reproduces), and imported by the real command under hard limits.

Each format gets a folder of mutants plus one good file; ``drafter library add`` of the
folder must stay within the harness's CPU and memory limits, print no traceback, name
every file it could not read, and import the good file.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.corpus.readers.markdown import parse_markdown
from drafter.corpus.readers.md_inline import strip_inline
from tests.attacks import make
from tests.attacks.harness import check_bounded, run_bounded

MUTANTS = 24
SEED = 13


def _seed_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("在全市工作会议上的讲话", level=0)
    for n, head in enumerate(["充分肯定成绩", "明确目标任务", "狠抓工作落实"], 1):
        d.add_heading(f"{'一二三'[n - 1]}、{head}", level=1)
        d.add_paragraph("各项工作稳步推进，群众满意度不断提高。" * 3)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(1, 1).text = "完成"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _seed_pdf(folder: Path) -> bytes:
    from tests.corpus.conftest import build_pdf

    path = folder / "seed.pdf"
    build_pdf(
        path,
        [
            ("title", "在全市工作会议上的讲话"),
            ("p", "一、充分肯定成绩"),
            ("p", "各项工作稳步推进。" * 8),
        ],
    )
    data = path.read_bytes()
    path.unlink()
    return data


def _seed_html() -> bytes:
    from tests.corpus.test_readers_html import gov_page

    return gov_page().encode("utf-8")


SEEDS = {
    "txt": lambda folder: make.GOOD_SPEECH.encode("gb18030"),
    "md": lambda folder: (
        "# 讲话\n\n" + make.GOOD_SPEECH + "\n**加粗** [链接](x) `代码`\n"
    ).encode(),
    "docx": lambda folder: _seed_docx(),
    "pdf": _seed_pdf,
    "html": lambda folder: _seed_html(),
}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """One of: flip bytes, cut, repeat a chunk many times, splice in markup bytes."""
    buf = bytearray(data)
    kind = rng.randrange(4)
    if kind == 0:
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif kind == 1:
        del buf[rng.randrange(len(buf)) :]
    elif kind == 2:
        at = rng.randrange(len(buf))
        chunk = bytes(buf[at : at + rng.randint(1, 8)])
        buf[at:at] = chunk * rng.randint(100, 20000)
    else:
        at = rng.randrange(len(buf))
        buf[at:at] = (
            rng.choice([b"<", b"[", b"`", b"<!--", b"(", b"*", b"\xff\xfe", b"%PDF"]) * 5000
        )
    return bytes(buf) or b"x"


def _mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """Damage the XML inside a .docx and zip it again (so the damage gets past unzipping)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    name = rng.choice([n for n in parts if n.endswith(".xml")])
    parts[name] = _mutate(parts[name], rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, part in parts.items():
            z.writestr(n, part)
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_mutants_of_every_format_import_within_limits(fmt, tmp_path):
    folder = tmp_path / fmt
    folder.mkdir()
    seed = SEEDS[fmt](folder)
    rng = random.Random(f"{SEED}-{fmt}")
    for n in range(MUTANTS):
        mutate = _mutate_zip if fmt == "docx" and n % 2 else _mutate
        (folder / f"m{n:02d}.{fmt}").write_bytes(mutate(seed, rng))
    good = make.text_file(folder, "good.txt", make.GOOD_SPEECH)
    lib = tmp_path / "lib"
    out = run_bounded(["library", "add", str(folder), "--library", str(lib)], cpu=90)
    check_bounded(out, codes=(0, 1))  # 1: some mutants failed, the rest went in
    for line in out.stderr.splitlines():
        if line.lstrip().startswith("!"):
            assert str(folder) in line, line
    listed = run_bounded(["library", "list", "--json", "--library", str(lib)])
    assert str(good) in {d["path"] for d in json.loads(listed.stdout)}


MARKUP = st.lists(st.sampled_from([*"*_`[]()!<>~\\#- \t字", "<!--", "-->", "http://"])).map("".join)


@settings(max_examples=200, deadline=None)
@given(MARKUP)
def test_strip_inline_never_grows_the_text(line):
    assert len(strip_inline(line)) <= len(line)


@settings(max_examples=100, deadline=None)
@given(st.lists(MARKUP, max_size=8))
def test_parse_markdown_reads_any_lines(lines):
    blocks = parse_markdown(lines)
    assert all("\n" not in b.text for b in blocks)
