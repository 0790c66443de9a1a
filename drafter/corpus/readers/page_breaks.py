"""Whether a paragraph goes on over a page break: at a page's foot, where the page stops
and how the next page opens say more than the last line's fill (:class:`PageBreaks`).
"""

from __future__ import annotations

from drafter.corpus.readers.line_breaking import ends_sentence
from drafter.corpus.readers.page_geometry import Geometry
from drafter.corpus.readers.page_lines import Line


class PageBreaks:
    """Whether a paragraph goes on over a page break, where the page's foot says more than
    the line's fill: a last line that ends a sentence at the right margin ends the
    paragraph or goes on alike (1 in 3 of those ended it in the re-expressed gold PDFs).

    An office suite keeps a paragraph's last line off the top of a page by itself (widow
    control) and fills a page while the paragraph's next line fits. So after a sentence's
    end at the margin:

    * when the next page's first paragraph is one line, no paragraph went on (it would have
      left a lone line, which widow control does not);
    * when the page stops a line's height or more above the document's lowest line, the
      next line would have fitted: the paragraph ended, unless widow control moved one
      line over (then two lines stand on the next page and end the paragraph).

    On the gold PDFs (every other document, 1,304 page breaks) the two rules end 20 of the
    33 such paragraphs that ended at the break and none of the 14 that went on.
    """

    def __init__(
        self, pages: list[list[Line]], geometry: Geometry, em: float, noted: frozenset[int]
    ) -> None:
        # (a page whose footnotes were taken off stops short of the others by them: its
        # text ran to the notes, so its room says nothing)
        self._noted = noted
        lasts = [lines[-1] for lines in pages if lines]
        self._lowest = min(ln.bottom for ln in lasts) if lasts else 0.0
        self._opening = {}  # page -> lines of the paragraph it opens with, to its short line
        for lines in pages:
            if not lines:
                continue
            left, right = geometry[lines[0].page][:2]
            count = 0
            for ln in lines:
                if count and ln.x0 > left + 0.8 * em:
                    break  # an indented line opens the next paragraph (the last ended full)
                count += 1
                if ln.x1 < right - 1.5 * em or abs(ln.height - em) > 0.25 * em:
                    break
            self._opening[lines[0].page] = count
        self._em = em
        self._geometry = geometry

    def continues(self, a: Line, b: Line) -> bool:
        """False where the page break after ``a`` plainly ends its paragraph; True otherwise
        (the line-by-line rules decide)."""
        if a.page == b.page or not ends_sentence(a.text):
            return True
        opening = self._opening.get(b.page, 0)
        if opening == 1:
            return False
        pitch = self._geometry[a.page][2]
        room = 0.0 if a.page in self._noted else a.bottom - self._lowest
        return not (room >= 0.75 * pitch and opening != 2)
