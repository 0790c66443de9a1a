# ruff: noqa: B007, B023, SIM102, UP031  (the set writer's tools, kept as written; see the README)
"""Check modern13's gold against the delivered files (helper mb13). Each form is read its own
way here — nothing from build.py, web.py, pdfs.py, common.py or gold_data.py — then every
title, date, heading, closing, apparatus entry, frame and roadmap of the gold is looked for in
what was read. Run: python tools/check.py [--plant title|heading|item|roadmap|closing]
(--plant puts one wrong value of that kind into the gold in memory, to see it caught)."""

import email
import json
import re
import subprocess
import sys
import zipfile
import zlib
from email import policy
from pathlib import Path

from lxml import etree
from lxml import html as lhtml

SET = Path(__file__).resolve().parent.parent
TEXTS, GOLD = SET / "texts", SET / "gold"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PROBLEMS = []


def bad(name, msg):
    PROBLEMS.append(f"{name}: {msg}")


def norm(s):
    return re.sub(r"[\s\u3000\xa0]+", "", s or "")


# ---------------------------------------------------------------- independent spec of this set
# (typed apart from the gold: level-1/level-2 counts, the closing paragraph's opening, and the
#  opening of the speech's last paragraph — the closing runs from one to the other, `tail` paragraphs)
SPEC = {
    "x01": (3, 7, "各位代表，同志们！青年兴则县域兴", "各位代表，同志们！青年兴", 1),
    "x02": (4, 3, "会后，县政府办公室要把今天会议", "会后，县政府办公室要把", 1),
    "x03": (3, 7, "同志们，安全生产只有起点，没有终点", "同志们，安全生产只有", 1),
    "x04": (4, 0, "托育服务一头连着千家万户的幸福", "托育服务一头连着千家", 1),
    "x05": (3, 4, "同志们，新起点孕育新希望", "同志们，新起点孕育", 1),
    "x06": (3, 0, "各位家长，孩子参军入伍，是你们", "新兵同志们，家乡永远", 2),
    "x07": (4, 3, "总之，森林防灭火工作责任重于泰山", "总之，森林防灭火工作", 1),
    "x08": (3, 0, "任命既是信任，更是责任。我将以", "任命既是信任，更是责任", 1),
    "x09": (3, 6, "数字政府建设没有完成时，只有进行时", "数字政府建设没有完成", 1),
    "x10": (3, 4, "我们相信，有县委的坚强领导", "我们相信，有县委的", 1),
}


# ---------------------------------------------------------------- readers: (body paragraphs, all text)
def docx_paras(zf, part="word/document.xml"):
    root = etree.fromstring(zf.read(part))
    out = []
    for p in root.iter(W + "p"):
        t = "".join(
            (x.text or "") if x.tag == W + "t" else "\t"
            for x in p.iter(W + "t", W + "tab")
            if x.getparent().tag == W + "r"
        )
        out.append((p, t))
    return root, out


def read_x01(path):
    z = zipfile.ZipFile(path)
    root, ps = docx_paras(z)
    doc = z.read("word/document.xml").decode()
    if 'TOC \\o "1-2" \\h' not in doc:
        bad("x01", "no TOC field")
    # the TOC region: from the paragraph holding the TOC field's begin to the one holding its end
    in_toc, toc, body, styles = False, [], [], {}
    depth = 0
    for p, t in ps:
        instr = "".join(x.text or "" for x in p.iter(W + "instrText"))
        chars = [x.get(W + "fldCharType") for x in p.iter(W + "fldChar")]
        if " TOC " in instr:
            in_toc = True
        if in_toc:
            toc.append(t.split("\t")[0])
            depth += chars.count("begin") - chars.count("end")
            if depth <= 0 and "end" in chars:
                in_toc = False
            continue
        sty = p.find(f"{W}pPr/{W}pStyle")
        styles[len(body)] = sty.get(W + "val") if sty is not None else ""
        body.append(t)
    anchors = re.findall(r'w:hyperlink w:anchor="(_Toc\d+)"', doc)
    marks = re.findall(r'w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"', doc)
    if anchors != marks or not anchors:
        bad("x01", "TOC hyperlinks do not match the headings' _Toc bookmarks")
    if 'w:leader="dot"' not in doc:
        bad("x01", "no dot leaders")
    toc = [norm(x) for x in toc if norm(x) and norm(x) != "目录"]
    heads = [norm(body[i]) for i in styles if styles[i] in ("1", "2")]
    if toc != heads:
        bad("x01", f"TOC entries differ from the Heading 1/2 paragraphs: {toc[:3]} / {heads[:3]}")
    return body, "\n".join(t for _, t in ps)


def read_x02(path):
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        bad("x02", "decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    s = raw.decode("gb2312")
    if 'content="Microsoft Word 15 (filtered)"' not in s or "charset=gb2312" not in s:
        bad("x02", "not a Word 15 filtered page in gb2312")
    n_lists = s.count("<![if !supportLists]>")
    if n_lists != 10:
        bad("x02", f"{n_lists} supportLists numbers (10 expected)")
    s2 = s.replace("<![if !supportLists]>", "").replace("<![endif]>", "")
    doc = lhtml.fromstring(s2)
    body = [p.text_content() for p in doc.iter("p")]
    # numbers only in the list spans: no typed number after a number span's text
    for p in doc.iter("p"):
        spans = p.findall("span")
        if p.get("class") == "MsoListParagraph" and len(spans) >= 2:
            if re.match(r"^[一二三四五六七八九十（(0-9]", spans[1].text_content()):
                bad("x02", "a number typed outside the list span")
    return body, "\n".join(body)


def pdf_bbox_words(path):
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for pg in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [
            (float(a), float(b), float(c), float(d), w)
            for a, b, c, d, w in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                pg.group(3),
            )
        ]
        pages.append((float(pg.group(1)), float(pg.group(2)), words))
    return pages


def lines_of(words):
    rows = {}
    for x0, y0, x1, y1, w in words:
        key = round(y1)
        k = next((r for r in rows if abs(r - key) <= 2), key)
        rows.setdefault(k, []).append((x0, x1, w))
    out = []
    for y in sorted(rows):
        ws = sorted(rows[y])
        out.append((y, ws[0][0], ws[-1][1], "".join(w for _, _, w in ws)))
    return out


def read_x03(path):
    pages = pdf_bbox_words(path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    if not re.search(r"Page size:\s+841\.\d+ x 595", info) and not re.search(
        r"Page size:\s+842 x 595", info
    ):
        bad("x03", "not landscape A4")
    halves = []
    for W_, H_, words in pages:
        mid = W_ / 2
        halves.append([w for w in words if w[2] <= mid + 1])
        halves.append([w for w in words if w[0] >= mid - 1])
    paras, alltext, pnums = [], [], []
    ML, RM = 40, 421 - 40
    for hi, ws in enumerate(halves):
        x_off = 0 if hi % 2 == 0 else 421
        ls = lines_of([(a - x_off, b, c - x_off, d, w) for a, b, c, d, w in ws])
        prev_short = True
        for y, x0, x1, t in ls:
            alltext.append(t)
            if y > 560:  # a page number line at the foot
                if re.fullmatch(r"-\d+-", norm(t)):
                    pnums.append(int(norm(t).strip("-")))
                    continue
            starts = x0 > ML + 5 or prev_short or re.match(r"^(同志们|各乡镇)", t) and x0 <= ML + 1
            if starts or not paras:
                paras.append(t)
            else:
                paras[-1] += t
            prev_short = x1 < RM - 15
    if pnums != sorted(pnums) or len(pnums) < 4:
        bad("x03", f"page numbers at the halves' feet: {pnums}")
    if len(halves) < 8:
        bad("x03", "fewer than eight A5 pages")
    # the speech is the item that starts at its title: body = from its title on
    return paras, "\n".join(alltext)


def read_x04(path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar

    d = path.read_bytes()
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    if not re.search(r"Producer:\s+WPS", info) or not re.search(r"Creator:\s+WPS", info):
        bad("x04", "no WPS producer")
    # every glyph its own text object
    tj, bt = 0, 0
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", d, re.S):
        try:
            s = zlib.decompressobj().decompress(m.group(1))
        except zlib.error:
            continue
        for obj in re.findall(rb"BT(.*?)ET", s, re.S):
            shown = re.findall(rb"\((.*?)\)\s*Tj", obj, re.S)
            if not shown and b"Tf" in obj and b"Td" not in obj and b"Tm" not in obj:
                continue  # the page's font set-up, nothing shown
            bt += 1
            tj += len(shown)
            if len(shown) != 1:
                bad("x04", "a text object with more than one show")
    chars_all = []
    for pno, page in enumerate(extract_pages(str(path), laparams=LAParams()), 1):

        def walk(o):
            if isinstance(o, LTChar):
                chars_all.append((pno, o.x0, o.y0, o.size, o.get_text()))
            elif hasattr(o, "__iter__"):
                for c in o:
                    walk(c)

        walk(page)
    if bt < 1500 or bt != tj:
        bad("x04", f"{bt} text objects, {tj} shows")
    body_lines, furn = [], []
    for pno in sorted({c[0] for c in chars_all}):
        cs = [c for c in chars_all if c[0] == pno]
        rows = {}
        for _, x, y, size, t in cs:
            k = next(
                (
                    r
                    for r in rows
                    if abs(r - y) <= 8 and (size < 10 or rows[r][0][2] < 10 or abs(r - y) <= 2)
                ),
                None,
            )
            if k is None:
                k = y
                rows[k] = []
            rows[k].append((x, t, size))
        for y in sorted(rows, reverse=True):
            r = sorted(rows[y])
            t = "".join(c[1] for c in r)
            big = max(c[2] for c in r)
            if y > 760 or y < 60 or big < 11:
                furn.append(t)
            else:
                body_lines.append((r[0][0], r[-1][0], big, t))
    paras = []
    L4, CELL = 79.4, (595.3 - 79.4 - 73.7) / 27
    prev_end_short = True
    for x0, xl, size, t in body_lines:
        if size > 17 or x0 > L4 + 3 * CELL:  # the title and the centred speaker line
            paras.append(t)
            prev_end_short = True
            continue
        if x0 > L4 + CELL or prev_end_short:
            paras.append(t)
        else:
            paras[-1] += t
        prev_end_short = xl < 595.3 - 73.7 - CELL * 1.5
    return paras, "\n".join([p for p in paras] + furn)


def read_x05(path):
    z = zipfile.ZipFile(path)
    if (
        z.infolist()[0].filename != "mimetype"
        or z.infolist()[0].compress_type != zipfile.ZIP_STORED
    ):
        bad("x05", "mimetype not first and stored")
    root = etree.fromstring(z.read("content.xml"))
    ns = {
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    }
    tc = root.find(".//text:tracked-changes", ns)
    regions = tc.findall("text:changed-region", ns)
    kinds = [r[0].tag.split("}")[1] for r in regions]
    if kinds.count("insertion") < 5 or kinds.count("deletion") < 5:
        bad("x05", f"changes: {kinds}")
    deleted = "".join("".join(r.itertext()) for r in regions if r[0].tag.endswith("deletion"))
    tc.getparent().remove(tc)
    comments = []
    for a in root.iter("{%s}annotation" % ns["office"]):
        comments.append("".join(x.text or "" for x in a.iter("{%s}p" % ns["text"])))
    for a in list(root.iter("{%s}annotation" % ns["office"])):
        tail = a.tail
        par = a.getparent()
        prev = a.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + (tail or "")
        else:
            par.text = (par.text or "") + (tail or "")
        par.remove(a)
    body = ["".join(p.itertext()) for p in root.iter("{%s}p" % ns["text"], "{%s}h" % ns["text"])]
    alltxt = "\n".join(body)
    for w in (
        "讲两点意见",
        "最后，希望大家",
        "三大攻坚战",
        "对新一届县委班子的几点希望",
        "齐心协力",
    ):
        if norm(w) in norm(alltxt):
            bad("x05", f"deleted text in the accepted body: {w}")
        if w not in ("讲两点意见",) and norm(w) not in norm(deleted):
            bad("x05", f"deleted text not in a changed-region: {w}")
    for c in comments:
        if norm(c) in norm(alltxt):
            bad("x05", "a comment in the body")
    return body, alltxt + "\n" + "\n".join(comments)


def read_x06(path):
    z = zipfile.ZipFile(path)
    root, ps = docx_paras(z)
    doc = z.read("word/document.xml").decode()
    if doc.count("<w:sectPr>") != 2 or "<w:titlePg/>" not in doc or 'w:type="first"' not in doc:
        bad("x06", "not two sections with a first-page header")
    if doc.count("<w:tc>") != 2 or doc.count("<w:gridCol ") != 2:
        bad("x06", "not two one-cell layout tables")
    hdrs = [t for n in z.namelist() if n.startswith("word/header") for _, t in docx_paras(z, n)[1]]
    body = [t for _, t in ps]
    return body, "\n".join(body + hdrs)


def read_x07(path):
    raw = path.read_bytes()
    if b"\n" in raw or raw.count(b"\r") < 20:
        bad("x07", "line ends not CR only")
    s = raw.decode("gb18030")
    try:
        s.encode("gbk")
        bad("x07", "no character outside GBK")
    except UnicodeEncodeError:
        pass
    if not any(ord(c) > 0xFFFF for c in s):
        bad("x07", "no supplementary-plane character")
    body = [ln.strip("\u3000 ") for ln in s.split("\r") if ln.strip()]
    return body, s


def read_x08(path):
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    if msg["From"] != "<Saved by Blink>" and "Saved by Blink" not in str(msg["From"]):
        bad("x08", "not saved by Blink")
    htmlpart = [p for p in msg.walk() if p.get_content_type() == "text/html"][0]
    if htmlpart["Content-Transfer-Encoding"] != "quoted-printable":
        bad("x08", "html part not quoted-printable")
    cut = 0
    for ln in raw.split(b"\r\n"):
        m = re.search(rb"((?:=[0-9A-F]{2})+)=$", ln)
        if m:
            try:
                bytes.fromhex(m.group(1).replace(b"=", b"").decode()).decode("utf-8")
            except UnicodeDecodeError:
                cut += 1
    if cut < 10:
        bad("x08", "soft breaks never cut a character")
    page = htmlpart.get_payload(decode=True).decode("utf-8")
    doc = lhtml.fromstring(page)
    zoom = doc.get_element_by_id("zoom")
    body = [p.text_content() for p in zoom.iter("p")]
    alltext = "\n".join(x.strip() for x in doc.body.itertext() if x.strip())
    return body, alltext


def read_x09(path):
    s = path.read_text(encoding="utf-8")
    body, extra, notes = [], [], []
    in_details = False
    for ln in s.split("\n"):
        if ln.startswith("<details>"):
            in_details = True
            continue
        if ln.startswith("</details>"):
            in_details = False
            continue
        if in_details:
            extra.append(re.sub(r"</?summary>", "", ln))
            continue
        if ln.startswith(">"):
            extra.append(re.sub(r"\*\*", "", ln.lstrip("> ")))
            continue
        m = re.match(r"^\[\^(\d+)\]:\s*(.*)", ln)
        if m:
            notes.append(m.group(2))
            continue
        if not ln.strip() or ln.strip() == "---":
            continue
        if ln.startswith("# "):
            body.append(ln[2:])
        elif ln.startswith("## "):
            body.append(ln[3:])
        elif re.match(r"^\d+\. \*\*", ln):
            body.append(re.sub(r"^(\d+\.) \*\*(.+?)\*\*\s*$", r"\1\2", ln))
        elif re.match(r"^   \d+\. ", ln):
            body.append("（L3）" + ln.strip())
        elif ln.startswith("   ") and body:
            body[-1] += "。" if not body[-1].endswith(("。", "：")) else ""
            body[-1] += ln.strip()
        else:
            body.append(re.sub(r"\*\*", "", ln))
    if not notes or "[^1]" not in s:
        bad("x09", "no footnotes")
    return body, "\n".join(body + extra + notes) + "\n" + s


def read_x10(path):
    z = zipfile.ZipFile(path)
    root, ps = docx_paras(z)
    tbl = root.find(f".//{W}tbl")
    fields = {}
    for tr in tbl.iter(W + "tr"):
        cells = ["".join(x.text or "" for x in tc.iter(W + "t")) for tc in tr.iter(W + "tc")]
        fields[norm(cells[0])] = cells[1]
    if set(fields) != {"时间", "地点", "主持人", "参会人员"}:
        bad("x10", f"table fields {list(fields)}")
    body = [t for p, t in ps if not any(a is tbl for a in p.iterancestors())]
    return body, "\n".join([t for _, t in ps])


READERS = {
    "x01": read_x01,
    "x02": read_x02,
    "x03": read_x03,
    "x04": read_x04,
    "x05": read_x05,
    "x06": read_x06,
    "x07": read_x07,
    "x08": read_x08,
    "x09": read_x09,
    "x10": read_x10,
}

CN = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def check(key, g, st):
    name = key
    path = TEXTS / Path(g["source"]).name
    body, alltext = READERS[key](path)
    P = [norm(p) for p in body]
    if key == "x03":  # the speech is the booklet's third item: from its title on
        i = P.index(norm(g["title"])) if norm(g["title"]) in P else 0
        if i == 0:
            bad(name, "speech title not found")
        pre = "".join(P[:i])
        for w in ("会议议程", "事故主要原因"):
            if w not in pre:
                bad(name, f"the booklet's other items not before the speech: {w}")
        P = P[i:]
    text = "".join(P)
    A = norm(alltext)
    # title
    if norm(g["title"]) not in P:
        bad(name, f"title not a paragraph: {g['title']}")
    elif P.index(norm(g["title"])) > 3:
        bad(name, "title not at the head of the speech")
    # date
    if g["date"]:
        y, m, d = (int(x) for x in g["date"].split("-"))
        if f"{y}年{m}月{d}日" not in A:
            bad(name, f"date {g['date']} not written in the file")
    else:
        if re.search(r"（\d{4}年\d{1,2}月\d{1,2}日）", text):
            bad(name, "date null but a date line stands in the text")
    # headings
    flat = []
    for s in g["sections"]:
        flat.append(s)
        flat.extend(s["children"])
    l1 = len(g["sections"])
    l2 = sum(len(s["children"]) for s in g["sections"])
    if (l1, l2) != SPEC[key][:2]:
        bad(name, f"heading counts {l1}/{l2}, spec {SPEC[key][0]}/{SPEC[key][1]}")
    last = -1
    for h in flat:
        t = norm(h["marker"] + h["heading"])
        hits = [i for i, p in enumerate(P) if p.startswith(t)]
        if len(hits) != 1:
            bad(name, f"heading starts {len(hits)} paragraphs: {t}")
            continue
        rest = P[hits[0]][len(t) :]
        if rest and rest[0] not in "。：！？" and not (key == "x09" and rest[0] == "。"):
            bad(name, f"heading does not end at the line end or its first 。: {t}|{rest[:6]}")
        if hits[0] <= last:
            bad(name, f"heading out of order: {t}")
        last = hits[0]
    # closing: its first words exactly a paragraph's start, the spec's paragraph, after the last heading
    spec_open, spec_last, tail = SPEC[key][2], SPEC[key][3], SPEC[key][4]
    cl = norm(g["closing"])
    hits = [i for i, p in enumerate(P) if p.startswith(cl)]
    if len(hits) != 1:
        bad(name, f"closing starts {len(hits)} paragraphs: {g['closing']}")
    else:
        i = hits[0]
        if not norm(spec_open).startswith(cl) or len(cl) != 12:
            bad(
                name,
                f"closing {g['closing']} is not the first 12 characters of the spec's paragraph {spec_open}",
            )
        if not P[i].startswith(norm(spec_open)):
            bad(name, f"closing paragraph does not open as the spec says: {P[i][:16]}")
        if i <= last:
            bad(name, "closing before the last heading")
        ends = [j for j, p in enumerate(P) if p.startswith(norm(spec_last))]
        if len(ends) != 1 or ends[0] - i + 1 != tail:
            bad(name, f"closing is not {tail} paragraph(s) from the speech's last: {g['closing']}")
    # apparatus
    KEY_PARAS = [
        i
        for i, p in enumerate(P)
        if p == norm(g["title"])
        or p.startswith(cl)
        or any(p.startswith(norm(h["marker"] + h["heading"])) for h in flat)
        or any(norm(r) in p for r in st["roadmap"])
    ]
    for a in g["apparatus"]:
        if norm(a["first"]) not in A:
            bad(name, f"apparatus not in the file: {a['first']}")
        elif a["kind"] != "marks" and any(P[i].startswith(norm(a["first"])) for i in KEY_PARAS):
            bad(
                name,
                f"apparatus inside a title, heading, roadmap or closing paragraph: {a['first']}",
            )
    # frames
    for f in st["frames"]:
        ph = norm(f["phrase"])
        if ph not in text:
            bad(name, f"frame phrase not in the text: {f['phrase']}")
            continue
        nums = [CN[c] for c in f["phrase"] if c in CN]
        if max(nums) != f["number"] and not (len(nums) > 1 and f["number"] == max(nums)):
            bad(name, f"frame number {f['number']} against {f['phrase']}")
        if f["listed"]:
            items = f["items"]
            if len(items) != f["number"]:
                bad(name, f"frame {f['phrase']}: {len(items)} items for {f['number']}")
            pos = max(0, text.index(ph) - 120)
            for it in items:
                j = text.find(norm(it), pos)
                if j < 0:
                    bad(name, f"frame {f['phrase']}: item not found in order: {it}")
                    break
                pos = j + 1
    # roadmaps
    if len(st["roadmap"]) != len(st["roadmap_links"]):
        bad(name, "roadmap and links differ in number")
    for r, link in zip(st["roadmap"], st["roadmap_links"]):
        hits = [i for i, p in enumerate(P) if norm(r) in p]
        if len(hits) != 1:
            bad(name, f"roadmap in {len(hits)} paragraphs: {r}")
            continue
        at = hits[0]
        if link["number"] is not None:
            if link["number"] != len(link["parts"]):
                bad(
                    name, f"roadmap {r}: number {link['number']} against {len(link['parts'])} parts"
                )
            m = re.search(r"([一二两三四五六七八九十])", r)
            if not m or CN[m.group(1)] != link["number"]:
                bad(name, f"roadmap {r}: its count is not {link['number']}")
        elif re.search(r"[一二两三四五六七八九十][点个项类条]", r):
            bad(name, f"roadmap {r}: number null but counted")
        for part in link["parts"]:
            t = norm(part)
            ps_ = [i for i, p in enumerate(P) if p.startswith(t) or p.startswith("（L3）" + t)]
            if len(ps_) != 1 or ps_[0] <= at:
                bad(name, f"roadmap {r}: part not a paragraph start after it, in order: {part}")
                break
            at = ps_[0]


def main():
    plant = sys.argv[sys.argv.index("--plant") + 1] if "--plant" in sys.argv else None
    study = {
        Path(e["file"]).name: e
        for e in json.loads((SET / "study_gold.json").read_text(encoding="utf-8"))
    }
    golds = sorted(GOLD.glob("*.json"))
    if len(golds) != 10 or len(study) != 10:
        bad("set", "not ten gold files and ten study entries")
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        key = gp.name[:3]
        st = study[Path(g["source"]).name]
        if plant == "title" and key == "x08":
            g["title"] = "韩凌霜在县十八届人大常委会第二十二次会议上作任职表态发言"
        if plant == "heading" and key == "x02":
            g["sections"].insert(
                0, {"level": 1, "marker": "1.", "heading": "排查质量不高", "children": []}
            )
        if plant == "item" and key == "x10":
            st["frames"][0]["items"][1] = "由郑望舒同志作表态发言"
        if plant == "roadmap" and key == "x02":
            st["roadmap_links"][1]["parts"] = st["roadmap_links"][1]["parts"][::-1]
        if plant == "closing" and key == "x06":
            g["closing"] = "新兵同志们，家乡永远是你们"
        check(key, g, st)
    for p in PROBLEMS:
        print(p)
    print(f"{len(PROBLEMS)} problems")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
