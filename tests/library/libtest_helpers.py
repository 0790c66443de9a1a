"""Helpers for library tests: small libraries built from documents written in the test.

Most tests register the parsed :class:`Document` for each file they write (``corpus``
fixture), so metadata and outline are exactly what the test says and do not depend on
the reading pipeline, which has its own tests. A few tests read files through the real
pipeline (``real_files``) with looser assertions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main
from drafter.corpus import Document, Metadata, Outline, Section
from drafter.library import Library
from drafter.library import build as build_module


def speech(
    title: str,
    sections: list[tuple[str, str, list[str]]] | list[Section],
    *,
    speaker: str | None = None,
    date: str | None = None,
    genre: str | None = "讲话",
    occasion: str | None = None,
    preamble: list[str] | None = None,
    closing: list[str] | None = None,
) -> Document:
    """A Document; ``sections`` are (marker, heading, paragraphs) of level 1, or Sections."""
    built = [s if isinstance(s, Section) else Section(1, s[0], s[1], list(s[2])) for s in sections]
    return Document(
        path="",
        format="txt",
        metadata=Metadata(title=title, speaker=speaker, date=date, genre=genre, occasion=occasion),
        outline=Outline(preamble=list(preamble or []), sections=built, closing=list(closing or [])),
        raw_text="",
    )


class Corpus:
    """Files on disk whose parse is registered, so the library reads exactly ``doc``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.docs: dict[str, Document] = {}

    def write(self, name: str, doc: Document, *, salt: str = "") -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "\n".join(p.text for p in doc.paragraphs())
        path.write_text(f"{doc.metadata.title}\n{body}\n{salt}", encoding="utf-8")
        doc.path = str(path.resolve())
        doc.raw_text = path.read_text(encoding="utf-8")
        self.docs[str(path.resolve())] = doc
        return path

    def load(self, path) -> Document:
        key = str(Path(path).resolve())
        if key in self.docs:
            return self.docs[key]
        return _real_load(path)


_real_load = build_module.load_document


def run(generator):
    """Drain an add/sync/reindex generator; return the last progress."""
    last = None
    for progress in generator:
        last = progress
    return last


OFFICE = speech(
    "在全市优化营商环境工作会议上的讲话",
    [
        (
            "一、",
            "充分认识优化营商环境的重要意义",
            [
                "营商环境就是生产力。近年来，我们深化放管服改革，企业开办时间大幅压缩。",
                "我们要看到，高质量发展对营商环境提出了更高要求。",
            ],
        ),
        (
            "二、",
            "突出抓好重点任务",
            [
                "要推进政务服务一网通办，让企业少跑腿、好办事。",
                "要深化接诉即办改革，做到事事有回应。",
            ],
        ),
    ],
    speaker="张三",
    date="2024-03-05",
    genre="讲话",
    occasion="全市优化营商环境工作会议",
    preamble=["同志们：今天我们召开会议，部署优化营商环境工作。"],
    closing=["同志们，让我们共同努力，开创营商环境建设新局面！"],
)

SAFETY = speech(
    "在全县安全生产工作会议上的讲话",
    [
        (
            "一、",
            "清醒认识安全生产形势",
            [
                "安全生产责任重于泰山，煤矿安全要常抓不懈。",
                "交通运输领域安全生产形势依然严峻，要强化隐患排查。",
            ],
        ),
        (
            "二、",
            "压实安全生产责任",
            [
                "各乡镇要落实属地责任，推动高质量发展和高水平安全良性互动。",
            ],
        ),
    ],
    speaker="李四",
    date="2021-06-10",
    genre="讲话",
    occasion="全县安全生产工作会议",
)

RURAL = speech(
    "关于全面推进乡村振兴的工作报告",
    [
        (
            "一、",
            "乡村振兴取得新进展",
            [
                "全面推进乡村振兴，粮食生产再获丰收，农民收入稳步增长。",
                "营商环境持续改善，返乡创业人数明显增加。",
            ],
        ),
    ],
    speaker="王五",
    date="2019-12-20",
    genre="工作报告",
)


# Two parts announced by 现在讲学习。 / 现在讲工作。, sentences no heading rule takes: the
# text the CLI corrections tests promote a heading in, then change under the correction.
SPOKEN_PARTS = (
    "在全市学习工作会议上的讲话\n同志们：\n今天我讲两个问题。\n现在讲学习。\n"
    "学习是做好工作的前提，要在全市形成浓厚的学习风气，各级干部要带头读书学习。\n"
    "现在讲工作。\n过去一年的工作成绩很大，全市上下共同努力，各项指标都完成了。\n"
    "同志们，让我们共同努力，把各项工作做得更好！\n"
)


def corrected_cli_library(tmp_path: Path) -> tuple[Path, str, str]:
    """:data:`SPOKEN_PARTS` written to ``tmp_path/texts/讲话.txt``, added to the library at
    ``tmp_path/lib`` through ``drafter library add`` and its 现在讲学习。 stored as a level-1
    heading, as a user's correction: the state the CLI tests of corrections (names, 更正待复核)
    start from. Returns the file's path, the library folder (for ``--library``) and the id."""
    folder = tmp_path / "texts"
    folder.mkdir()
    path = folder / "讲话.txt"
    path.write_text(SPOKEN_PARTS, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(folder)]) == 0
    with Library.open(tmp_path / "lib") as library:
        doc_id = library.documents()[0].id
        para = next(p for p in library.load(doc_id).paragraphs() if p.text == "现在讲学习。")
        library.set_corrections(
            doc_id, [{"op": "heading", "para": para.index, "text": para.text, "level": 1}]
        )
    return path, lib, doc_id


def library_of_three(tmp: Path, open_library):
    """OFFICE, SAFETY and RURAL imported through a Corpus in ``tmp/docs`` into
    ``open_library(tmp)``: the library of the read-only search tests, made this one way for
    the local backend (test_search.py) and for each backend of the contract."""
    corpus = Corpus(tmp / "docs")
    corpus.folder.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(build_module, "load_document", corpus.load)
        library = open_library(tmp)
        corpus.write("office.txt", OFFICE)
        corpus.write("safety.txt", SAFETY)
        corpus.write("rural.txt", RURAL)
        run(library.add([corpus.folder]))
    return library


def add_speech(library, tmp_path: Path):
    """``(document, path)``: CORRECTIONS_SPEECH (tests/speech_samples.py) written to
    ``tmp_path/docs/speech.txt`` and added to ``library``, its only document; the text the
    corrections and parser-stamp tests replay their operations on."""
    from speech_samples import CORRECTIONS_SPEECH

    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "speech.txt"
    path.write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    run(library.add([path]))
    (doc,) = library.documents()
    return doc, path
