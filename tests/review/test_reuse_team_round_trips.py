"""Review's reuse (查重) index over a team library reads the documents in batches.

A machine's first opening of a team library builds the index from every document. It
loaded them one by one, 4–5 round trips each: about 550 requests for a hundred documents
of the benchmark, a minute at 100 ms per round trip (bench/results/team_window.md). Now a
batch of documents is one query (``load_many``), which gives what ``load`` gives each, the
user's corrections replayed; a review reads its candidates' texts together too. Counted
through a delay line (tests/pg_slow_link.py) at no delay: it counts what the client
sends."""

from __future__ import annotations

from urllib.parse import urlsplit

from pg_slow_link import SlowLink

from drafter.library import open_library
from drafter.review.reuse import BATCH, ReuseIndex

N = 45


WORDS = [
    "交通",
    "水利",
    "产业园区",
    "乡村振兴",
    "营商环境",
    "安全生产",
    "生态环保",
    "招商引资",
    "民生实事",
    "基层治理",
    "项目建设",
    "要素保障",
    "科技创新",
    "文旅融合",
    "城市更新",
    "粮食安全",
    "就业创业",
    "医疗卫生",
    "教育均衡",
    "数字政府",
    "应急管理",
    "信访维稳",
    "作风建设",
    "考核评价",
    "资金监管",
    "用地保障",
    "人才引进",
    "开放合作",
]


def _paragraph(seed: int) -> str:
    """A long paragraph of our own, different for every seed."""
    import random

    pick = random.Random(seed).sample(WORDS, 12)
    return "，".join(f"{a}和{b}要统筹推进" for a, b in zip(pick[::2], pick[1::2])) + "。"


def _texts(folder, n: int) -> None:
    """``n`` speeches of our own, each with two long paragraphs of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"s{k:03d}.txt").write_text(
            f"在第{k}次全县重点工作推进会上的讲话\n同志们：\n"
            f"一、第{k}批任务要早部署\n{_paragraph(2 * k)}\n"
            f"二、第{k}批要素要保障好\n{_paragraph(2 * k + 1)}\n",
            encoding="utf-8",
        )


def _shape(doc) -> list:
    return [(p.index, p.text, p.is_heading) for p in doc.paragraphs()]


def test_reuse_index_reads_a_team_library_in_batches(pg_cluster, pg_url, tmp_path):
    folder = tmp_path / "docs"
    _texts(folder, N)
    with open_library(pg_url, workers=1, local_dir=tmp_path / "fast") as fast:
        list(fast.add([folder]))
        docs = fast.documents()
        corrected = docs[3].id
        fast.edit_metadata(corrected, title="更正后的标题")
    name = urlsplit(pg_url).path.lstrip("/")
    with SlowLink(pg_cluster.base, pg_cluster.port, delay=0) as link:
        library = open_library(link.url(name), workers=1, local_dir=tmp_path / "new-machine")
        try:
            ids = [d.id for d in docs]
            many = library.load_many([*ids, "no-such-document"])
            assert sorted(many) == sorted(ids)  # one gone: left out
            for doc_id in ids[:5]:
                one = library.load(doc_id)
                assert _shape(many[doc_id]) == _shape(one)
                assert many[doc_id].metadata.title == one.metadata.title
            assert many[corrected].metadata.title == "更正后的标题"  # corrections replayed

            index = ReuseIndex.open(library)
            sent = link.requests
            assert index.stale()
            list(index.update())
            built = link.requests - sent
            assert not index.stale()
            # before: a load per document, 4–5 requests each (over 180 here)
            batches = -(-N // BATCH)
            assert built <= 2 * batches + 8, built

            # a draft repeating a paragraph of each of five documents: their texts are
            # read together
            draft = [_shape(many[i])[-1][1] for i in ids[10:15]]
            sent = link.requests
            found = index.find(draft)
            assert sorted(m.doc_id for m in found.values()) == sorted(ids[10:15])
            assert link.requests - sent <= 2
            index.close()
        finally:
            library.close()
