# ruff: noqa: B007, E731, SIM102
# ruff: noqa: B023, E501, E741, F841, UP031
"""Checks the gold of modern17 against the delivered files (helper mb17).
Reads every form its own way — not through build.py, common.py or tools/src — and checks title,
date, headings, closing, apparatus, frames and roadmaps against a spec typed here apart from the gold.
Run: python tools/check.py            (reports problems; 0 expected; -v prints speech lengths)
     python tools/check.py --plant KIND   (plants one wrong gold value in memory: title, heading,
                                           item, roadmap, closing; the check must catch it)"""

import json
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree
from lxml import html as lhtml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
TEXTS = SET / "texts"
WN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WQ = "{%s}" % WN
problems = []


def bad(name, msg):
    problems.append(f"{name}: {msg}")


# ------------------------------------------------------------------ readers: (speech paragraphs, furniture texts, facts)
def wtext(p):
    return "".join(t.text or "" for t in p.iter(WQ + "t"))


def read_x01(path):
    """腾讯文档 export: no styles part, no pStyle; the doc name and the edit log are the 微软雅黑
    paragraphs (the editor's own font), everything else the speech; empty paragraphs skipped."""
    z = zipfile.ZipFile(path)
    names = z.namelist()
    root = etree.fromstring(z.read("word/document.xml"))
    paras, furn, facts = (
        [],
        [],
        {
            "styles_part": "word/styles.xml" in names,
            "pstyle": len(root.findall(".//" + WQ + "pStyle")),
            "empty": 0,
            "h1fmt": {},
        },
    )
    for p in root.iter(WQ + "p"):
        t = wtext(p).strip()
        if not t:
            facts["empty"] += 1
            continue
        fonts = {f.get(WQ + "eastAsia") for f in p.iter(WQ + "rFonts")}
        if "微软雅黑" in fonts:
            furn.append(t)
            continue
        r0 = p.find(WQ + "r")
        rpr = r0.find(WQ + "rPr")
        facts["h1fmt"][t] = (
            rpr.find(WQ + "b") is not None,
            rpr.find(WQ + "sz").get(WQ + "val"),
            rpr.find(WQ + "rFonts").get(WQ + "eastAsia"),
        )
        paras.append(t)
    return paras, furn, facts


def read_x02(path):
    """飞书 export: blocks are divs with data-block-type; heading2/heading3 give the levels; the
    page header, the doc info line, callouts and <title> are furniture; zero-width spaces dropped."""
    doc = lhtml.fromstring(path.read_bytes().decode("utf-8"))
    furn = [doc.findtext(".//title")]
    for el in doc.xpath(
        '//div[contains(@class,"page-block-header")] | //div[contains(@class,"doc-info")] | //div[@data-block-type="callout"]'
    ):
        furn.append(el.text_content().replace("\u200b", "").strip())
    paras, levels = [], {}
    for el in doc.xpath(
        '//div[@data-block-type="text" or @data-block-type="heading2" or @data-block-type="heading3"]'
    ):
        if el.xpath('ancestor::div[@data-block-type="callout"]'):
            continue
        t = el.text_content().replace("\u200b", "").strip()
        if not t:
            continue
        kind = el.get("data-block-type")
        if kind != "text":
            levels[t] = 1 if kind == "heading2" else 2
        paras.append(t)
    facts = {"levels": levels, "hn": len(doc.xpath("//h1|//h2|//h3|//h4|//h5|//h6"))}
    return paras, furn, facts


def rtf_paragraphs(data, enc):
    """A small RTF reader: groups, control words, \\'xx bytes (decoded with enc), \\uN? (with \\ucN
    skipping), \\par ends a paragraph; destinations ({\\*…}, fonttbl, colortbl, info, stylesheet)
    dropped; \\pntext kept (it is the number as shown), its \\tab dropped. Each paragraph comes with
    the control words seen in it and whether its text began inside a \\pntext group."""
    i, n = 0, len(data)
    stack = [{"skip": False, "uc": 1, "pn": False}]
    cur, buf, words, pnt = [], bytearray(), set(), []
    out = []

    def flush_bytes():
        if buf:
            cur.append(buf.decode(enc))
            buf.clear()

    pending_skip = 0
    while i < n:
        ch = data[i]
        if ch == "{":
            st = dict(stack[-1])
            stack.append(st)
            i += 1
            if data.startswith("\\*", i):
                stack[-1]["skip"] = True
            continue
        if ch == "}":
            flush_bytes()
            stack.pop()
            i += 1
            continue
        if ch == "\\":
            if data[i + 1] == "'":
                if not stack[-1]["skip"]:
                    if pending_skip:
                        pending_skip -= 1
                    else:
                        buf.append(int(data[i + 2 : i + 4], 16))
                i += 4
                continue
            if data[i + 1] in "\\{}":
                if not stack[-1]["skip"]:
                    flush_bytes()
                    cur.append(data[i + 1])
                i += 2
                continue
            m = re.match(r"\\([a-z]+)(-?\d+)? ?", data[i:])
            if not m:
                i += 2
                continue
            w, arg = m.group(1), m.group(2)
            i += m.end()
            if w in ("fonttbl", "colortbl", "info", "stylesheet", "generator"):
                stack[-1]["skip"] = True
            elif w == "pntext":
                stack[-1]["pn"] = True
                if not cur:
                    pnt.append(True)
            elif w == "uc":
                stack[-1]["uc"] = int(arg)
            elif w == "u" and not stack[-1]["skip"]:
                flush_bytes()
                v = int(arg)
                cur.append(chr(v + 65536 if v < 0 else v))
                j = 0
                while j < stack[-1]["uc"] and i < n:
                    if data[i] == "\\" and data[i + 1] == "'":
                        i += 4
                    else:
                        i += 1
                    j += 1
            elif w == "par" and not stack[-1]["skip"]:
                flush_bytes()
                out.append(("".join(cur), set(words), bool(pnt)))
                cur, words, pnt = [], set(), []
            elif w == "tab" and not stack[-1]["skip"] and not stack[-1]["pn"]:
                flush_bytes()
                cur.append("\t")
            elif not stack[-1]["skip"]:
                words.add(w + (arg or ""))
            continue
        if ch in "\r\n":
            i += 1
            continue
        if not stack[-1]["skip"]:
            if ord(ch) < 128:
                flush_bytes()
                cur.append(ch)
        i += 1
    return out


def read_x03(path):
    """RTF (Riched20 generator), numbers only in \\pntext groups with \\pn/\\pnlvlN definitions."""
    raw = path.read_bytes()
    data = raw.decode("ascii")
    ps = rtf_paragraphs(data, "gbk")
    paras = [t.strip() for t, w, pn in ps if t.strip()]
    facts = {
        "pntext": [t for t, w, pn in ps if pn],
        "generator": "Msftedit" in data,
        "listtext": "\\listtext" in data,
    }
    return paras, [], facts


def read_x04(path):
    """Hugo post: TOML front matter between +++ lines, the teaser before <!--more-->, footnote
    definitions, the rule and the related list after the speech are furniture; [^n] marks taken
    out of paragraphs (into the furniture); `## ` lines are the level-1 headings; ** dropped."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("+++\n")
    fm_end = text.index("\n+++\n", 4)
    furn = text[4:fm_end].splitlines()
    rest = text[fm_end + 5 :]
    teaser, body = rest.split("<!--more-->", 1)
    furn += [b.strip() for b in teaser.split("\n\n") if b.strip()]
    paras, levels, facts = [], {}, {}
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    tail = False
    for b in blocks:
        if b == "---" or tail:
            tail = True
            furn.append(b)
            continue
        if re.match(r"\[\^\d+\]:", b):
            furn.append(b)
            continue
        for m in re.findall(r"\[\^\d+\]", b):
            furn.append(m)
        b = re.sub(r"\[\^\d+\]", "", b)
        if b.startswith("## "):
            b = b[3:]
            levels[b] = 1
        b = b.replace("**", "")
        paras.append(b)
    facts["levels"] = levels
    facts["more"] = "<!--more-->" in text
    return paras, furn, facts


def read_x05(path):
    """AI chat copied to .txt: the draft is what stands between the first two `---` lines; the
    user's and the assistant's lines around it are furniture; ** and a leading `> ` dropped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rules = [i for i, l in enumerate(lines) if l.strip() == "---"]
    a, b = rules[0], rules[1]
    furn = [l for l in lines[:a] + lines[b + 1 :] if l.strip()]
    paras = []
    for l in lines[a + 1 : b]:
        if not l.strip():
            continue
        l = l.replace("**", "").strip()
        if l.startswith("> "):
            l = l[2:]
        paras.append(l)
    return paras, furn, {"rules": len(rules)}


def read_x06(path):
    """PDF: pdfminer text lines per page (top to bottom); the `— n —` lines at the foot are
    furniture; a line opens a paragraph when it is indented or centred (x0 > left margin + 20) or
    the line before it stopped short of the right margin; annotations (/Text, /Highlight) read
    from the pages' /Annots, their Contents decoded (UTF-16) into the furniture."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextLine
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    def walk(o):
        if isinstance(o, LTTextLine):
            yield o
        elif hasattr(o, "__iter__"):
            for c in o:
                yield from walk(c)

    furn, lines = [], []
    for page in extract_pages(str(path), laparams=LAParams(char_margin=4.0, line_margin=0.2)):
        ls = sorted(walk(page), key=lambda l: (-round(l.y0), l.x0))
        for l in ls:
            t = l.get_text().strip().replace(" ", "")
            if re.fullmatch(r"—\d+—", t):
                furn.append(l.get_text().strip())
                continue
            lines.append((t, l.x0, l.x1))
    left = min(x0 for t, x0, x1 in lines)
    right = max(x1 for t, x0, x1 in lines if not t.endswith(tuple("，。、；：！？）”》")))
    paras, prev_short = [], True
    for t, x0, x1 in lines:
        if x0 > left + 20 or prev_short:
            paras.append(t)
        else:
            paras[-1] += t
        prev_short = x1 < right - 16
    annots = []
    with open(path, "rb") as fp:
        doc = PDFDocument(PDFParser(fp))
        for pg in PDFPage.create_pages(doc):
            for a in resolve1(pg.annots) or []:
                a = resolve1(a)
                dec = lambda b: (
                    b.decode("utf-16") if b.startswith(b"\xfe\xff") else b.decode("latin-1")
                )  # noqa: E731
                annots.append((a["Subtype"].name, dec(a["T"]), dec(a["Contents"])))
    furn += [c for s, t, c in annots]
    return paras, furn, {"annots": annots}


def read_x07(path):
    """RTF under a .doc name (no OLE header): \\uN? escapes; the grey small paragraphs (\\cf2) are
    the OA system's export lines, the rest the speech."""
    raw = path.read_bytes()
    data = raw.decode("ascii")
    ps = rtf_paragraphs(data, "gbk")
    paras, furn = [], []
    for t, w, pn in ps:
        if not t.strip():
            continue
        (furn if "cf2" in w else paras).append(t.strip())
    facts = {
        "rtf": raw.startswith(b"{\\rtf1"),
        "ole": raw.startswith(b"\xd0\xcf\x11\xe0"),
        "u_escapes": len(re.findall(r"\\u\d+\?", data)),
    }
    return paras, furn, facts


def read_x08(path):
    """ODT: text:p and text:h of office:text in document order; what stands inside
    text:table-of-content is furniture (its entries are recorded); text:h outline levels kept."""
    z = zipfile.ZipFile(path)
    assert (
        z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    )
    T = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    root = etree.fromstring(z.read("content.xml"))
    paras, furn, levels, toc = [], [], {}, []
    for el in root.iter("{%s}p" % T, "{%s}h" % T):
        t = "".join(el.itertext()).strip()
        if not t:
            continue
        if any(a.tag == "{%s}table-of-content" % T for a in el.iterancestors()):
            furn.append(t)
            if (
                el.get("{%s}style-name" % T, "").startswith("Contents_20_")
                and el.get("{%s}style-name" % T) != "Contents_20_Heading"
            ):
                toc.append(re.sub(r"\d+$", "", t).strip())
            continue
        if el.tag == "{%s}h" % T:
            levels[t] = int(el.get("{%s}outline-level" % T))
        paras.append(t)
    return paras, furn, {"levels": levels, "toc": toc}


def read_x09(path):
    """docx with custom XML markup: every w:p in document order, also inside w:customXml; the
    paragraphs whose customXml element is 文头 or 印发 are furniture; which element holds the
    title, the speaker, the date and the body is recorded."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras, furn, where = [], [], {}
    for p in root.iter(WQ + "p"):
        t = wtext(p).strip()
        if not t:
            continue
        els = [a.get(WQ + "element") for a in p.iterancestors(WQ + "customXml")]
        if els and els[0] in ("文头", "印发"):
            furn.append(t)
            continue
        where[t] = els[0] if els else None
        paras.append(t)
    inline = [
        c.get(WQ + "element") for c in root.iter(WQ + "customXml") if c.getparent().tag == WQ + "p"
    ]
    return paras, furn, {"where": where, "inline": inline}


def read_x10(path):
    """Evernote HTML export of a web clip: the note title <h1>, the attribute table and <title>
    furniture; the clip is the div styled -evernote-webclip; inside it every <div> with text is a
    paragraph except the highlighted note and the grey clip-source line (furniture)."""
    doc = lhtml.fromstring(path.read_bytes().decode("utf-8"))
    furn = [doc.findtext(".//title"), doc.findtext(".//h1")]
    furn += [tr.text_content().strip() for tr in doc.xpath("//table//tr")]
    clip = doc.xpath('//div[contains(@style,"-evernote-webclip")]')[0]
    paras = []
    for d in clip.xpath("./div"):
        t = d.text_content().strip()
        if not t:
            continue
        st = d.get("style", "")
        if "background-color" in st or "#888888" in st:
            furn.append(t)
            continue
        paras.append(t)
    facts = {"exporter": doc.xpath('//meta[@name="exporter-version"]/@content')}
    return paras, furn, facts


SPEC = {
    "x01_grassroots_burden_tencent_docs.docx": (
        read_x01,
        3,
        4,
        "（2027年3月17日）",
        2,
        "基层减负，减的是负担",
        1,
    ),
    "x02_eco_inspection_rectification_feishu.html": (
        read_x02,
        4,
        3,
        "（2027年8月12日）",
        2,
        "总之，督察整改",
        0,
    ),
    "x03_drug_control_rtf_pntext.rtf": (read_x03, 3, 4, "（2027年6月24日）", 2, "同志们！", 1),
    "x04_ethnic_unity_commendation_hugo.md": (
        read_x04,
        3,
        0,
        "（2027年9月28日）",
        2,
        "这三句话，说到底",
        0,
    ),
    "x05_cyber_security_week_ai_chat.txt": (
        read_x05,
        3,
        0,
        "（2027年9月13日）",
        2,
        "同志们、朋友们，网络安全",
        1,
    ),
    "x06_conscription_pdf_annotations.pdf": (
        read_x06,
        3,
        4,
        "（2027年2月22日）",
        2,
        "同志们，依法服兵役",
        0,
    ),
    "x07_gas_safety_oa_rtf_as.doc": (read_x07, 4, 3, "（2027年4月8日）", 2, "以上意见，", 1),
    "x08_ageing_work_odt_toc.odt": (
        read_x08,
        3,
        4,
        "（2027年10月9日）",
        2,
        "同志们，人人都会老",
        0,
    ),
    "x09_road_traffic_safety_customxml.docx": (
        read_x09,
        3,
        3,
        "（2027年1月20日）",
        2,
        "同志们，春运大幕",
        1,
    ),
    "x10_reading_campaign_evernote.html": (
        read_x10,
        3,
        0,
        "（2027年4月23日）",
        2,
        "书香浸润心灵",
        1,
    ),
}

NUM = {
    "一": 1,
    "二": 2,
    "两": 2,
    "双": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
ENDS = "。：！？"


def numerals(s):
    return [NUM[c] for c in s if c in NUM]


def iso(dline):
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", dline)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def starts_heading(p, mh):
    return p.startswith(mh) and (len(p) == len(mh) or p[len(mh)] in ENDS)


def check_file(name, gold, study):
    reader, n1, n2, dline, gap, cl_open, cl_tail = SPEC[name]
    try:
        paras, furn, facts = reader(TEXTS / name)
    except Exception as e:  # noqa: BLE001
        bad(name, f"reader failed: {e!r}")
        return
    paras = [p.strip() for p in paras if p.strip()]
    speech = "".join(paras)
    flat = []
    for s in gold["sections"]:
        flat.append(s)
        flat.extend(s["children"])
    l1 = sum(1 for s in flat if s["level"] == 1)
    l2 = sum(1 for s in flat if s["level"] == 2)
    if (l1, l2) != (n1, n2):
        bad(name, f"levels {l1}/{l2}, spec {n1}/{n2}")
    pos, hidx = 0, []
    for s in flat:
        mh = s["marker"] + s["heading"]
        hits = [i for i in range(pos, len(paras)) if starts_heading(paras[i], mh)]
        if not hits:
            bad(name, f"heading not found in order: {mh}")
            continue
        hidx.append(hits[0])
        pos = hits[0] + 1
        if sum(1 for p in paras if starts_heading(p, mh)) != 1:
            bad(name, f"heading opens more than one paragraph: {mh}")
    # form facts
    if name.startswith("x01"):
        if facts["styles_part"] or facts["pstyle"]:
            bad(name, "the online editor's export has styles")
        if facts["empty"] < len(paras):
            bad(name, "fewer empty paragraphs than text paragraphs")
        for s in flat:
            if s["level"] == 1 and facts["h1fmt"].get(s["marker"] + s["heading"]) != (
                True,
                "32",
                "黑体",
            ):
                bad(name, f"level-1 heading not a bold 16 pt 黑体 run: {s['heading']}")
    if name.startswith(("x02", "x04", "x08")):
        if name.startswith("x02") and facts["hn"]:
            bad(name, "h1..h6 in the 飞书 export")
        if name.startswith("x04") and not facts["more"]:
            bad(name, "no <!--more-->")
        for s in flat:
            lv = facts["levels"].get(s["marker"] + s["heading"])
            if lv != s["level"]:
                bad(name, f"block/outline level {lv} for level {s['level']}: {s['heading']}")
        if name.startswith("x08"):
            if facts["toc"] != [s["marker"] + s["heading"] for s in flat]:
                bad(name, "the table of contents does not list the gold headings in order")
    if name.startswith("x03"):
        if not facts["generator"] or facts["listtext"]:
            bad(name, "generator missing or \\listtext present")
        pn = [t.split("\t")[0] if "\t" in t else t for t in facts["pntext"]]
        if len(facts["pntext"]) != len(flat):
            bad(name, f"{len(facts['pntext'])} \\pntext paragraphs for {len(flat)} headings")
    if name.startswith("x06"):
        if len(facts["annots"]) != 4 or {t for s_, t, c in facts["annots"]} != {"萧暮云"}:
            bad(name, f"annotations {facts['annots']}")
    if name.startswith("x07"):
        if not facts["rtf"] or facts["ole"] or facts["u_escapes"] < 2000:
            bad(name, "not an RTF with \\uN? escapes under .doc")
    if name.startswith("x09"):
        w = facts["where"]
        if w.get(gold["title"]) != "标题" or w.get(dline) != "日期" or facts["inline"] != ["姓名"]:
            bad(name, "title/date/speaker not in their custom XML elements")
        for s in flat:
            if w.get(next(p for p in paras if p.startswith(s["marker"] + s["heading"]))) != "正文":
                bad(name, f"heading outside 正文: {s['heading']}")
    if name.startswith("x10") and not (
        facts["exporter"] and facts["exporter"][0].startswith("Evernote")
    ):
        bad(name, "no Evernote exporter-version")
    first_h = hidx[0] if hidx else len(paras)
    if dline not in paras:
        bad(name, f"date line {dline} not a paragraph")
    else:
        di = paras.index(dline)
        if iso(dline) != gold["date"]:
            bad(name, f"date {gold['date']} vs line {dline}")
        ti = di - gap
        if ti < 0 or paras[ti] != gold["title"] or ti >= first_h:
            bad(
                name,
                f"title {gold['title']!r} is not the paragraph {gap} above the date line ({paras[max(ti, 0)][:20]!r})",
            )
    # closing: its 12 characters are exactly the first 12 of the paragraph the spec places
    cl = gold["closing"]
    ci = len(paras) - 1 - cl_tail
    if not paras[ci].startswith(cl_open):
        bad(name, f"spec's closing paragraph does not open with {cl_open!r}: {paras[ci][:16]!r}")
    if cl != paras[ci][:12]:
        bad(name, f"closing {cl!r} is not the first 12 characters of {paras[ci][:16]!r}")
    if sum(1 for p in paras if p.startswith(cl_open)) != 1:
        bad(name, f"closing opening {cl_open!r} not unique")
    if hidx and ci <= hidx[-1]:
        bad(name, "closing before the last heading")
    # apparatus
    ftext = "\n".join(furn)
    for a in gold["apparatus"]:
        if a["first"] not in ftext:
            bad(name, f"apparatus {a['kind']} {a['first']!r} not in the furniture")
        if any(p.startswith(a["first"]) for p in paras):
            bad(name, f"apparatus {a['first']!r} opens a speech paragraph")
    # frames
    for fr in study["frames"]:
        ph = fr["phrase"]
        where = [i for i, p in enumerate(paras) if ph in p]
        if not where:
            bad(name, f"frame phrase not in the speech: {ph}")
            continue
        if max(numerals(ph) or [0]) != fr["number"]:
            bad(name, f"frame {ph} number {fr['number']}")
        if fr["listed"]:
            items = fr["items"]
            if len(items) != fr["number"]:
                bad(name, f"frame {ph}: {len(items)} items for {fr['number']}")

            # items in order from the phrase's paragraph on, or (a back-reference such as 这四类风险)
            # in order in the eight paragraphs up to and including the phrase's
            def in_order(text):
                at = 0
                for it in items:
                    j = text.find(it, at)
                    if j < 0:
                        return it
                    at = j + len(it)
                return None

            miss = in_order("".join(paras[where[0] :]))
            if miss and in_order("".join(paras[max(0, where[0] - 8) : where[0] + 1])):
                bad(name, f"frame {ph}: item not found in order: {miss}")
        elif "items" in fr:
            bad(name, f"named frame {ph} has items")
    # roadmaps
    if len(study["roadmap"]) != len(study["roadmap_links"]):
        bad(name, "roadmap and roadmap_links differ in length")
    for ph, link in zip(study["roadmap"], study["roadmap_links"]):
        where = [i for i, p in enumerate(paras) if ph in p]
        if len(where) != 1:
            bad(name, f"roadmap {ph} in {len(where)} paragraphs")
            continue
        n = link["number"]
        if n is not None and (n not in numerals(ph) or n != len(link["parts"])):
            bad(name, f"roadmap {ph}: number {n}, parts {len(link['parts'])}")
        if n is None and numerals(ph):
            bad(name, f"roadmap {ph} has a count but number null")
        pos = where[0] + 1
        heads_after = [i for i in hidx if i > where[0]]
        for k, part in enumerate(link["parts"]):
            hits = [i for i in range(pos, len(paras)) if starts_heading(paras[i], part)]
            if not hits:
                bad(name, f"roadmap {ph}: part not found in order: {part}")
                break
            if k == 0 and (not heads_after or hits[0] != heads_after[0]):
                bad(name, f"roadmap {ph}: first part is not the first heading after it")
            pos = hits[0] + 1
    return len("".join(paras))


def plant(golds, studies, kind):
    g = {k[:3]: v for k, v in golds.items()}
    s = {k[:3]: v for k, v in studies.items()}
    if kind == "title":
        g["x04"]["title"] = "在全县民族团结进步表彰大会上的讲话（旧稿）"
    elif kind == "heading":
        g["x02"]["sections"][1]["children"][1]["heading"] = "严格验收"
    elif kind == "item":
        fr = [f for f in s["x07"]["frames"] if f["phrase"] == "三道关"][0]
        fr["items"][2] = "安检关"
    elif kind == "roadmap":
        s["x03"]["roadmap_links"][1]["parts"] = s["x03"]["roadmap_links"][1]["parts"][1:]
        s["x03"]["roadmap_links"][1]["number"] = 3
    elif kind == "closing":
        g["x07"]["closing"] = "燃气安全，一头连着安全生"
    else:
        raise SystemExit(f"unknown plant {kind}")


def main():
    golds, studies = {}, {}
    st = {
        Path(x["file"]).name: x
        for x in json.loads((SET / "study_gold.json").read_text(encoding="utf-8"))
    }
    for name in SPEC:
        gp = SET / "gold" / (name.rsplit(".", 1)[0] + ".json")
        golds[name] = json.loads(gp.read_text(encoding="utf-8"))
        studies[name] = st[name]
        if (
            golds[name]["source"] != "tests/modern_blind17/texts/" + name
            or st[name]["file"] != golds[name]["source"]
        ):
            bad(name, "source/file path")
    if len(sys.argv) > 2 and sys.argv[1] == "--plant":
        plant(golds, studies, sys.argv[2])
    lens = {}
    for name in SPEC:
        lens[name[:3]] = check_file(name, golds[name], studies[name])
    if "-v" in sys.argv:
        print("speech lengths:", lens)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
