# ruff: noqa: E741, I001, SIM105  (the set writer's tools, kept as written; see the README)
"""Checks the gold of modern14 against the delivered files (helper mb14). Each form is read its
own way here — none through build.py, common.py or tools/src — and every title, date, heading,
frame, roadmap, closing and apparatus entry is checked on the paragraphs so read.
  python tools/check.py               -> problems, 0 expected
  python tools/check.py --plant KIND  -> one planted wrong value (title|heading|frame|roadmap|closing)
"""

import email
import json
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree, html as lhtml

SET = Path(__file__).resolve().parent.parent
TXT = SET / "texts"
PROBLEMS = []


def bad(name, msg):
    PROBLEMS.append(f"{name}: {msg}")


def need(cond, name, msg):
    if not cond:
        bad(name, msg)


def norm(s):
    return re.sub(r"[ \t\r\n\xa0]+", "", s or "")


# ------------------------------------------------------------------ readers: (paragraphs, furniture)
def r_x01(p):
    raw = p.read_bytes()
    need(raw[:4] != b"\xd0\xcf\x11\xe0", "x01", "is an OLE .doc, expected HTML saved as .doc")
    txt = raw.decode("gbk")  # strict
    need(
        "charset=gb2312" in txt and "content=Word.Document" in txt and "w:WordDocument" in txt,
        "x01",
        "not Word-flavoured HTML",
    )
    need("\r\n" in txt, "x01", "no CRLF")
    root = lhtml.fromstring(raw, parser=lhtml.HTMLParser(encoding="gbk"))
    paras, furn = [], []
    for el in root.iter("p"):
        t = norm(el.text_content())
        if not t:
            continue
        (furn if any(a.tag == "table" for a in el.iterancestors()) else paras).append(t)
    tbl = [norm(td.text_content()) for td in root.iter("td")]
    furn = ["".join(tbl[i : i + 2]) for i in range(0, len(tbl), 2)]
    return paras, furn


def r_x02(p):
    s = p.read_bytes().decode("ascii")
    need(s.startswith("{\\rtf1\\ansi\\ansicpg1252\\cocoartf"), "x02", "not a Cocoa (TextEdit) RTF")
    need("\\'" not in s, "x02", "hex escapes present, TextEdit writes \\uN")
    out, cur, i, depth, skip_depth = [], [], 0, 0, None
    while i < len(s):
        c = s[i]
        if c == "{":
            depth += 1
            if skip_depth is None and re.match(r"\{\\(fonttbl|colortbl|\*)", s[i:]):
                skip_depth = depth
            i += 1
        elif c == "}":
            if skip_depth == depth:
                skip_depth = None
            depth -= 1
            i += 1
        elif c == "\\":
            if s[i + 1] == "\n":
                if skip_depth is None:
                    out.append("".join(cur))
                    cur = []
                i += 2
                continue
            if s[i + 1] in "\\{}":
                if skip_depth is None:
                    cur.append(s[i + 1])
                i += 2
                continue
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", s[i:])
            if not m:  # a control symbol such as \* or \~
                i += 2
                continue
            w, n = m.group(1), m.group(2)
            if w == "u" and skip_depth is None:
                v = int(n)
                cur.append(chr(v + 65536 if v < 0 else v))
            elif w == "par" and skip_depth is None:
                out.append("".join(cur))
                cur = []
            i += m.end()
        elif c in "\r\n":
            i += 1
        else:
            if skip_depth is None:
                cur.append(c)
            i += 1
    out.append("".join(cur))
    return [norm(x) for x in out if norm(x)], []


SW = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def r_x03(p):
    z = zipfile.ZipFile(p)
    doc = z.read("word/document.xml")
    need(
        b"schemas.openxmlformats.org/wordprocessingml" not in doc,
        "x03",
        "transitional namespace in document.xml",
    )
    root = etree.fromstring(doc)
    need(
        root.tag == f"{{{SW}}}document" and root.get(f"{{{SW}}}conformance") == "strict",
        "x03",
        "not Strict OOXML",
    )
    need(
        b"relationships/officeDocument" in z.read("_rels/.rels")
        and b"purl.oclc.org" in z.read("_rels/.rels"),
        "x03",
        "package rel not strict",
    )
    ns = {"w": SW}
    paras = [
        norm("".join(x.text or "" for x in pp.iterfind(".//w:t", ns)))
        for pp in root.iterfind(".//w:body/w:p", ns)
    ]
    need(
        not root.findall(".//w:pStyle", ns),
        "x03",
        "a paragraph style in the body (headings must be direct formatting)",
    )
    need(
        len(root.findall(".//w:footnoteReference", ns)) == 2
        and len(root.findall(".//w:commentReference", ns)) == 2,
        "x03",
        "footnote/comment references",
    )
    furn = []
    for part in ("word/footnotes.xml", "word/comments.xml"):
        r = etree.fromstring(z.read(part))
        for el in r:
            t = norm("".join(x.text or "" for x in el.iterfind(".//w:t", ns)))
            if t:
                furn.append(t)
    return [x for x in paras if x], furn


def r_x04(p):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTImage, LTFigure, LTTextLine, LTTextBox

    raw = p.read_bytes()
    need(
        raw.count(b"/Subtype /Image") + raw.count(b"/Subtype/Image") >= 5,
        "x04",
        "page images missing",
    )
    import zlib

    streams = re.findall(rb"stream\r?\n(.*?)endstream", raw, re.S)
    dec = []
    for st in streams:
        try:
            dec.append(zlib.decompressobj().decompress(st))
        except Exception:
            pass
    need(sum(d.count(b"3 Tr") for d in dec) >= 5, "x04", "no invisible (3 Tr) text layer")
    paras, furn = [], []
    for page in extract_pages(str(p), laparams=LAParams(char_margin=60, line_margin=0.05)):
        lines, has_img = [], False
        stack = list(page)
        while stack:
            o = stack.pop()
            if isinstance(o, (LTImage, LTFigure)):
                has_img = True
            if isinstance(o, LTTextLine):
                lines.append(o)
            elif isinstance(o, (LTTextBox, LTFigure)):
                stack.extend(list(o))
        need(has_img, "x04", "a page without a scan image")
        for ln in sorted(lines, key=lambda o: -o.y0):
            t = norm(ln.get_text())
            if ln.y0 < 90:
                furn.append(ln.get_text().strip())
                continue
            if ln.x0 > 100 or not paras:
                paras.append(t)
            else:
                paras[-1] += t
    return paras, furn


TW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def r_x05(p):
    z = zipfile.ZipFile(p)
    root = etree.fromstring(z.read("word/document.xml"))
    ns = {"w": TW}
    body = root.find("w:body", ns)
    paras = []
    chunks = 0
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    for el in body:
        if el.tag == f"{{{TW}}}p":
            paras.append(norm("".join(x.text or "" for x in el.iterfind(".//w:t", ns))))
        elif el.tag == f"{{{TW}}}altChunk":
            rid = el.get(f"{{{RN}}}id")
            tgt = [r.get("Target") for r in rels if r.get("Id") == rid][0]
            need(
                rels.xpath(f"//*[@Id='{rid}']/@Type")[0].endswith("/aFChunk"),
                "x05",
                "chunk rel type",
            )
            h = lhtml.fromstring(z.read("word/" + tgt))
            paras += [norm(x.text_content()) for x in h.iter("p")]
            chunks += 1
    need(chunks == 1, "x05", "expected one altChunk")
    return [x for x in paras if x], []


def r_x06(p):
    s = p.read_text(encoding="utf-8")
    need(not s.startswith("---"), "x06", "front matter present")
    paras, furn = [], []
    setext = {"=": 0, "-": 0}
    for block in re.split(r"\n\s*\n", s.strip()):
        lines = block.split("\n")
        if len(lines) >= 2 and re.fullmatch(r"=+|-+", lines[-1]):
            setext[lines[-1][0]] += 1
            paras.append(norm("".join(lines[:-1])))
        elif lines[0].startswith("|"):
            furn += [norm(l) for l in lines]
        else:
            need(all(len(l) <= 26 for l in lines), "x06", f"line not hard-wrapped: {lines[0][:10]}")
            paras.append(norm("".join(lines).replace("**", "")))
    need(setext["="] == 1 and setext["-"] >= 2, "x06", f"setext headings {setext}")
    return paras, furn


def r_x07(p):
    raw = p.read_bytes()
    msg = email.message_from_bytes(raw)
    need(
        msg.get("X-Document-Type") == "Worddocument"
        and msg.get_content_type() == "multipart/related",
        "x07",
        "not a Word .mht",
    )
    parts = [x for x in msg.walk() if x.get_content_type() == "text/html"]
    need(
        len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "quoted-printable",
        "x07",
        "html part",
    )
    need(parts[0].get_content_charset() == "gb2312", "x07", "charset label")
    data = parts[0].get_payload(decode=True)
    need(b"Microsoft Word 15" in data, "x07", "Word generator")
    root = lhtml.fromstring(data, parser=lhtml.HTMLParser(encoding="gbk"))
    paras = [norm(x.text_content()) for x in root.iter("p")]
    return [x for x in paras if x], []


def r_x08(p):
    z = zipfile.ZipFile(p)
    root = etree.fromstring(z.read("word/document.xml"))
    ns = {"w": TW}
    sects = root.findall(".//w:sectPr", ns)
    need(
        len(sects) == 3
        and all(s.find("w:pgSz", ns).get(f"{{{TW}}}orient") == "landscape" for s in sects),
        "x08",
        "three landscape sections",
    )
    need(
        [s.find("w:cols", ns).get(f"{{{TW}}}num") for s in sects] == [None, "2", None],
        "x08",
        "two-column middle section",
    )
    paras, furn = [], []
    for el in root.find("w:body", ns):
        if el.tag == f"{{{TW}}}p":
            t = norm("".join(x.text or "" for x in el.iterfind(".//w:t", ns)))
            if t:
                paras.append(t)
        elif el.tag == f"{{{TW}}}tbl":
            for tr in el.iterfind("w:tr", ns):
                furn.append(
                    "|".join(
                        norm("".join(x.text or "" for x in tc.iterfind(".//w:t", ns)))
                        for tc in tr.iterfind("w:tc", ns)
                    )
                )
    return paras, furn


def r_x09(p):
    raw = p.read_bytes()
    need(not raw.startswith(b"\xef\xbb\xbf"), "x09", "BOM")
    s = raw.decode("utf-8")
    need(s.count("\n") == s.count("\r\n"), "x09", "bare LF")
    paras = [
        norm(l.replace("\u3000", ""))
        if not l.startswith(("发件人", "-----", "发送", "收件人", "主题", "[附件]"))
        else l.strip()
        for l in s.split("\r\n")
    ]
    return [x for x in paras if x], []


CJK = "〇一二三四五六七八九十"


def r_x10(p):
    s = p.read_text(encoding="utf-8")
    root = lhtml.fromstring(s)
    css = "".join(x.text or "" for x in root.iter("style"))
    m = re.search(
        r'\.(lst-kix_\w+-0)>li:before\{content:"" counter\(lst-ctn-kix_\w+-0,([\w-]+)\) "\\3001  "\}',
        css,
    )
    need(m and m.group(2) == "cjk-ideographic", "x10", "list counter style")
    need("doc-content" in s and "lst-kix_" in s, "x10", "not a Google Docs export")
    paras, n = [], 0
    for el in root.iter("p", "li"):
        t = norm(el.text_content())
        if el.tag == "li":
            n += 1
            t = CJK[n] + "、" + t
        if t:
            paras.append(t)
    return paras, []


READ = {f"x{i:02d}": globals()[f"r_x{i:02d}"] for i in range(1, 11)}

# ------------------------------------------------------------------ spec typed apart from the gold
# name: (level-1 count, level-2 count, closing paragraph = last paragraph minus n, the speech's last paragraph starts,
#        paragraphs from the title line down to the date line)
SPEC = {
    "x01": (3, 3, 1, "统计工作是一项基础性工作", 2),
    "x02": (3, 0, 1, "各位老领导、老同志，新春将至", 2),
    "x03": (4, 3, 0, "人才是第一资源", 2),
    "x04": (3, 3, 0, "同志们，食品安全关系", 2),
    "x05": (3, 7, 0, "各位代表，同志们！新的征程", 3),
    "x06": (2, 4, 0, "让我们在县委的坚强领导下", 2),
    "x07": (3, 3, 0, "今天就讲这些", 2),
    "x08": (3, 3, 0, "同志们，宣传思想文化工作", 2),
    "x09": (3, 3, 0, "同志们，青年是国家的未来", 2),
    "x10": (3, 0, 0, "志愿者朋友们，赠人玫瑰", 2),
}
NUM = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def starts_head(par, mh):
    return par.startswith(mh) and (len(par) == len(mh) or par[len(mh)] in "。：！？")


def check_one(name, gold, st):
    src = TXT / gold["source"].rsplit("/", 1)[1]
    paras, furn = READ[name](src)
    l1n, l2n, cl_off, last_pfx, dgap = SPEC[name]
    lasts = [i for i, x in enumerate(paras) if x.startswith(last_pfx)]
    need(len(lasts) == 1, name, f"speech's last paragraph found {len(lasts)} times")
    last = lasts[0] if lasts else len(paras) - 1
    flat = []
    for s in gold["sections"]:
        flat.append(s)
        flat += s["children"]
    need(
        sum(1 for s in flat if s["level"] == 1) == l1n
        and sum(1 for s in flat if s["level"] == 2) == l2n,
        name,
        f"heading counts {sum(1 for s in flat if s['level'] == 1)}/{sum(1 for s in flat if s['level'] == 2)} != spec {l1n}/{l2n}",
    )
    # title and date
    firsth = min(
        (
            i
            for i, x in enumerate(paras)
            if flat and starts_head(x, flat[0]["marker"] + flat[0]["heading"])
        ),
        default=None,
    )
    tix = [
        i
        for i, x in enumerate(paras)
        if x == norm(gold["title"]) and (firsth is None or i < firsth)
    ]
    need(tix, name, f"title {gold['title']!r} is no paragraph before the first heading")
    t0 = tix[-1] if tix else 0
    if gold["date"]:
        y, m, d = (int(x) for x in gold["date"].split("-"))
        pat = re.compile(rf"[（(]?{y}年0?{m}月0?{d}日[）)]?")
        need(
            t0 + dgap < len(paras) and pat.fullmatch(paras[t0 + dgap]),
            name,
            f"date {gold['date']} is not the date line {dgap} paragraphs under the title",
        )
    speech = paras[t0 : last + 1]
    # headings: each starts exactly one paragraph, in order
    pos, hidx = 0, []
    for s in flat:
        mh = norm(s["marker"] + s["heading"])
        hits = [i for i, x in enumerate(speech) if starts_head(x, mh)]
        need(len(hits) == 1, name, f"heading {mh!r} starts {len(hits)} paragraphs")
        if hits:
            need(hits[0] > pos or not hidx, name, f"heading {mh!r} out of order")
            pos = hits[0]
            hidx.append(hits[0])
    # closing: the gold's 12 characters are exactly the opening of the spec's closing paragraph
    if gold["closing"] is not None:
        ci = last - t0 - cl_off
        need(
            0 <= ci < len(speech) and speech[ci][:12] == norm(gold["closing"]),
            name,
            f"closing {gold['closing']!r} != paragraph {speech[ci][:12] if 0 <= ci < len(speech) else None!r}",
        )
        need(not hidx or ci > max(hidx), name, "closing before the last heading")
        need(
            sum(1 for x in speech if x.startswith(norm(gold["closing"]))) == 1,
            name,
            "closing opening not unique",
        )
    # apparatus
    alltext = [norm(x) for x in paras + furn]
    keyp = {t0} | {t0 + i for i in hidx}
    for a in gold["apparatus"]:
        f = norm(a["first"])
        where = [
            i
            for i, x in enumerate(alltext)
            if x.startswith(f) or (len(f) > 3 and f in x and a["kind"] in ("endnotes", "comments"))
        ]
        need(where, name, f"apparatus {a['first']!r} not in the file")
        need(
            not any(i < len(paras) and paras[i].startswith(f) and i in keyp for i in where),
            name,
            f"apparatus {a['first']!r} opens a judged paragraph",
        )
        need(
            not any(f and x.startswith(f) for x in speech[1:]),
            name,
            f"apparatus {a['first']!r} inside the speech",
        )
    # frames
    body = speech
    for fr in st["frames"]:
        ph = fr["phrase"]
        at = [i for i, x in enumerate(body) if ph in x]
        need(at, name, f"frame {ph!r} not in the text")
        nums = [NUM[c] for c in ph if c in NUM]
        need(
            nums and max(nums) == fr["number"],
            name,
            f"frame {ph!r} number {fr['number']} vs numerals",
        )
        if fr["listed"] and at:
            need(
                len(fr["items"]) == fr["number"], name, f"frame {ph!r} has {len(fr['items'])} items"
            )
            win = "".join(body[at[0] : at[0] + 30])
            k = 0
            for it in fr["items"]:
                j = win.find(norm(it), k)
                need(j >= 0, name, f"frame {ph!r} item {it!r} not found in order")
                k = j + 1 if j >= 0 else k
    # roadmaps
    need(len(st["roadmap"]) == len(st["roadmap_links"]), name, "roadmap/links lengths")
    for ph, lk in zip(st["roadmap"], st["roadmap_links"]):
        at = [i for i, x in enumerate(body) if ph in x]
        need(len(at) == 1, name, f"roadmap {ph!r} in {len(at)} paragraphs")
        if lk["number"] is not None:
            need(
                len(lk["parts"]) == lk["number"],
                name,
                f"roadmap {ph!r} number {lk['number']} vs {len(lk['parts'])} parts",
            )
            nums = [NUM[c] for c in ph if c in NUM]
            need(lk["number"] in nums, name, f"roadmap {ph!r} number not in its sentence")
        if at:
            k = at[0]
            for part in lk["parts"]:
                hits = [i for i, x in enumerate(body) if i > k and starts_head(x, norm(part))]
                need(hits, name, f"roadmap {ph!r} part {part!r} not after it in order")
                if hits:
                    k = hits[0]
            nxt = [
                i
                for i, x in enumerate(body)
                if i > at[0] and any(starts_head(x, norm(pp)) for pp in lk["parts"])
            ]
            need(
                nxt and starts_head(body[nxt[0]], norm(lk["parts"][0])),
                name,
                f"roadmap {ph!r} first part is not the first to follow",
            )
    return len(flat)


def plant(kind, golds, studies):
    g = golds
    if kind == "title":
        g["x05"]["title"] = "——在棠栖县工会第十二次代表大会上的报告"
    elif kind == "heading":
        g["x09"]["sections"][1]["children"][1]["heading"] = "挖掘市场岗位"
    elif kind == "frame":
        studies["x07"]["frames"][1]["items"][1] = "分阶段整改"
    elif kind == "roadmap":
        studies["x06"]["roadmap_links"][1]["parts"].reverse()
    elif kind == "closing":
        g["x02"]["closing"] = "各位老领导、老同志，新春"


def main():
    golds, studies = {}, {}
    sg = json.loads((SET / "study_gold.json").read_text(encoding="utf-8"))
    for f in sorted((SET / "gold").glob("x*.json")):
        name = f.name[:3]
        golds[name] = json.loads(f.read_text(encoding="utf-8"))
    for s in sg:
        studies[s["file"].rsplit("/", 1)[1][:3]] = s
    if "--plant" in sys.argv:
        plant(sys.argv[sys.argv.index("--plant") + 1], golds, studies)
    need(
        sorted(golds) == [f"x{i:02d}" for i in range(1, 11)] and sorted(studies) == sorted(golds),
        "set",
        "ten gold files and study entries",
    )
    for name in sorted(golds):
        try:
            check_one(name, golds[name], studies[name])
        except Exception as e:  # a reader failing is a problem too
            bad(name, f"exception {type(e).__name__}: {e}")
    for p in PROBLEMS:
        print("PROBLEM", p)
    print(f"{len(PROBLEMS)} problems")
    return len(PROBLEMS)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
