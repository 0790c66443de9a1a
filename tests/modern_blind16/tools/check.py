# ruff: noqa: B023, E741, F841, UP031
"""Checks the gold of modern16 against the delivered files (helper mb16).
Reads every form its own way — not through build.py, common.py or tools/src — and checks title,
date, headings, closing, apparatus, frames and roadmaps against a spec typed here apart from the gold.
Run: python tools/check.py            (reports problems; 0 expected)
     python tools/check.py --plant KIND   (plants one wrong gold value in memory: title, heading,
                                           item, roadmap, closing; the check must catch it)"""

import email
import json
import re
import sys
import zipfile
from email import policy
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
def read_x01(path):
    """Print page: the speech is div#zoom; <br> ends a line; everything else is furniture."""
    raw = path.read_text(encoding="utf-8")
    assert "charset=utf-8" in raw and "window.print()" in raw
    doc = lhtml.fromstring(raw)
    zoom = doc.get_element_by_id("zoom")
    for br in zoom.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for d in zoom.iter("div"):
        d.tail = "\n" + (d.tail or "")
        d.text = "\n" + (d.text or "")
    paras = [ln.replace("\xa0", "").strip() for ln in zoom.text_content().split("\n")]
    paras = [p for p in paras if p]
    zoom.getparent().remove(zoom)
    furn = [t.strip() for t in doc.body.text_content().split("\n") if t.strip()]
    furn.append(doc.findtext(".//title"))
    return paras, furn, {}


def wtext(p):
    return "".join(t.text or "" for t in p.iter(WQ + "t"))


def read_x02(path):
    """Draft .docx: body paragraphs of document.xml; the header part (its text and the VML
    watermark's textpath string) is furniture. The watermark and line numbering must be there."""
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        hdr = etree.fromstring(z.read("word/header1.xml"))
    body = doc.find(WQ + "body")
    paras = [wtext(p) for p in body.findall(WQ + "p")]
    furn = [wtext(p) for p in hdr.iter(WQ + "p")]
    tp = hdr.findall(".//{urn:schemas-microsoft-com:vml}textpath")
    tp = [t.get("string") for t in tp if t.get("string")]
    furn += tp
    facts = {"watermark": len(tp) == 1, "lnNum": body.find(f"{WQ}sectPr/{WQ}lnNumType") is not None}
    return paras, furn, facts


def read_x03(path):
    """Word 2003 XML under .doc: <?mso-application progid="Word.Document"?>, w:wordDocument root;
    paragraphs of wx:sect; pStyle 1/2 are Word's heading 1/2 (style names checked)."""
    raw = path.read_bytes()
    assert raw.startswith(b"<?xml") and b'progid="Word.Document"' in raw[:200]
    W3 = "{http://schemas.microsoft.com/office/word/2003/wordml}"
    root = etree.fromstring(raw)
    assert root.tag == W3 + "wordDocument"
    names = {
        s.get(W3 + "styleId"): s.find(W3 + "name").get(W3 + "val") for s in root.iter(W3 + "style")
    }
    paras, styles = [], {}
    for p in root.find(W3 + "body").iter(W3 + "p"):
        t = "".join(x.text or "" for x in p.iter(W3 + "t"))
        ps = p.find(f"{W3}pPr/{W3}pStyle")
        paras.append(t)
        styles[t] = names.get(ps.get(W3 + "val")) if ps is not None else "Normal"
    furn = [e.text for e in root.iter("{urn:schemas-microsoft-com:office:office}Title")]
    return paras, furn, {"styles": styles}


def read_x04(path):
    """Chrome .mhtml: the main html part (Snapshot-Content-Location) holds an <iframe src="cid:…">;
    the part with that Content-ID is the speech (its <p>s), the main page is furniture."""
    raw = path.read_bytes()
    assert raw.startswith(b"From: <Saved by Blink>\r\n")
    msg = email.message_from_bytes(raw, policy=policy.default)
    loc = msg["Snapshot-Content-Location"]
    parts = {}
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            parts[part["Content-Location"]] = part
    main = parts[loc]
    mdoc = lhtml.fromstring(main.get_payload(decode=True).decode("utf-8"))
    src = mdoc.find(".//iframe").get("src")
    assert src.startswith("cid:")
    frame = [p for p in parts.values() if p["Content-ID"] == "<" + src[4:] + ">"][0]
    fdoc = lhtml.fromstring(frame.get_payload(decode=True).decode("utf-8"))
    paras = [p.text_content().strip() for p in fdoc.iter("p")]
    furn = [el.text_content().strip() for el in mdoc.body.iter("div", "h1", "p")]
    # the frame's last right-aligned note is furniture
    if paras and paras[-1].startswith("（") and paras[-1].endswith("）") and "删节" in paras[-1]:
        furn.append(paras.pop())
    return paras, furn, {}


def read_x05(path):
    """WeChat chat export: messages start with a `sender　hh:mm` line after a blank line; the speech
    is the content of 杭以宁's messages after the first (a note) up to the first [文件] message."""
    raw = path.read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").split("\r\n")
    who = re.compile(r"^(\S+)　(\d\d:\d\d)$")
    msgs, furn, cur = [], [], None
    for i, ln in enumerate(lines):
        m = who.match(ln)
        if m and (i == 0 or lines[i - 1] == ""):
            cur = [m.group(1), []]
            msgs.append(cur)
            furn.append(ln)
        elif cur is None or ln.startswith("————"):
            if ln.strip():
                furn.append(ln)
        elif ln.strip():
            cur[1].append(ln)
    paras, started, done = [], False, False
    for sender, content in msgs:
        mine = sender == "县委办-杭以宁"
        if mine and not started:
            started = True
            furn += content  # the covering note
            continue
        if mine and content and content[0].startswith("[文件]"):
            done = True
        if mine and not done:
            paras += content
        else:
            furn += content
    return paras, furn, {}


def read_x06(path):
    """Browser-printed PDF: pdfminer characters grouped into lines by baseline; the browser's
    header/footer bands (y > H-30, y < 30) are furniture; the article runs from the line after the
    one starting 发布时间 to the line before 【打印】; a line starting at the body's left margin
    continues the paragraph before it, a line starting further right opens one."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer

    lines, furn = [], []
    for page in extract_pages(str(path)):
        H = page.height
        rows = {}
        for el in page:
            if isinstance(el, LTTextContainer):
                for tl in el:
                    for ch in tl:
                        if isinstance(ch, LTChar):
                            rows.setdefault(round(ch.y0, 1), []).append(ch)
        for y in sorted(rows, reverse=True):
            chs = sorted(rows[y], key=lambda c: c.x0)
            t = "".join(c.get_text() for c in chs)
            if y > H - 30 or y < 30:
                furn.append(t)
            else:
                lines.append((round(chs[0].x0), t))
    i0 = [i for i, (x, t) in enumerate(lines) if t.startswith("发布时间")][0]
    i1 = [i for i, (x, t) in enumerate(lines) if t.startswith("【打印】")][0]
    furn += [t for x, t in lines[: i0 + 1] + lines[i1:]]
    paras = []
    for x, t in lines[i0 + 1 : i1]:
        if x <= 41 and paras:
            paras[-1] += t
        else:
            paras.append(t.strip())
    return paras, furn, {}


def read_x07(path):
    """Notion .md: `# ` title; property lines `Key: value` up to the first blank line; <aside>
    blocks and lines wholly in *…* are furniture; `## `/`### ` headings keep their text; `- ` items."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("# ")
    paras, furn, i = [lines[0][2:]], [], 1
    while lines[i] == "":
        i += 1
    while lines[i]:
        assert re.match(r"^\S+: ", lines[i])
        furn.append(lines[i])
        i += 1
    aside, levels = False, {}
    for ln in lines[i:]:
        if ln == "<aside>":
            aside = True
        elif ln == "</aside>":
            aside = False
        elif aside:
            if ln:
                furn.append(ln)
        elif re.fullmatch(r"\*[^*].*\*", ln):
            furn.append(ln.strip("*"))
        elif ln.startswith("### "):
            paras.append(ln[4:])
            levels[ln[4:]] = 2
        elif ln.startswith("## "):
            paras.append(ln[3:])
            levels[ln[3:]] = 1
        elif ln.startswith("- "):
            paras.append(ln[2:])
        elif ln:
            paras.append(ln)
    return paras, furn, {"levels": levels}


def read_x08(path):
    """WordPad RTF: Riched20 generator, \\'xx escapes decoded as GBK (ansicpg936), \\par ends a
    paragraph, the font table and generator groups skipped."""
    raw = path.read_bytes()
    assert raw.startswith(rb"{\rtf1\ansi\ansicpg936") and b"Riched20" in raw
    s = raw.rstrip(b"\x00").decode("ascii")
    s = re.sub(r"\{\\fonttbl(\{[^{}]*\})*\}", "", s)
    s = re.sub(r"\{\\\*\\generator [^{}]*\}", "", s)
    out, buf, i = [], bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            if s[i + 1] == "'":
                buf += bytes([int(s[i + 2 : i + 4], 16)])
                i += 4
                continue
            if s[i + 1] in "\\{}":
                buf += s[i + 1].encode()
                i += 2
                continue
            m = re.match(r"\\([a-z]+)(-?\d+)? ?", s[i:])
            if m.group(1) == "par":
                out.append(buf.decode("gbk"))
                buf = bytearray()
            i += m.end()
        elif c in "{}\r\n":
            i += 1
        else:
            buf += c.encode()
            i += 1
    return [p for p in out if p.strip()], [], {}


def read_x09(path):
    """ODF: mimetype first and stored; the office:text children in order, a draw:frame's
    text-box paragraphs read where the frame is anchored; text:h carries outline-level; the
    master page's header is furniture."""
    with zipfile.ZipFile(path) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        content = etree.fromstring(z.read("content.xml"))
        styles = etree.fromstring(z.read("styles.xml"))
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    D = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
    O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"

    def own(e):
        parts = [e.text or ""]
        for c in e:
            if c.tag != D + "frame":
                parts.append("".join(c.itertext()))
            parts.append(c.tail or "")
        return "".join(parts)

    paras, levels, framed = [], {}, []
    for e in content.find(f"{O}body/{O}text"):
        for fr in e.iter(D + "frame"):
            for fp in fr.iter(T + "p"):
                paras.append("".join(fp.itertext()))
                framed.append(paras[-1])
        t = own(e)
        if t.strip():
            paras.append(t)
        if e.tag == T + "h":
            levels[t] = int(e.get(T + "outline-level"))
    furn = ["".join(p.itertext()) for p in styles.iter(S + "header")]
    return paras, furn, {"levels": levels, "framed": framed}


def read_x10(path):
    """Bulletin .docx: paragraphs of document.xml; a paragraph whose framePr is a dropCap is
    joined to the next; the masthead (before the first paragraph centred in 方正小标宋 at 20 pt),
    the editor's note and the bordered distribution line at the end are furniture."""
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    ps, carry = [], ""
    for p in doc.find(WQ + "body").findall(WQ + "p"):
        fp = p.find(f"{WQ}pPr/{WQ}framePr")
        if fp is not None and fp.get(WQ + "dropCap") == "drop":
            carry = wtext(p)
            continue
        sz = p.find(f".//{WQ}sz")
        border = p.find(f"{WQ}pPr/{WQ}pBdr") is not None
        ps.append((carry + wtext(p), sz.get(WQ + "val") if sz is not None else None, border))
        carry = ""
    start = [i for i, (t, sz, b) in enumerate(ps) if sz == "40"][0]
    furn = [t for t, sz, b in ps[:start]] + [t for t, sz, b in ps[start:] if b]
    paras = [t for t, sz, b in ps[start:] if not b]
    return paras, furn, {"dropcap": carry == "" and any(True for _ in doc.iter(WQ + "framePr"))}


# spec typed apart from the gold: reader, level-1 count, level-2 count, date line as written,
# paragraphs from title to date line, the closing's own opening, paragraphs after the closing's first
SPEC = {
    "x01_national_security_day_print_page.html": (
        read_x01,
        3,
        4,
        "（2027年4月15日）",
        2,
        "国家安全没有局外人",
        1,
    ),
    "x02_safety_interview_watermark_draft.docx": (
        read_x02,
        3,
        4,
        "（2027年5月9日）",
        2,
        "约谈不是目的",
        1,
    ),
    "x03_village_team_training_word2003xml.doc": (
        read_x03,
        3,
        4,
        "2027年3月6日",
        2,
        "同志们，驻村一任",
        1,
    ),
    "x04_archives_work_iframe.mhtml": (
        read_x04,
        3,
        4,
        "（2027年3月28日）",
        2,
        "同志们，档案工作",
        0,
    ),
    "x05_constitution_oath_wechat_chat.txt": (
        read_x05,
        3,
        0,
        "（2027年1月15日）",
        2,
        "同志们，今天的宣誓",
        1,
    ),
    "x06_medical_insurance_fund_browser_print.pdf": (
        read_x06,
        3,
        4,
        "（2027年6月10日）",
        2,
        "同志们，守护好",
        0,
    ),
    "x07_funeral_reform_notion.md": (read_x07, 3, 3, "（2027年4月1日）", 2, "移风易俗，非一日", 0),
    "x08_cultural_relics_wordpad.rtf": (
        read_x08,
        4,
        3,
        "（2027年9月16日）",
        2,
        "文物保护功在当代",
        0,
    ),
    "x09_illegal_fundraising_odt_frames.odt": (
        read_x09,
        3,
        7,
        "2027年6月22日",
        2,
        "各位同志，防范",
        0,
    ),
    "x10_league_congress_closing_dropcap.docx": (
        read_x10,
        3,
        0,
        "（2027年5月4日）",
        2,
        "各位代表，同志们！",
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
    if name.startswith("x02") and not (facts["watermark"] and facts["lnNum"]):
        bad(name, "watermark or line numbering missing")
    if name.startswith("x03"):
        for s in flat:
            want = "heading 1" if s["level"] == 1 else "heading 2"
            if facts["styles"].get(s["marker"] + s["heading"]) != want:
                bad(name, f"heading style differs: {s['heading']}")
    if name.startswith(("x07", "x09")):
        for s in flat:
            mh = s["marker"] + s["heading"]
            lv = facts["levels"].get(mh)
            if (
                s["marker"][0].isdigit()
                or s["marker"].startswith("（")
                or s["marker"].endswith("、")
            ):
                if name.startswith("x09") and s["marker"].startswith("第"):
                    continue
                if lv != s["level"]:
                    bad(name, f"outline level {lv} for level {s['level']}: {s['heading']}")
    if name.startswith("x09") and facts["framed"][:1] != [gold["title"]]:
        bad(name, "the title is not the first text-box paragraph")
    if name.startswith("x10") and not facts["dropcap"]:
        bad(name, "no drop cap")
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
        g["x04"]["title"] = "全县档案工作会议召开"
    elif kind == "heading":
        g["x03"]["sections"][1]["children"][2]["heading"] = "办好民生事项"
    elif kind == "item":
        fr = [f for f in s["x09"]["frames"] if f["phrase"] == "五进"][0]
        fr["items"][4] = "进机关"
    elif kind == "roadmap":
        s["x08"]["roadmap_links"][1]["parts"] = s["x08"]["roadmap_links"][1]["parts"][:2]
    elif kind == "closing":
        g["x10"]["closing"] = "现在，我宣布：共青团榆岙"
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
            golds[name]["source"] != "tests/modern_blind16/texts/" + name
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
