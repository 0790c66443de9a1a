"""The Whoosh index of paragraphs: schema, a fast segment writer, and index housekeeping.

One Whoosh document per paragraph (the unit a writer pulls into a draft). Only what a
search result needs is stored (document id, paragraph index, text, heading path, heading
flag); everything else about a document lives in the catalogue.

Whoosh's generic ``add_document`` runs an analyzer, pickles each posting's positions and
pushes every posting through an external merge sort, and its commit re-reads field
lengths from disk for every posting. That is most of the time of a naive build. Our
paragraphs arrive already segmented, so :class:`ParagraphWriter` adds postings directly,
groups them by term in memory (sorting only the distinct terms), encodes positions as a
packed array, and keeps field lengths in memory. The files it writes are ordinary Whoosh
segments, read by the stock searcher.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import columns, fields, index
from whoosh.analysis import RegexTokenizer
from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Positions
from whoosh.system import _INT_SIZE, pack_uint, unpack_uint
from whoosh.writing import SegmentWriter

INDEX_NAME = "paragraphs"
HEADING_BOOST = 2.0
# A worker closes its segment when it holds this many postings, which bounds its memory
# (about 55 bytes a posting while grouped: a worker peaks near 170 MB) and keeps the
# number of segments small (about ten for the 62 MB benchmark corpus).
SEGMENT_POSTINGS = 2_000_000


class PackedPositions(Positions):
    """Positions stored as a packed array instead of a pickled list of deltas.

    Same information and the same decoders Whoosh's phrase and span queries use; encoding
    is a single ``array.tobytes`` call, which matters when a build writes millions of
    postings.
    """

    def encode(self, poslist) -> bytes:
        """Positions as count + type code + packed array (16-bit when every position fits); a single
        position uses a precomputed value.
        """
        if len(poslist) == 1 and poslist[0] < len(_SINGLE):
            return _SINGLE[poslist[0]]
        code = "H" if poslist[-1] < 65536 else "I"
        return pack_uint(len(poslist)) + code.encode() + array(code, poslist).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        """The positions of a posting, as Whoosh's phrase and span queries ask for them."""
        code = chr(valuestring[_INT_SIZE])
        positions = array(code)
        positions.frombytes(valuestring[_INT_SIZE + 1 :])
        return positions.tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        """How often the word occurs in the paragraph (the count stored first)."""
        return unpack_uint(valuestring[:_INT_SIZE])[0]

    def word_values(self, value, analyzer, **kwargs):
        """Whoosh's generic path (it analyses a value itself); Drafter writes pre-segmented postings
        and never reaches it, but the format must stay complete.
        """
        # Only reached when Whoosh itself analyzes a value (never in Drafter's own paths).
        poses: dict[str, list[int]] = {}
        for t in analyzer(value, positions=True, **kwargs):
            poses.setdefault(t.text, []).append(t.pos)
        for word, poslist in poses.items():
            yield word, len(poslist), len(poslist) * self.field_boost, self.encode(poslist)


# Most terms occur once in a paragraph: their encodings are computed once per process.
_SINGLE = [pack_uint(1) + b"H" + array("H", [pos]).tobytes() for pos in range(4096)]


def make_schema() -> fields.Schema:
    """The paragraph schema.

    ``text`` is fed pre-segmented terms by :class:`ParagraphWriter`; the analyzer kept in
    the schema is only what Whoosh's own tools would use, since every Drafter query is
    built from the library's :class:`~drafter.library.analyzer.Segmenter`. ``year``,
    ``genre`` and ``speaker`` are single terms per paragraph so field filters are plain
    term lookups; ``date`` is a column (YYYYMMDD, 0 when unknown) for sorting by date.
    """
    text = fields.TEXT(analyzer=RegexTokenizer(), phrase=True)
    text.format = PackedPositions(field_boost=1.0)
    return fields.Schema(
        doc=fields.ID,
        year=fields.ID,
        genre=fields.ID,
        speaker=fields.ID,
        h=fields.ID,
        text=text,
        date=fields.COLUMN(fields.columns.NumericColumn("I", default=0)),
        # (document id, paragraph index, text, section path, is_heading) for results;
        # a plain column: no per-paragraph deflate, read by docnum
        para=fields.COLUMN(columns.PickleColumn(columns.VarBytesColumn())),
    )


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's W3 posting writer, deflating only blocks big enough to gain from it.

    Whoosh means to skip blocks under 20 bytes but a slip in ``_write_block`` deflates
    every block; most terms have one or two postings, so that is most of the calls. The
    block header records whether a block is compressed, so the stock reader reads both.
    """

    def finish_postings(self):
        # Whoosh's inlining calls a misspelt method (set_inline); the reader supports
        # inlined postings, so do it right: a term with one posting lives in the term
        # table and writes no block at all.
        terminfo = self._terminfo
        if not self.written() and len(self) < self._inlinelimit:
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
            self._terminfo = None
            return terminfo
        return super().finish_postings()

    def _write_block(self, last: bool = False) -> None:
        if len(self._ids) < 8:
            saved, self._compression = self._compression, 0
            try:
                super()._write_block(last)
            finally:
                self._compression = saved
        else:
            super()._write_block(last)


class _Codec(W3Codec):
    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


class _GroupingPool:
    """Postings grouped by (field, term) in memory; replaces Whoosh's sorting pool.

    Each group is three parallel containers (docnums, weights, encoded positions).
    Documents are added in docnum order, so each group is already sorted and only the
    distinct keys need sorting when the segment is written.
    """

    def __init__(self) -> None:
        # The text field, keyed by the term itself (UTF-8 byte order is code point order,
        # so sorting the strings sorts the terms the way Whoosh stores them).
        self.text: dict[str, tuple[array, array, list]] = {}
        self.groups: dict[tuple[str, bytes], tuple[array, array, list]] = {}
        self.count = 0

    def group(self, key: tuple[str, bytes]) -> tuple[array, array, list]:
        found = self.groups.get(key)
        if found is None:
            self.groups[key] = found = (array("I"), array("f"), [])
        return found

    def add(self, item) -> None:
        """Whoosh's pool interface (used when segments are merged)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        if fieldname == "text":
            term = tbytes.decode("utf-8")
            found = self.text.get(term)
            if found is None:
                self.text[term] = found = (array("I"), array("f"), [])
            ids, weights, values = found
        else:
            ids, weights, values = self.group((fieldname, tbytes))
        ids.append(docnum)
        weights.append(weight)
        if vbytes:
            values.append(vbytes)
        self.count += 1

    @property
    def fieldnames(self) -> set[str]:
        return {name for name, _ in self.groups} | ({"text"} if self.text else set())

    def sorted_groups(self):
        """((fieldname, term bytes), group) in Whoosh's order: by field, then term."""
        keys = sorted(self.groups)
        text_keys = sorted(self.text)
        rest = iter(keys)
        for key in rest:
            if key[0] > "text" and text_keys:
                for term in text_keys:
                    yield ("text", term.encode("utf-8")), self.text[term]
                text_keys = None
            yield key, self.groups[key]
        if text_keys:
            for term in text_keys:
                yield ("text", term.encode("utf-8")), self.text[term]

    def iter_postings(self):
        for key, (ids, weights, values) in self.sorted_groups():
            fieldname, tbytes = key
            if values:
                for docnum, weight, vbytes in zip(ids, weights, values):
                    yield fieldname, tbytes, docnum, weight, vbytes
            else:
                for docnum, weight in zip(ids, weights):
                    yield fieldname, tbytes, docnum, weight, b""

    def save(self) -> None:
        pass

    def cleanup(self) -> None:
        self.groups = {}
        self.text = {}


class ParagraphWriter(SegmentWriter):
    """A Whoosh segment writer for pre-segmented paragraphs (see module docstring)."""

    def __init__(self, ix, lock: bool = True, **kwargs) -> None:
        super().__init__(
            ix, _lk=lock, codec=_Codec(compression=1, inlinelimit=2), compound=False, **kwargs
        )
        self.pool = _GroupingPool()
        self._lengths = array("I")  # text field length by docnum (this segment only)
        self._generic = False
        self._facets_of: dict | None = None
        self._facets_doc: str | None = None
        self._facet_groups: list = []
        self._encode = self.schema["text"].format.encode
        self._date_column = self.schema["date"].column_type
        self._para_column = self.schema["para"].column_type

    @property
    def pending_postings(self) -> int:
        """Postings buffered in memory; the builder flushes a segment when it grows too large."""
        return self.pool.count

    def add_paragraph(
        self,
        doc_id: str,
        index: int,
        text: str,
        section: list[str],
        is_heading: bool,
        terms: dict[str, list[int]],
        length: int,
        facets: dict[str, str | None],
        date: int,
    ) -> None:
        """Add one paragraph: ``terms`` maps each term to its positions (see
        :meth:`Segmenter.index_terms`), ``length`` counts its words, ``facets`` holds
        the year/genre/speaker terms (None = unknown)."""
        docnum = self.docnum
        text_groups = self.pool.text
        boost = HEADING_BOOST if is_heading else 1.0
        encode = self._encode
        single = _SINGLE
        nsingle = len(_SINGLE)
        for term, poslist in terms.items():
            found = text_groups.get(term)
            if found is None:
                text_groups[term] = found = (array("I"), array("f"), [])
            found[0].append(docnum)
            if len(poslist) == 1:
                found[1].append(boost)
                pos = poslist[0]
                found[2].append(single[pos] if pos < nsingle else encode(poslist))
            else:
                found[1].append(len(poslist) * boost)
                found[2].append(encode(poslist))
        if facets is not self._facets_of or doc_id != self._facets_doc:
            # the same facets for every paragraph of a document: look the groups up once
            group = self.pool.group
            self._facets_of, self._facets_doc = facets, doc_id
            self._facet_groups = [
                group((name, value.encode("utf-8")))
                for name, value in (
                    ("doc", doc_id),
                    ("genre", facets.get("genre")),
                    ("speaker", facets.get("speaker")),
                    ("year", facets.get("year")),
                )
                if value
            ]
        facet_groups = self._facet_groups
        if is_heading:  # only headings get the "h" term: the headings scope
            facet_groups = [*facet_groups, self.pool.group(("h", b"1"))]
        for ids, weights, _ in facet_groups:
            ids.append(docnum)
            weights.append(1.0)
        count = len(terms) + len(facet_groups)
        self.pool.count += count

        pdw = self.perdocwriter
        pdw.start_doc(docnum)
        if length:
            pdw.add_field("text", None, None, length)
        self._lengths.append(length)
        pdw.add_column_value("date", self._date_column, date)
        pdw.add_column_value("para", self._para_column, (doc_id, index, text, section, is_heading))
        pdw.finish_doc()
        self._added = True
        self.docnum += 1

    def add_document(self, **fields) -> None:
        """Whoosh's generic path; switches the writer to generic length handling, since such
        documents bypass the fast path.
        """
        self._generic = True
        super().add_document(**fields)

    def add_reader(self, reader) -> None:
        """Whoosh's merge path; switches to generic length handling (merged documents' lengths are
        on disk only).
        """
        # Merging copies documents the generic way; their lengths are then on disk only.
        self._generic = True
        super().add_reader(reader)

    def _flush_segment(self) -> None:
        if self._generic:
            super()._flush_segment()
            return
        self.perdocwriter.close()
        _write_postings(self.fieldwriter, self.schema, self.pool.sorted_groups(), self._lengths)
        self.fieldwriter.close()

    def finish_segment(self):
        """Close this writer's segment without touching the index's table of contents and
        return it, for a parent writer to commit (see :func:`commit_segments`)."""
        if not self._added:
            self._close_segment()
            return None
        return self._finalize_segment()


def _write_postings(fieldwriter, schema, groups: Iterable, lengths: array) -> None:
    """Write grouped postings block by block straight into Whoosh's W3 posting writer.

    This is what ``FieldWriter.add_postings`` does one posting at a time (several method
    calls and type checks per posting); here a whole block of 128 postings is handed
    over at once. Block statistics (max weight, min/max field length) are computed the
    same way, so the stock reader's block skipping works unchanged.
    """
    current = None
    scored = False
    for (fieldname, tbytes), (ids, weights, values) in groups:
        if fieldname != current:
            if current is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            current = fieldname
            scored = schema[fieldname].scorable
        fieldwriter.start_term(tbytes)
        pw = fieldwriter._postwriter
        limit = pw._blocklimit
        n = len(ids)
        for start in range(0, n, limit):
            end = start + limit
            block_ids = ids[start:end]
            block_weights = weights[start:end]
            pw._ids = block_ids
            pw._weights = block_weights
            pw._values = values[start:end]
            pw._maxweight = max(block_weights)
            if scored:
                block_lengths = [lengths[d] for d in block_ids]
                pw._minlength = min(block_lengths) or None
                pw._maxlength = max(block_lengths)
            if end < n:
                pw._write_block()
        fieldwriter.finish_term()
    if current is not None:
        fieldwriter.finish_field()


def open_index(path: Path) -> index.FileIndex:
    """Open the paragraph index in ``path``, creating an empty one if there is none."""
    path.mkdir(parents=True, exist_ok=True)
    storage = FileStorage(str(path))
    if index.exists_in(str(path), indexname=INDEX_NAME):
        return storage.open_index(INDEX_NAME)
    return storage.create_index(make_schema(), indexname=INDEX_NAME)


def commit_segments(
    writer: ParagraphWriter, segments: Iterable, merge_small: bool = True, *, partial: bool = False
) -> None:
    """Commit ``writer`` (its deletions and own paragraphs) together with segments written
    by worker processes, in one atomic update of the table of contents.

    Big segments are never merged here (Whoosh merges in pure Python, which would double
    a build); only tiny segments left by many small syncs are folded together.

    ``partial`` is a commit in the middle of an import (a chunk made durable while worker
    processes go on writing their next segments into the same folder): nothing is merged
    and nothing tidied, for Whoosh's tidying deletes every segment file the table of
    contents does not name and empties the shared temporary folder, which are the files
    the workers are writing. The import's last commit tidies.
    """
    from whoosh.index import TOC
    from whoosh.writing import NO_MERGE

    extra = [s for s in segments if s is not None]
    if partial:
        final = writer._merge_segments(NO_MERGE, False, False)
        if writer._added:
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        final.extend(extra)
        TOC(writer.schema, final, writer.generation).write(writer.storage, writer.indexname)
        writer.is_closed = True
        if writer.writelock:
            writer.writelock.release()
        return
    if not extra and not merge_small:
        writer.commit(merge=False)
        return
    if not extra:
        writer.commit(mergetype=_merge_tiny)
        return
    final = writer._merge_segments(_merge_tiny if merge_small else NO_MERGE, False, True)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    final.extend(extra)
    writer._commit_toc(final)
    writer._finish()


# Segments under this many paragraphs are "tiny" (one document's re-index, a small sync);
# they are merged by tiers (see :func:`merge_plan`), which needs MERGE_TINY_AT of them.
TINY_PARAGRAPHS = 2000
MERGE_TINY_AT = 4
# Tiers: a tiny segment of up to TIER_FLOOR paragraphs is in tier 0, one MERGE_TINY_AT
# times larger in tier 1, and so on (a long speech re-indexed is 100-200 paragraphs).
TIER_FLOOR = 100


def tiny_segments(ix: index.FileIndex) -> int:
    """How many tiny segments the index holds now: each correction saved leaves one (its
    save does not merge), and a search reads every segment, so the app's idle merge
    (:mod:`drafter.library.index_merge`) and the next sync or import merge them by tiers
    (:func:`merge_plan`)."""
    return sum(1 for s in ix._segments() if s.doc_count_all() < TINY_PARAGRAPHS)


@dataclass
class MergePlan:
    """What one merge does with the index's segments (see :func:`merge_plan`)."""

    dropped: list  # segments whose paragraphs are all deleted: left out, never read
    copied: list  # tiny segments of one tier (and the smaller ones) copied into one

    def __bool__(self) -> bool:
        return bool(self.dropped or self.copied)


def tier(segment) -> int:
    """The tier of a tiny segment by its size (deleted paragraphs count: copying reads them)."""
    size, level = segment.doc_count_all(), 0
    while size >= TIER_FLOOR * MERGE_TINY_AT ** (level + 1):
        level += 1
    return level


def merge_plan(segments) -> MergePlan:
    """Which segments a merge folds together, as log-structured merges choose: tiny
    segments of similar size (one tier) once MERGE_TINY_AT of them exist, with the
    smaller tiers' few segments, never a larger segment that the ones added since have
    not caught up with. Before, every merge copied all tiny segments, the largest of them
    (grown to ~1,800 paragraphs by earlier merges) again and again: a merge's work now
    stays proportional to what was added since, while at most MERGE_TINY_AT - 1 segments
    wait in each of the few tiers (searches read every segment).

    Segments whose paragraphs were all deleted (a document corrected again re-indexes into
    a new segment and deletes its old one) are dropped at no cost, at any size. Nothing
    is done (an empty plan) while fewer than MERGE_TINY_AT segments are tiny."""
    tiny = [s for s in segments if s.doc_count_all() < TINY_PARAGRAPHS]
    if len(tiny) < MERGE_TINY_AT:
        return MergePlan([], [])
    dropped = [s for s in segments if not s.doc_count()]
    tiers: dict[int, list] = {}
    for s in tiny:
        if s.doc_count():
            tiers.setdefault(tier(s), []).append(s)
    copied: list = []
    for level in sorted(tiers):
        copied += tiers[level]
        if len(tiers[level]) >= MERGE_TINY_AT:
            break
    else:
        copied = []
    return MergePlan(dropped, copied)


def needs_merge(ix: index.FileIndex) -> bool:
    """Whether :func:`merge_plan` has something to do on the index as it is now."""
    return bool(merge_plan(ix._segments()))


def _merge_tiny(writer, segments):
    """Merge policy of a sync's or an import's commit: :func:`merge_plan`'s segments."""
    from whoosh.reading import SegmentReader

    plan = merge_plan(segments)
    if not plan:
        return segments
    gone = {id(s) for s in plan.dropped + plan.copied}
    keep = [s for s in segments if id(s) not in gone]
    for seg in plan.copied:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return keep


def index_bytes(path: Path) -> int:
    """Size on disk of the index folder (0 when there is none yet), for ``library info``:
    Whoosh keeps no total of its own, and a folder with old segments shows here what a
    re-index or optimisation would free."""
    if not path.is_dir():
        return 0
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def remove_index(path: Path) -> None:
    """Delete an index folder; open readers elsewhere keep their files on POSIX."""
    with contextlib.suppress(OSError):
        shutil.rmtree(path, ignore_errors=sys.platform == "win32")
