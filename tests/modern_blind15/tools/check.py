# ruff: noqa: B007, B023, E741, F401, F841, I001, UP031
"""Checks the gold of modern15 against the delivered files (helper mb15).
Reads every form its own way — not through build.py, common.py or tools/src — and checks title,
date, headings, closing, apparatus, frames and roadmaps against a spec typed here apart from the gold.
Run: python tools/check.py            (reports problems; 0 expected)
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
WNS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
WQ = "{%s}" % WNS["w"]
problems = []


def bad(name, msg):
    problems.append(f"{name}: {msg}")


# ------------------------------------------------------------------ readers: (speech paragraphs, furniture texts, extra form facts)
def docx_xml(path, part="word/document.xml"):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(part))


def ptext(p):
    return "".join(t.text or "" for t in p.iter(WQ + "t"))


def read_x01(path):
    doc = docx_xml(path)
    body = doc.find("w:body", WNS)
    tbls = body.findall("w:tbl", WNS)
    if len(tbls) != 1:
        raise ValueError("x01: expected exactly one table")
    if any(ptext(p).strip() for p in body.findall("w:p", WNS)):
        raise ValueError("x01: text outside the table")
    speech, furn = None, []
    for tr in tbls[0].findall("w:tr", WNS):
        tcs = tr.findall("w:tc", WNS)
        ps = [ptext(p) for tc in tcs for p in tc.findall("w:p", WNS)]
        span = tcs[0].find("w:tcPr/w:gridSpan", WNS)
        if len(tcs) == 1 and span is not None and span.get(WQ + "val") == "4" and len(ps) > 10:
            if speech is not None:
                raise ValueError("x01: two body cells")
            furn.append(ps[0])  # the 正文 label
            speech = [p for p in ps[1:] if p.strip()]
        else:
            furn.append("".join(ps))
    return speech, furn, {}


def read_x02(path):
    doc = docx_xml(path)
    paras, styles = [], []
    for p in doc.iter(WQ + "p"):
        st = p.find("w:pPr/w:pStyle", WNS)
        paras.append(ptext(p))
        styles.append(st.get(WQ + "val") if st is not None else None)
    used = set(styles)
    if (
        "Heading1" in used
        or not {"Heading2", "Heading3", "FirstParagraph", "BodyText", "Title", "Author", "Date"}
        <= used
    ):
        raise ValueError(f"x02: not pandoc's shifted styles: {sorted(s for s in used if s)}")
    return paras, [], {"styles": dict(zip(paras, styles))}


def read_x03(path):
    root = lhtml.fromstring(path.read_bytes().decode("utf-8"))
    paras, furn = [], []
    pages = root.xpath('//div[contains(@class,"reader-page")]')
    for pg in pages:
        lines = []
        for p in pg.xpath("./p"):
            st = p.get("style")
            top = int(re.search(r"top:(\d+)px", st).group(1))
            left = int(re.search(r"left:(\d+)px", st).group(1))
            lines.append((top, left, p.text_content()))
        for top, left, t in sorted(lines):
            if left == 72 and paras:
                paras[-1] += t
            else:
                paras.append(t)
        for d in pg.xpath("./div"):
            furn.append(d.text_content())
        pg.getparent().remove(pg)
    for el in root.xpath("//body/div"):
        furn.append(el.text_content())
    return paras, furn, {"pages": len(pages)}


def read_x04(path):
    raw = path.read_bytes()
    txt = raw.decode("big5")  # strict
    if "\r\n" not in txt or re.search(r"(?<!\r)\n", txt):
        raise ValueError("x04: not CRLF throughout")
    blocks = re.split(r"\r\n\s*\r\n", txt.strip("\r\n"))
    big = max(blocks, key=len)
    furn = [b for b in blocks if b is not big]
    lines = big.split("\r\n")
    tabs = sum(1 for ln in lines if ln.startswith("\t"))
    if not tabs:
        raise ValueError("x04: no tab indents")
    return [ln.strip("\t 　") for ln in lines if ln.strip()], furn, {}


def read_x05(path):
    txt = path.read_text(encoding="utf-8")
    blocks = [b for b in re.split(r"\n\s*\n", txt) if b.strip()]
    paras, furn, tail = [], [], False
    for b in blocks:
        b = b.strip()
        if b.startswith("### "):
            tail = True
        if re.fullmatch(r"<a name=\"\w+\"></a>", b):
            continue
        plain = re.sub(r"<br\s*/?>", "\n", b)
        plain = re.sub(r"<[^>]+>", "", plain).replace("**", "").lstrip("# ")
        if tail or b.startswith("**目录**") or b.startswith("- [") or b.startswith("<font color"):
            furn.append(plain)
            continue
        paras.extend(x.strip() for x in plain.split("\n") if x.strip())
    return paras, furn, {}


def read_x06(path):
    with zipfile.ZipFile(path) as z:
        if z.namelist()[0] != "mimetype" or z.getinfo("mimetype").compress_type != 0:
            raise ValueError("x06: mimetype not first and stored")
        root = etree.fromstring(z.read("content.xml"))
    T = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    O = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = root.find(f"{{{O}}}body/{{{O}}}text")
    paras, levels = [], {}

    def tx(e):
        return "".join(e.itertext())

    for el in body:
        tag = etree.QName(el).localname
        if tag == "p":
            paras.append(tx(el))
        elif tag == "list":
            for it in el:
                kind = etree.QName(it).localname
                for c in it:
                    t = tx(c)
                    paras.append(t)
                    if etree.QName(c).localname == "h":
                        if kind != "list-header":
                            raise ValueError("x06: a heading in a numbered list-item")
                        levels[t] = int(c.get(f"{{{T}}}outline-level"))
    return paras, [], {"levels": levels}


def read_x07(path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text

    with open(path, "rb") as fh:
        info = PDFDocument(PDFParser(fh)).info[0]
    if decode_text(info["Creator"]) != "WPS 文字" or decode_text(info["Producer"]) != "WPS 文字":
        raise ValueError("x07: not WPS's Creator/Producer")
    paras, furn = [], []
    prev_title = False
    for page in extract_pages(str(path)):
        W_, H_ = page.width, page.height
        chars = []

        def walk(o):
            if isinstance(o, LTChar):
                chars.append(o)
            elif hasattr(o, "__iter__"):
                for c in o:
                    walk(c)

        walk(page)
        rows_ = {}
        for ch in chars:
            rows_.setdefault(round(ch.y0, 0), []).append(ch)
        for y in sorted(rows_, reverse=True):
            cs = sorted(rows_[y], key=lambda c: c.x0)
            t = "".join(c.get_text() for c in cs)
            size = round(cs[0].size, 1)
            x0, x1 = cs[0].x0, cs[-1].x1
            if y > H_ - 70 or y < 60 or size < 10:
                furn.append(t)
                prev_title = False
                continue
            if size >= 19:
                if prev_title:
                    paras[-1] += t
                else:
                    paras.append(t)
                prev_title = True
                continue
            prev_title = False
            if abs(x0 - 79) < 2 and paras:
                paras[-1] += t
            else:
                paras.append(t)
    return paras, furn, {}


def read_x08(path):
    raw = path.read_bytes()
    if b"charset=gb2312" not in raw or b"Microsoft Word 15 (filtered medium)" not in raw:
        raise ValueError("x08: not Outlook's Word HTML")
    root = lhtml.fromstring(raw.decode("gbk"))
    paras, furn = [], []
    sec = root.xpath('//div[@class="WordSection1"]')[0]
    for el in sec:
        if el.tag == "table" or el.tag == "div":
            furn.append(el.text_content())
            continue
        t = el.text_content().replace("\xa0", "").strip()
        if not t:
            continue
        spans = " ".join(s.get("style") or "" for s in el.iter("span"))
        if "16.0pt" in spans or "22.0pt" in spans:
            paras.append(t)
        else:
            furn.append(t)
    return paras, furn, {}


def read_x09(path):
    doc = docx_xml(path)
    body = doc.find("w:body", WNS)
    paras, furn, facts = [], [], {}
    for el in body:
        tag = etree.QName(el).localname
        if tag == "sdt":
            tagv = el.find("w:sdtPr/w:tag", WNS).get(WQ + "val")
            ps = [ptext(p) for p in el.find("w:sdtContent", WNS).findall("w:p", WNS)]
            if tagv in ("标题", "讲话人", "正文"):
                paras.extend(p for p in ps if p.strip())
            else:
                furn.append("".join(ps))
        elif tag == "p":
            ds = el.find("w:sdt/w:sdtPr/w:date", WNS)
            plc = el.find("w:sdt/w:sdtPr/w:showingPlcHdr", WNS)
            if ds is not None:
                facts["fullDate"] = ds.get(WQ + "fullDate")[:10]
                paras.append(ptext(el))
            elif plc is not None:
                furn.append(ptext(el))
            elif ptext(el).strip():
                raise ValueError("x09: a body paragraph outside the content controls")
    return paras, furn, facts


def read_x10(path):
    root = lhtml.fromstring(path.read_bytes().decode("utf-8"))
    h1 = root.xpath('//h1[@class="article-title"]')[0]
    content = root.xpath('//div[@class="article-content"]')[0]
    paras = [h1.text_content()] + [p.text_content().strip() for p in content.xpath("./p")]
    h1.getparent().remove(h1)
    content.getparent().remove(content)
    furn = []
    for el in root.xpath("//body/div|//body/ul|//div[@class='xxgk-detail']/*"):
        furn.append(el.text_content())
    return paras, furn, {}


# ------------------------------------------------------------------ the spec, typed apart from the gold
# file: reader, L1, L2, date line as written, paragraphs from title to date line, closing opening,
# speech paragraphs after the closing's first paragraph
SPEC = {
    "x01_old_housing_renewal_oa_form.docx": (
        read_x01,
        3,
        4,
        "（2027年4月18日）",
        2,
        "总之，老旧",
        0,
    ),
    "x02_river_chief_pandoc.docx": (read_x02, 3, 9, "2027年3月22日", 2, "同志们，治水", 0),
    "x03_tech_innovation_doc_viewer.html": (
        read_x03,
        3,
        4,
        "（2027年5月30日）",
        2,
        "同志们、朋友们，科技",
        0,
    ),
    "x04_preappointment_talk_big5.txt": (read_x04, 4, 0, "（2027年5月12日）", 2, "最後，再囑咐", 1),
    "x05_women_congress_opening_shimo.md": (
        read_x05,
        3,
        0,
        "（2027年6月8日）",
        2,
        "各位代表！开好",
        1,
    ),
    "x06_cppcc_inspection_list_header.odt": (read_x06, 3, 3, "（2027年4月26日）", 2, "以上几点", 1),
    "x07_party_secretaries_review_wps_footnotes.pdf": (
        read_x07,
        3,
        4,
        "（2027年1月20日）",
        2,
        "同志们，基层党建",
        0,
    ),
    "x08_school_safety_outlook.htm": (
        read_x08,
        3,
        4,
        "（2027年2月20日）",
        2,
        "各位校长，同志们，学校",
        0,
    ),
    "x09_business_complaints_content_controls.docx": (
        read_x09,
        2,
        4,
        "2027年7月9日",
        2,
        "同志们，营商",
        0,
    ),
    "x10_veterans_work_portal_disclosure.html": (
        read_x10,
        3,
        3,
        "（2027年6月18日）",
        2,
        "退役军人工作使命",
        0,
    ),
}

NUM = {
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "双": 2,
    "雙": 2,
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
        bad(name, f"reader failed: {e}")
        return
    paras = [p.strip() for p in paras if p.strip()]
    speech = "".join(paras)
    # headings
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
    if name.startswith("x02"):
        for s in flat:
            st = facts["styles"].get(s["marker"] + s["heading"])
            want = "Heading2" if s["level"] == 1 else "Heading3"
            if st != want:
                bad(name, f"heading style {st} for level {s['level']}: {s['heading']}")
    if name.startswith("x06"):
        for s in flat:
            if facts["levels"].get(s["marker"] + s["heading"]) != s["level"]:
                bad(name, f"outline level differs: {s['heading']}")
    first_h = hidx[0] if hidx else len(paras)
    # title and date
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
    if "fullDate" in facts and facts["fullDate"] != gold["date"]:
        bad(name, "date picker's fullDate differs from the gold date")
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
        if a["kind"] == "marks":
            if a["first"] not in speech:
                bad(name, f"mark {a['first']} not in the speech")
            continue
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
            rest = "".join(paras[where[0] :])
            at = 0
            for it in items:
                j = rest.find(it, at)
                if j < 0:
                    bad(name, f"frame {ph}: item not found in order: {it}")
                    break
                at = j + len(it)
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


def plant(golds, studies, kind):
    g = {k[:3]: v for k, v in golds.items()}
    s = {k[:3]: v for k, v in studies.items()}
    if kind == "title":
        g["x09"]["title"] = "领导讲话材料"
    elif kind == "heading":
        g["x02"]["sections"][0]["children"][1]["heading"] = "加快农村生活污水治理"
    elif kind == "item":
        fr = [f for f in s["x08"]["frames"] if f["phrase"] == "五查"][0]
        fr["items"][3] = "查校园"
    elif kind == "roadmap":
        s["x06"]["roadmap_links"][1]["parts"].reverse()
    elif kind == "closing":
        g["x06"]["closing"] = "谢谢大家！"
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
            golds[name]["source"] != "tests/modern_blind15/texts/" + name
            or st[name]["file"] != golds[name]["source"]
        ):
            bad(name, "source/file path")
    if len(sys.argv) > 2 and sys.argv[1] == "--plant":
        plant(golds, studies, sys.argv[2])
    for name in SPEC:
        check_file(name, golds[name], studies[name])
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
