"""A batch with a damaged PDF, a .doc while LibreOffice is missing and an .rtf LibreOffice
never finishes converting: each is an error naming the file by its full path, and the
rest of the batch is imported."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from libtest_helpers import OFFICE, run

from drafter.corpus.readers import convert
from drafter.library.model import error_with_path


def _errors(last) -> dict[str, str]:
    return {path: error_with_path(path, message) for path, message in last.errors}


def test_damaged_pdf_and_missing_libreoffice_are_errors_and_the_batch_goes_on(
    corpus, library, monkeypatch
):
    corpus.write("good.txt", OFFICE)
    pdf = corpus.folder / "损坏的讲话.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without an xref")
    doc = corpus.folder / "旧讲话.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    monkeypatch.setattr(convert, "find_soffice", lambda: None)
    last = run(library.add([corpus.folder]))
    assert last.added == 1
    errors = _errors(last)
    by_name = {Path(p).name: (p, shown) for p, shown in errors.items()}
    assert set(by_name) == {"损坏的讲话.pdf", "旧讲话.doc"}
    for path, shown in by_name.values():
        assert Path(path).is_absolute() and shown.startswith(path + ":")
    assert "PDF" in by_name["损坏的讲话.pdf"][1]
    assert "LibreOffice" in by_name["旧讲话.doc"][1]
    assert all("\n" not in m for m in errors.values())


@pytest.mark.skipif(sys.platform == "win32", reason="the hanging soffice is a POSIX script")
def test_libreoffice_hanging_on_an_rtf_is_an_error_and_the_batch_goes_on(
    corpus, library, monkeypatch, tmp_path
):
    corpus.write("good.txt", OFFICE)
    rtf = corpus.folder / "挂起.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi hello}")
    hang = tmp_path / "soffice"
    hang.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(60)\n", encoding="utf-8")
    hang.chmod(0o755)
    monkeypatch.setattr(convert, "find_soffice", lambda: str(hang))
    monkeypatch.setattr(convert, "convert_seconds", lambda size: 1)
    last = run(library.add([corpus.folder]))
    assert last.added == 1
    [(path, message)] = last.errors
    assert path.endswith("挂起.rtf")
    shown = error_with_path(path, message)
    assert shown.startswith(path) and "LibreOffice did not finish converting" in shown


def test_odt_and_ofd_in_a_folder_are_read_and_damaged_ones_named_by_full_path(corpus, library):
    """A folder with a good .odt and .ofd beside a damaged one of each: the good ones are
    imported with the rest, each damaged one is an error naming its full path."""
    from odt_writer import write_odt
    from ofd_writer import Para, write_ofd

    corpus.write("good.txt", OFFICE)
    paras = [p.text for p in OFFICE.paragraphs()]
    write_odt(corpus.folder / "好.odt", "".join(f"<text:p>{p}</text:p>" for p in paras))
    write_ofd(
        corpus.folder / "好.ofd", [Para(OFFICE.metadata.title, "title")] + [Para(p) for p in paras]
    )
    (corpus.folder / "坏.odt").write_bytes(b"PK\x03\x04 damaged" + b"\0" * 100)
    (corpus.folder / "坏.ofd").write_bytes(b"not an ofd" * 30)
    last = run(library.add([corpus.folder]))
    assert last.added == 3
    by_name = {Path(p).name: (p, shown) for p, shown in _errors(last).items()}
    assert set(by_name) == {"坏.odt", "坏.ofd"}
    for path, shown in by_name.values():
        assert Path(path).is_absolute() and shown.startswith(path + ":") and "\n" not in shown
