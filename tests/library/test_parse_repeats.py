"""Reading a document gives the same result whatever was read before it and wherever it
is read: in this process after other documents, in either order, or in an import's worker
processes (session 37: an import once read corpus/scale/reports/gwr_national_2006.txt as
150 paragraphs where a fresh process read 151, its 第四… and 第五… in one run). No state
carries over between documents: the 150 is exactly the reading of the code before
aed9bfc (a heading typed onto the paragraph before it), which the import that showed it
ran; these tests hold the property on real texts and on a fixture of that very shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from holdout import skip_held_out
from libtest_helpers import run

from drafter.corpus import load_document
from drafter.corpus.display import count_paragraphs
from drafter.library import Library
from drafter.library import build as build_module
from drafter.library.cached_parse import decode_document


def reading(path: Path) -> str:
    """Everything a parse gives (outline, paragraphs, metadata) as one comparable string."""
    return json.dumps(load_document(path).to_json(), ensure_ascii=False, sort_keys=True)


def _real_texts(shared: Path) -> list[Path]:
    """Work reports, outline texts and speeches of ../shared: many numbered runs, headings
    typed onto paragraphs, several formats of header."""
    folders = ("corpus/scale/reports", "corpus/structure", "corpus/speeches/mao")
    paths = [p for f in folders for p in sorted((shared / f).iterdir()) if p.is_file()]
    return skip_held_out(paths, shared)


@pytest.mark.shared
def test_real_documents_read_alike_in_either_order_in_one_process(shared_dir):
    paths = _real_texts(shared_dir)
    assert len(paths) > 100
    forward = {p: reading(p) for p in paths}
    backward = {p: reading(p) for p in reversed(paths)}
    differ = [p.name for p in paths if forward[p] != backward[p]]
    assert differ == []


@pytest.mark.shared
def test_an_import_in_worker_processes_reads_as_a_fresh_process(shared_dir, tmp_path, monkeypatch):
    """The path of ``library add``: worker processes, each reading many documents in
    turn; every document's record and cached parse equal this process's own reading."""
    reports = shared_dir / "corpus" / "scale" / "reports"
    paths = skip_held_out(sorted(p for p in reports.iterdir() if p.is_file()), shared_dir)[:24]
    folder = tmp_path / "reports"
    folder.mkdir()
    for p in paths:
        (folder / p.name).symlink_to(p)
    pools = []
    monkeypatch.setattr(build_module.WorkerPool, "__init__", _counting(pools))
    with Library.open(tmp_path / "lib", workers=2) as lib:
        lib.IN_PROCESS_BYTES = 0  # worker processes even for this small batch
        last = run(lib.add([folder]))
        assert last.errors == [] and last.added == len(paths)
        assert pools, "the batch was read in worker processes"
        for info, _size, _mtime, blob in lib.export_records():
            fresh = load_document(info.path)
            assert info.paragraphs == count_paragraphs(fresh.paragraphs())[0], info.path
            assert decode_document(blob).to_json() == fresh.to_json(), info.path


def _counting(pools: list):
    """WorkerPool.__init__ that notes each pool it starts."""
    start = build_module.WorkerPool.__init__

    def init(self, *args, **kwargs):
        pools.append(self)
        start(self, *args, **kwargs)

    return init


# A report's paragraph with the next point typed onto it (第五 after 第四's sentences, 第六
# opening a paragraph of its own), and other documents whose runs differ.
GLUED = (
    "关于安全生产工作的报告\n\n"
    "切实加强安全生产工作。第一，压实责任。第二，完善政策。第三，推进重组。\n\n"
    "第四，加大安全投入。安排专项资金支持技术改造。第五，开展专项整治。继续打好攻坚战。\n\n"
    "第六，强化企业管理。加强基础工作和技能培训。第七，加强法制建设。严格执法。\n"
)
OTHERS = (
    "关于农村工作的报告\n\n一、稳定粮食生产\n\n要抓好春耕。二、增加农民收入\n\n三、改善农村面貌\n\n"
    "要建设美丽乡村。\n",
    "在全市会议上的讲话\n\n同志们：\n\n第一，认清形势。第二，明确任务。\n\n最后，抓好落实。\n",
    "工作要点\n\n（一）抓学习。（二）抓队伍。\n\n（三）抓作风。要久久为功。\n",
)


def _paragraphs(doc) -> list[str]:
    return [p.text for p in doc.paragraphs()]


def test_a_point_typed_onto_the_paragraph_before_reads_alike_everywhere(tmp_path, monkeypatch):
    """The shape that was read two ways: 第五 splits off 第四's paragraph whether the
    document is read first, after others, or in a worker process."""
    folder = tmp_path / "docs"
    folder.mkdir()
    glued = folder / "glued.txt"
    glued.write_text(GLUED, encoding="utf-8")
    for n, text in enumerate(OTHERS):
        (folder / f"other{n}.txt").write_text(text, encoding="utf-8")
    first = load_document(glued)
    texts = _paragraphs(first)
    assert any(t.startswith("第五，开展专项整治") for t in texts)
    assert not any("第五" in t for t in texts if t.startswith("第四"))
    for other in sorted(folder.glob("other*.txt")):
        load_document(other)
    assert load_document(glued).to_json() == first.to_json()
    pools = []
    monkeypatch.setattr(build_module.WorkerPool, "__init__", _counting(pools))
    with Library.open(tmp_path / "lib", workers=2) as lib:
        lib.IN_PROCESS_BYTES = 0
        assert run(lib.add([folder])).added == 4
        assert pools, "read in worker processes"
        (info,) = [d for d in lib.documents() if d.path == str(glued.resolve())]
        assert lib.load(info.id).to_json() == first.to_json()
        assert info.paragraphs == count_paragraphs(first.paragraphs())[0]
