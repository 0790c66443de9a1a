"""Tables that lay out a page, not data: read as the boxes they are, in the page's order.

Older government sites build the whole page from tables: an outer table splits the page
into a menu column and a content column, a table inside the content column stacks the
breadcrumb, the title, the info bar, a one-cell table holding the article, then the
attachments, the print bar and the 上一篇/下一篇 links. The extractor reads a table inside
a table after the rows of the table around it, so such a page read as its attachments,
print bar and neighbours' titles first and the article after them: 【相关附件】 stood among
the speech's opening paragraphs. Before extraction each such table, and its rows and
cells, becomes a ``<div>`` (its attributes kept: ``align`` still centres), so every box is
read where the page shows it.

A table is taken for layout as reading tools do (Mozilla's Readability marks data tables
the same way): it holds another table, or it has a single cell; and it has none of what
marks a grid of data (a ``<caption>``, ``<th>`` heads, ``<thead>``/``<tfoot>``). A table of
figures, a form, or the one-column table of paragraphs an old county page sets its text in
(read as paragraphs by :func:`.html_xml.element_blocks`) stays a table.
"""

from __future__ import annotations

# the parts of a table that become boxes when the table is laid out as boxes
_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})
# what marks a grid of data: column or row heads, a caption
_DATA_MARKS = frozenset({"caption", "th", "thead", "tfoot"})


def unwrap_layout_tables(root) -> int:
    """Turn each layout table of ``root`` (and its rows and cells) into ``<div>`` boxes, in
    place; returns how many tables were turned."""
    layout = [table for table in root.iter("table") if _is_layout(table)]
    for table in layout:
        for part in _own_parts(table):
            part.tag = "div"
        table.tag = "div"
    return len(layout)


def _own_parts(table) -> list:
    """The rows, cells and row groups of ``table`` itself, not those of a table nested in
    one of its cells."""
    out = []
    stack = list(table)
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag == "table":
            continue
        if element.tag in _PARTS:
            out.append(element)
            if element.tag in ("td", "th"):
                continue  # a cell's content is the page's, not the table's
        stack.extend(element)
    return out


def _is_layout(table) -> bool:
    parts = _own_parts(table)
    if any(part.tag in _DATA_MARKS for part in parts) or table.find("caption") is not None:
        return False
    nested = any(
        descendant.tag == "table"
        for part in parts
        if part.tag == "td"
        for descendant in part.iter()
    )
    return nested or sum(1 for part in parts if part.tag == "td") == 1
