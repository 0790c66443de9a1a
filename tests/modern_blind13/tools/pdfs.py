# ruff: noqa: F841  (the set writer's tools, kept as written; see the README)
"""x03 (a 会议材料汇编 booklet: A5 pages imposed two to a landscape A4 sheet) and x04 (a PDF
as WPS prints it: every glyph its own text object at its own x, lines justified, a 页眉 and a
footnote). Drawn with reportlab; Droid Sans Fallback for CJK, DejaVu Sans for the rest.
Helper mb13."""

import re
from pathlib import Path

from common import NAMES, footnotes, rows
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "texts"
rl_config.useA85 = 0
pdfmetrics.registerFont(TTFont("CJK", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
pdfmetrics.registerFont(TTFont("LAT", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
_CJK = TTFont("tmp", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf").face.charToGlyph
NOT_CJK = set("“”—…·①")


def font_of(ch):
    return "CJK" if ord(ch) > 0x2E80 and ord(ch) in _CJK and ch not in NOT_CJK else "LAT"


def units(ch):
    return 1.0 if font_of(ch) == "CJK" or ch in "“”—…①" else 0.5


NO_START = set("，。、；：！？）”》")


def wrap(text, cap, first_indent=0):
    """Lines of at most `cap` units (CJK 1, Latin 0.5); a closing mark never starts a line."""
    lines, cur, u = [], "", first_indent
    for ch in text:
        w = units(ch)
        if u + w > cap + 1e-6 and ch not in NO_START:
            lines.append(cur)
            cur, u = "", 0
        cur += ch
        u += w
    if cur:
        lines.append(cur)
    return lines


def draw_runs(c, x, y, s, size):
    """One line, left-aligned, as runs of one font (a Tj a run)."""
    runs = []
    for ch in s:
        f = font_of(ch)
        if runs and runs[-1][0] == f:
            runs[-1][1] += ch
        else:
            runs.append([f, ch])
    for f, t in runs:
        c.setFont(f, size)
        c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f, size) if f == "LAT" else size * len(t)
    return x


# ------------------------------------------------------------------ x03: the booklet
PW, PH = 842, 595  # landscape A4
HW = PW / 2  # one A5 page
ML, MR, MT, MB = 40, 40, 52, 50
SZ, LH = 10.5, 17.5
CAP = int((HW - ML - MR) / SZ)


class Page:
    def __init__(self, number=None):
        self.ops = []  # (x_offset_in_half, y, text, size, align)
        self.number = number


def booklet_pages():
    rs = rows("x03")
    pages = []
    # cover and 目录 (unnumbered)
    cover = Page()
    covers = [f[0] for k, f in rs if k == "COVER"]
    cover.ops += [
        (None, 420, covers[0], 17, "c"),
        (None, 370, covers[1], 24, "c"),
        (None, 120, covers[2], 10.5, "c"),
        (None, 100, covers[3], 10.5, "c"),
    ]
    toc = Page()
    pages += [cover, toc]
    starts = {}

    def new(pn_list):
        p = Page(len(pn_list) - 1)
        pn_list.append(p)
        return p

    num = [None]  # content numbering: page 1 is pages[2]
    content = [None]

    def newpage():
        p = Page(len(content))
        content.append(p)
        return p

    y = [0]
    page = [None]

    def start_item(key):
        page[0] = newpage()
        y[0] = PH - MT
        starts[key] = page[0].number

    def line(text, size=SZ, align="l", indent_units=0, lh=LH):
        if y[0] - lh < MB:
            page[0] = newpage()
            y[0] = PH - MT
        y[0] -= lh
        page[0].ops.append((indent_units * SZ, y[0], text, size, align))

    def paragraph(text, size=SZ, indent=2, align="l"):
        for i, ln in enumerate(wrap(text, CAP, indent)):
            line(ln, size, align, indent if i == 0 else 0)

    cur = None
    for k, f in rs:
        if k == "COVER":
            continue
        if k in ("AG", "TB", "T"):
            start_item(k)
            cur = k
            for ln in wrap(f[0], CAP - 2):
                line(ln, 14 if k == "T" else 13, "c", lh=24)
            y[0] -= 6
            continue
        t = "".join(f)
        if k in ("TBS", "SP", "D", "SUB"):
            line(t, SZ, "c")
        elif k == "AGP":
            paragraph(t, indent=0)
        elif k in ("AGI", "TBH", "H1"):
            paragraph(t, indent=2)
        elif k in ("P", "TBP", "CL") and t.endswith("：") and len(t) < 16:
            paragraph(t, indent=0)
        else:
            paragraph(t, indent=2)
    pages += content[1:]
    # the 目录 itself
    tit_speech = [f[0] for k, f in rs if k == "T"][0]
    sp = [f[0] for k, f in rs if k == "SP"][0]
    entries = [
        ("会议议程", starts["AG"]),
        ([f[0] for k, f in rs if k == "TB"][0], starts["TB"]),
        (f"{sp}同志{tit_speech}", starts["T"]),
    ]
    toc.ops.append((None, PH - 90, "目　　录", 16, "c"))
    yy = PH - 140
    for name, pg in entries:
        lines_ = wrap(name, CAP - 4)
        for i, ln in enumerate(lines_):
            if i == len(lines_) - 1:
                used = sum(units(ch) for ch in ln)
                dots = "…" * max(2, int(CAP - 2 - used))
                toc.ops.append((0, yy, ln + dots, SZ, "l"))
                toc.ops.append(("R", yy, str(pg), SZ, "r"))
            else:
                toc.ops.append((0, yy, ln, SZ, "l"))
            yy -= 24
        yy -= 6
    return pages


def build_x03():
    pages = booklet_pages()
    if len(pages) % 2:
        pages.append(Page())
    c = canvas.Canvas(str(OUT / NAMES["x03"]), pagesize=(PW, PH))
    c.setTitle("鹤汀县安全生产警示教育大会会议材料")
    c.setAuthor("县委办公室")
    c.setCreator("Microsoft Word")
    c.setProducer("Adobe PDF Library 15.0") if hasattr(c, "setProducer") else None
    for i in range(0, len(pages), 2):
        for half, p in enumerate(pages[i : i + 2]):
            x0 = half * HW
            for xo, y, text, size, align in p.ops:
                if align == "c":
                    w = sum(
                        size if font_of(ch) == "CJK" else pdfmetrics.stringWidth(ch, "LAT", size)
                        for ch in text
                    )
                    draw_runs(c, x0 + (HW - w) / 2, y, text, size)
                elif align == "r":
                    w = pdfmetrics.stringWidth(text, "LAT", size)
                    draw_runs(c, x0 + HW - MR - w, y, text, size)
                else:
                    draw_runs(c, x0 + ML + xo, y, text, size)
            if p.number:
                s = f"- {p.number} -"
                w = pdfmetrics.stringWidth(s, "LAT", 9)
                c.setFont("LAT", 9)
                c.drawString(x0 + (HW - w) / 2, 26, s)
        c.setLineWidth(0.3)
        c.setDash(2, 3)
        c.line(HW, 20, HW, PH - 20)  # the fold
        c.setDash()
        c.showPage()
    c.save()


# ------------------------------------------------------------------ x04: WPS-like glyph-by-glyph PDF
AW, AH = 595.3, 841.9
L4, R4, T4, B4 = 79.4, 73.7, 104.9, 99.2
BS, BLH = 16, 28.9
COLS = 27
TW = AW - L4 - R4
CELL = TW / COLS
HEADER = "政协鹤汀县第十届委员会第五次会议　大会发言材料"


def build_x04():
    rs = rows("x04")
    c = canvas.Canvas(str(OUT / NAMES["x04"]), pagesize=(AW, AH), pageCompression=1)
    c.setTitle("关于加快补齐我县普惠托育服务短板的建议")
    c.setAuthor("Administrator")
    c.setCreator("WPS 文字")
    if hasattr(c, "setProducer"):
        c.setProducer("WPS 文字")
    state = {"y": AH - T4, "page": 1, "notes": []}

    def glyph(x, y, ch, size):
        c.setFont(font_of(ch), size)
        c.drawString(x, y, ch)

    def page_furniture():
        # 页眉
        w = sum(
            10.5 if font_of(ch) == "CJK" else pdfmetrics.stringWidth(ch, "LAT", 10.5)
            for ch in HEADER
        )
        x = (AW - w) / 2
        for ch in HEADER:
            glyph(x, AH - 62, ch, 10.5)
            x += 10.5 if font_of(ch) == "CJK" else pdfmetrics.stringWidth(ch, "LAT", 10.5)
        c.setLineWidth(0.75)
        c.line(L4, AH - 68, AW - R4, AH - 68)
        # footnotes of this page
        yb = B4 - 8
        if state["notes"]:
            c.setLineWidth(0.5)
            c.line(
                L4,
                yb + 14 + 15 * sum(len(wrap(n, 40)) for n in state["notes"]),
                L4 + 150,
                yb + 14 + 15 * sum(len(wrap(n, 40)) for n in state["notes"]),
            )
            yy = yb + 15 * sum(len(wrap(n, 40)) for n in state["notes"])
            for n in state["notes"]:
                for ln in wrap(n, 40):
                    x = L4
                    for ch in ln:
                        glyph(x, yy, ch, 10.5)
                        x += 10.5 if units(ch) == 1 else pdfmetrics.stringWidth(ch, "LAT", 10.5)
                    yy -= 15
        # page number
        s = f"— {state['page']} —"
        w = sum(14 if units(ch) == 1 else pdfmetrics.stringWidth(ch, "LAT", 14) for ch in s)
        x = (AW - w) / 2
        for ch in s:
            glyph(x, 48, ch, 14)
            x += 14 if units(ch) == 1 else pdfmetrics.stringWidth(ch, "LAT", 14)

    def newpage():
        page_furniture()
        c.showPage()
        state["page"] += 1
        state["y"] = AH - T4
        state["notes"] = []

    def room(lines=1):
        reserve = 15 * sum(len(wrap(n, 40)) for n in state["notes"]) + (20 if state["notes"] else 0)
        return state["y"] - BLH * lines >= B4 + reserve

    def centered(text, size, lh):
        for ln in wrap(text, int(TW / size)):
            if not room():
                newpage()
            state["y"] -= lh
            w = sum(
                size if units(ch) == 1 else pdfmetrics.stringWidth(ch, "LAT", size) for ch in ln
            )
            x = (AW - w) / 2
            for ch in ln:
                glyph(x, state["y"], ch, size)
                x += size if units(ch) == 1 else pdfmetrics.stringWidth(ch, "LAT", size)

    def justified(text, fn_text=None):
        # text may hold \x01 where the footnote mark ① stands (drawn small and raised)
        lines = wrap(text, COLS, 2)
        for i, ln in enumerate(lines):
            if not room():
                newpage()
            if "\x01" in ln and fn_text:
                state["notes"].append("①" + fn_text)
                if not room():
                    state["notes"].pop()
                    newpage()
                    state["notes"].append("①" + fn_text)
            state["y"] -= BLH
            start = L4 + (2 * CELL if i == 0 else 0)
            avail = AW - R4 - start
            glyphs = [ch for ch in ln]
            widths = [
                0
                if ch == "\x01"
                else (BS if units(ch) == 1 else pdfmetrics.stringWidth(ch, "LAT", BS))
                for ch in glyphs
            ]
            last = i == len(lines) - 1
            gap = 0 if last or len(glyphs) < 2 else (avail - sum(widths)) / (len(glyphs) - 1)
            x = start
            for ch, w in zip(glyphs, widths):
                if ch == "\x01":
                    glyph(x - gap / 2, state["y"] + 7, "①", 9)
                    x += 0
                    continue
                glyph(x, state["y"], ch, BS)
                x += w + gap

    for k, f in rs:
        t = "".join(f)
        fns = footnotes(t)
        t = re.sub(r"\{FN:[^}]*\}", "\x01", t)
        if k == "T":
            state["y"] -= 10
            centered(t, 22, 36)
            state["y"] -= 8
        elif k == "SP":
            centered(t, 16, BLH)
            state["y"] -= 10
        elif t in ("尊敬的主席、各位副主席，各位委员：",):
            justified_line = t
            if not room():
                newpage()
            state["y"] -= BLH
            x = L4
            for ch in justified_line:
                glyph(x, state["y"], ch, BS)
                x += BS
        else:
            justified(t, fns[0] if fns else None)
    page_furniture()
    c.showPage()
    c.save()


def scrub(path):
    """Drop reportlab's banner comment (same length, so the xref offsets hold)."""
    d = path.read_bytes()
    old = b" ReportLab Generated PDF document (opensource)"
    if old in d[:200]:
        d = d.replace(old, b" " * len(old), 1)
    path.write_bytes(d)


if __name__ == "__main__":
    build_x03()
    build_x04()
    scrub(OUT / NAMES["x03"])
    scrub(OUT / NAMES["x04"])
    print("ok")
