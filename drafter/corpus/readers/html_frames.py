"""A saved page's frames read in place, as the browser shows them.

Many government sites show an article in an ``<iframe>``: the news page around it holds
the headline, a lead ("讲话全文如下：") and the site's bars, and the speech itself is the
frame's own page. A browser saves that page as Chrome's .mhtml (the frame is a part of the
archive, ``<iframe src="cid:…">``), as an IE/Word .mht (the frame's part named by its
``Content-Location``) or as "网页，全部" (the frame an .html file in the ``…_files`` folder
beside the page). Read alone, the outer page held no speech at all: the reader took the
news headline and a line of lead for the document. Here each frame whose page the save
holds is put where its ``<iframe>`` stands (its ``<body>``'s content in a ``<div>``), so
the extractor chooses the article from the page as a reader sees it.

One level only (a frame's own frames are left: no loops), at most :data:`MAX_FRAMES`
frames, each bounded as a page is.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# frames read in place per page: a page of more is a frameset site, not an article
MAX_FRAMES = 8

_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def inline_frames(tree, frame_html: Callable[[str], str | None], parse) -> int:
    """Put the body of each ``<iframe>``/``<frame>`` whose page ``frame_html(src)`` gives
    where the frame stands in ``tree``, in place; ``parse`` turns a page's text into a tree.
    Returns how many frames were read in."""
    done = 0
    for frame in list(tree.iter("iframe", "frame")):
        if done >= MAX_FRAMES:
            break
        src = (frame.get("src") or "").strip()
        if not src or frame.getparent() is None:
            continue
        html = frame_html(src)
        if not html:
            continue
        body = parse(html).find("body")
        if body is None:
            continue
        holder = copy.copy(body)
        holder.tag = "div"
        holder.attrib.clear()
        holder.tail = frame.tail
        frame.getparent().replace(frame, holder)
        done += 1
    return done


def archive_lookup(parts: dict[str, tuple[bytes, str | None]], base: str | None, decode):
    """``frame_html`` for :func:`inline_frames` over an archive's html parts, keyed by
    ``cid:`` + Content-ID and by Content-Location; ``base`` is the page's own location
    (a relative ``src`` is read against it); ``decode(raw, charset)`` gives the text."""

    def frame_html(src: str) -> str | None:
        keys = [src]
        if base and not src.lower().startswith("cid:"):
            keys.append(urljoin(base, src))
        for key in keys:
            if key in parts:
                raw, charset = parts[key]
                return decode(raw, charset)
        return None

    return frame_html


def folder_lookup(page: Path, max_bytes: int, decode):
    """``frame_html`` for :func:`inline_frames` over a page saved whole: a frame's page is
    a file beside it (``…_files/…html``), read only within the page's folder, only as a
    web page and only up to ``max_bytes``; ``decode(raw)`` gives the text."""
    folder = page.parent.resolve()

    def frame_html(src: str) -> str | None:
        parts = urlsplit(src)
        if parts.scheme not in ("", "file") or parts.netloc:
            return None
        target = (page.parent / unquote(parts.path)).resolve()
        if target.suffix.lower() not in _PAGE_SUFFIXES or not target.is_relative_to(folder):
            return None
        try:
            if not target.is_file() or target.stat().st_size > max_bytes:
                return None
            raw = target.read_bytes()
        except OSError:
            return None
        return decode(raw)

    return frame_html
