"""``drafter export FILE`` of a file the user corrected in the library (headings made, title
set) laid it out as first read: the outline-only export of a speech whose points had been
made headings held its title alone. A file the library holds unchanged with corrections
now exports as corrected, as ``drafter outline FILE`` shows it; without corrections, or once
the file changed, it is read as before."""

from __future__ import annotations

from cli_run import run_cli

from drafter.corpus.correction_ops import meta_op
from drafter.library import Library

LONG = "这件事要抓紧，各地要拿出具体办法，把任务分解到人，把责任落实到位，按月调度，年底考核。"
TEXT = "\n".join(
    [
        "这次会议开得很好，大家畅所欲言，提了许多好的意见。这是第一点。",
        "第二点，讲一讲作风。" + LONG,
        "第三点，讲一讲农业。" + LONG,
    ]
)


def _export(capsys, lib_dir, path, out) -> str:
    """``drafter --library LIB export FILE --outline-only -o OUT`` (in this process:
    tests/cli_run.py says why) and what it wrote."""
    run_cli(
        capsys, "--library", str(lib_dir), "export", str(path), "--outline-only", "-o", str(out)
    )
    return out.read_text(encoding="utf-8")


def test_a_corrected_file_exports_as_corrected(tmp_path, capsys):
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        list(lib.add([path]))
        doc_id = lib.documents()[0].id
        before = _export(capsys, tmp_path / "lib", path, tmp_path / "before.md")
        assert "讲一讲作风" not in before
        texts = [p.text for p in lib.load(doc_id).paragraphs()]
        ops = [meta_op("title", "在全县工作会议上的讲话")]
        ops += [
            {"op": "heading", "para": texts.index(t), "text": t, "level": 1}
            for t in texts
            if t.startswith(("第二点", "第三点"))
        ]
        lib.set_corrections(doc_id, ops)
    out = _export(capsys, tmp_path / "lib", path, tmp_path / "after.md")
    assert out.startswith("# 在全县工作会议上的讲话")
    assert "讲一讲作风" in out and "讲一讲农业" in out
    path.write_text(TEXT + "\n" + LONG, encoding="utf-8")  # changed: read afresh
    assert "讲一讲作风" not in _export(capsys, tmp_path / "lib", path, tmp_path / "changed.md")
