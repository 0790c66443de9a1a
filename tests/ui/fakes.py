"""A small in-memory stand-in for drafter.library.Library, for panel tests that must not
depend on indexing. It follows the Library API (names and shapes) closely."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path


class LibraryError(Exception):
    pass


class QueryError(LibraryError):
    pass


@dataclass
class DocumentInfo:
    id: str
    path: str
    title: str | None = None
    speaker: str | None = None
    post: str | None = None
    date: str | None = None
    genre: str | None = None
    occasion: str | None = None
    level: str | None = None
    source: str | None = None
    format: str = "txt"
    paragraphs: int = 0
    chars: int = 0
    added: str = ""
    sha256: str = ""


@dataclass
class ImportProgress:
    done_files: int
    total_files: int
    done_bytes: int
    total_bytes: int
    current: str | None
    errors: list = field(default_factory=list)
    phase: str = "import"


@dataclass
class SearchHit:
    score: float
    document: DocumentInfo
    section: list
    paragraph_index: int
    is_heading: bool
    text: str
    highlights: list


@dataclass
class SearchResults:
    query: str
    total: int
    elapsed_ms: float
    hits: list


@dataclass
class FakeParagraph:
    index: int
    text: str
    section: list
    is_heading: bool
    part: str = "body"


@dataclass
class FakeMetadata:
    title: str | None = None
    speaker: str | None = None
    post: str | None = None
    date: str | None = None
    occasion: str | None = None
    genre: str | None = None
    level: str | None = None
    source: str | None = None


class FakeDocument:
    def __init__(self, path: str, text: str):
        self.path = path
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        self.metadata = FakeMetadata(title=lines[0] if lines else None, genre="讲话")
        date = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
        if date:
            y, m, d = date.groups()
            self.metadata.date = f"{y}-{int(m):02d}-{int(d):02d}"
        self._paras: list[FakeParagraph] = []
        path_stack: list[str] = []
        for line in lines[1:]:
            level = 1 if re.match(r"^[一二三四五六七八九十]+、", line) else 0
            level = 2 if re.match(r"^（[一二三四五六七八九十]+）", line) else level
            if level:
                path_stack = [*path_stack[: level - 1], line]
                self._paras.append(FakeParagraph(len(self._paras), line, list(path_stack), True))
            else:
                self._paras.append(FakeParagraph(len(self._paras), line, list(path_stack), False))

    def paragraphs(self):
        return list(self._paras)


class FakeLibrary:
    """Documents in memory; search is a substring AND over whitespace-separated terms."""

    def __init__(self, root: Path, delay_s: float = 0.0):
        self.root = Path(root)
        self._docs: dict[str, tuple[DocumentInfo, FakeDocument]] = {}
        self._watched: list[str] = []
        self._words: list[str] = []
        self.delay_s = delay_s

    @classmethod
    def open(cls, root, create=True):
        return cls(root)

    def add(self, paths, cancel=None):
        files: list[Path] = []
        for p in map(Path, paths):
            files.extend(sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p])
        total_bytes = sum(f.stat().st_size for f in files if f.exists())
        done_bytes, errors = 0, []
        for i, f in enumerate(files):
            if cancel is not None and cancel():
                return
            if self.delay_s:
                time.sleep(self.delay_s)
            try:
                text = f.read_text(encoding="utf-8")
                self._add_text(str(f), text)
                done_bytes += f.stat().st_size
            except (OSError, UnicodeDecodeError) as exc:
                errors.append((str(f), f"{f.name}: 无法读取（{exc.__class__.__name__}）"))
            yield ImportProgress(i + 1, len(files), done_bytes, total_bytes, str(f), list(errors))

    def sync(self, folder, cancel=None):
        yield from self.add([folder], cancel)

    def _add_text(self, path: str, text: str) -> DocumentInfo:
        doc = FakeDocument(path, text)
        doc_id = f"d{abs(hash(path)) % 10**8:08d}"
        paras = doc.paragraphs()
        info = DocumentInfo(
            id=doc_id,
            path=path,
            title=doc.metadata.title,
            date=doc.metadata.date,
            genre="讲话",
            paragraphs=len(paras),
            chars=sum(len(p.text) for p in paras),
        )
        self._docs[doc_id] = (info, doc)
        return info

    def documents(self):
        return [info for info, _ in self._docs.values()]

    def document(self, doc_id):
        return self._docs[doc_id][0]

    def document_at(self, path):
        return next((d for d in self.documents() if d.path == path), None)

    def load(self, doc_id):
        return self._docs[doc_id][1]

    def remove(self, id_or_path):
        for key, (info, _) in list(self._docs.items()):
            if key == id_or_path or info.path == str(id_or_path):
                del self._docs[key]

    def search(self, query, limit=20, sort="relevance", headings_only=False, filters=None):
        start = time.perf_counter()
        terms = query.split()
        if not terms or any(t.startswith('"') and not t.endswith('"') for t in terms):
            raise QueryError(f"无法解析检索式：{query}")
        hits = []
        for info, doc in self._docs.values():
            for p in doc.paragraphs():
                if headings_only and not p.is_heading:
                    continue
                if all(t in p.text for t in terms):
                    spans = []
                    for t in terms:
                        for m in re.finditer(re.escape(t), p.text):
                            spans.append((m.start(), m.end()))
                    hits.append(
                        SearchHit(
                            float(len(spans)),
                            info,
                            p.section,
                            p.index,
                            p.is_heading,
                            p.text,
                            sorted(spans),
                        )
                    )
        if sort == "date":
            hits.sort(key=lambda h: h.document.date or "", reverse=True)
        else:
            hits.sort(key=lambda h: -h.score)
        elapsed = (time.perf_counter() - start) * 1000
        return SearchResults(query, len(hits), elapsed, hits[:limit])

    def info(self):
        return {"documents": len(self._docs)}

    def words(self):
        return list(self._words)

    def add_words(self, ws):
        self._words.extend(ws)

    def remove_words(self, ws):
        self._words = [w for w in self._words if w not in ws]

    def watched_folders(self):
        return list(self._watched)

    def watch(self, folder):
        if str(folder) not in self._watched:
            self._watched.append(str(folder))

    def unwatch(self, folder):
        self._watched = [f for f in self._watched if f != str(folder)]

    def close(self):
        pass


SPEECH = """在全市办公室工作会议上的讲话
2024年3月1日
同志们：
今天召开全市办公室工作会议，主要任务是总结工作、部署任务。
一、提高政治站位，切实增强做好办公室工作的责任感
办公室是党委的参谋部，必须始终坚持政治机关定位。
（一）坚持围绕中心服务大局
要把服务大局作为办公室工作的出发点和落脚点，提高服务质量。
二、突出工作重点，全面提升服务水平
要抓好文稿起草、会务组织和督查督办，提升服务水平。
（一）提高文稿质量
文稿是办公室工作的重要内容，要在提高质量上下功夫。
三、加强自身建设，打造过硬队伍
同志们，让我们共同努力，推动办公室工作再上新台阶！
"""


def write_corpus(folder: Path, count: int = 3) -> list[Path]:
    """Write ``count`` small speeches into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"speech_{i:03d}.txt"
        text = SPEECH.replace("全市", ["全市", "全区", "全县"][i % 3]).replace(
            "2024年3月1日", f"{2020 + i % 5}年{1 + i % 12}月{1 + i % 28}日"
        )
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
