"""Merging the index's tiny segments aside, so no save waits for it.

Each correction saved re-indexes one document into a segment of its own, and a search
reads every segment, so they must be folded together now and then. Whoosh merges in pure
Python (10 s of CPU for 32 segments on a library of real speeches) and, inside a commit,
under the write lock: a save that had to merge, or one queued behind a merging sync, made
the user wait for it. Here the merge is done in two steps:

1. :func:`merge_aside`, without the library's write lock: the paragraphs of the tiny
   segments :func:`~drafter.library.index.merge_plan` picks (one tier of similar sizes, so
   a merge copies what was added since the last one, not the larger segments again) are
   copied into one new segment written in a side folder (the index folder's own commits
   delete any segment file their table of contents does not name, so it cannot be written
   there). ``cancel`` is polled between segments; a cancelled merge leaves nothing behind.
2. :func:`swap_in`, under the write lock (held for a rename and a table of contents, a
   few milliseconds): the new segment's files move into the index folder and one new
   table of contents names it in place of the segments it holds (and of the segments
   whose paragraphs were all deleted, dropped unread). Paragraphs deleted from
   those segments meanwhile (a save re-indexed their document) are deleted from it too;
   a segment gone meanwhile (a sync merged it) makes the swap give up, changing nothing.

Either way the index a search reads is always a whole generation: the merge is as atomic
as any commit.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from drafter.library import index as ix_mod

# Side folders are made under the library as ``merging-*``, one per merge (the app's idle
# merge and a re-parse's may run at once); one left by a merge the app was killed in is
# removed by the next merge once it is this old.
SIDE_PREFIX = "merging-"
LEFT_OVER_S = 3600


@dataclass
class MergedAside:
    """A merged segment written in the side folder, not yet part of the index."""

    folder: Path | None  # the side folder holding its files (None: nothing copied)
    segment: object  # the new Whoosh segment (None: nothing copied)
    merged: list = field(default_factory=list)  # the segments it holds, as they were read
    dropped: list = field(default_factory=list)  # segments all deleted, left out unread

    def discard(self) -> None:
        """Remove the side folder (a merge given up, or swapped in already)."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def merge_aside(index, root: Path, cancel: Callable[[], bool]) -> MergedAside | None:
    """Copy the tiny segments :func:`~drafter.library.index.merge_plan` picks in ``index``
    into one new segment written in a side folder made under ``root`` (the library's
    folder); None when the plan is empty or ``cancel()`` turned true. Needs no lock: it
    only reads segments, which are never changed in place."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.reading import SegmentReader

    plan = ix_mod.merge_plan(index._segments())
    if not plan or cancel():
        return None
    if not plan.copied:  # only segments to drop: nothing to write
        return MergedAside(None, None, [], plan.dropped)
    _remove_left_over(root)
    side = Path(tempfile.mkdtemp(prefix=SIDE_PREFIX, dir=root))
    aside = MergedAside(side, None, plan.copied, plan.dropped)
    try:
        storage = FileStorage(str(side))
        target = storage.create_index(index.schema, indexname=ix_mod.INDEX_NAME)
        writer = ix_mod.ParagraphWriter(target, lock=False)
        try:
            for seg in plan.copied:
                if cancel():
                    writer.cancel()
                    aside.discard()
                    return None
                reader = SegmentReader(index.storage, index.schema, seg)
                try:
                    writer.add_reader(reader)
                finally:
                    reader.close()
            if cancel():
                writer.cancel()
                aside.discard()
                return None
            aside.segment = writer._finalize_segment()
            writer._finish()
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
    except BaseException:
        aside.discard()
        raise
    return aside


def _remove_left_over(root: Path) -> None:
    """Remove side folders a merge cut off by a kill left behind (see :data:`SIDE_PREFIX`)."""
    for entry in root.glob(SIDE_PREFIX + "*"):
        try:
            old = time.time() - entry.stat().st_mtime > LEFT_OVER_S
        except OSError:
            continue
        if old:
            shutil.rmtree(entry, ignore_errors=True)


def swap_in(index, aside: MergedAside) -> bool:
    """Put the merged segment in place of the segments it holds (caller holds the
    library's write lock); False, with nothing changed, when one of them is gone from the
    index meanwhile. Always removes the side folder."""
    from whoosh.index import TOC, clean_files

    try:
        toc = index._read_toc()
        now = {s.segment_id(): s for s in toc.segments}
        if any(s.segment_id() not in now for s in aside.merged + aside.dropped):
            return False
        new = aside.segment
        base = 0
        for old in aside.merged:
            # the merge copied the live paragraphs in order: the k-th live one of this
            # segment became ``base + k``; what a save deleted since goes there too
            before = set(old.deleted_docs())
            live = [d for d in range(old.doc_count_all()) if d not in before]
            deleted_now = set(now[old.segment_id()].deleted_docs()) - before
            for k, docnum in enumerate(live):
                if docnum in deleted_now:
                    new.delete_document(base + k)
            base += len(live)
        names = {s.segment_id() for s in aside.merged + aside.dropped}
        segments = [s for s in toc.segments if s.segment_id() not in names]
        if new is not None:
            prefix = new.segment_id() + "."
            target = Path(index.storage.folder)
            for name in os.listdir(aside.folder):
                if name.startswith(prefix):  # the index folder and the side one share a disk
                    os.replace(aside.folder / name, target / name)
            segments.append(new)
        generation = toc.generation + 1
        TOC(index.schema, segments, generation).write(index.storage, ix_mod.INDEX_NAME)
        clean_files(index.storage, ix_mod.INDEX_NAME, generation, segments)
        return True
    finally:
        aside.discard()
