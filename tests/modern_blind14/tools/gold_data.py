# ruff: noqa: E731  (the set writer's tools, kept as written; see the README)
"""The gold of modern14, by hand (helper mb14). Headings come from the levels marked in
tools/src (H1/R1/OL level 1, H2/R2 level 2; every other line no heading); heading = the H
line's text or the R/OL lead without its end mark. Writes gold/<name>.json and study_gold.json."""

import json
from pathlib import Path

from common import NAMES, plain, rows

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PFX = "tests/modern_blind14/texts/"


def sections(name):
    out = []
    for k, f in rows(name):
        if k in ("H1", "H2", "R1", "R2", "OL"):
            lvl = 2 if k in ("H2", "R2") else 1
            head = plain(f[1]).rstrip("。：！？")
            node = {"level": lvl, "marker": f[0], "heading": head, "children": []}
            if lvl == 1:
                out.append(node)
            else:
                out[-1]["children"].append(node)
    return out


def closing(name):
    cl = [f for k, f in rows(name) if k == "CL"]
    return plain(cl[0][0])[:12] if cl else None


def flat(name):
    res = []
    for s in sections(name):
        res.append(s)
        res.extend(s["children"])
    return res


def heads(name, level=None, under=None):
    if under:
        sec = [s for s in sections(name) if s["marker"] == under][0]
        return [c["heading"] for c in sec["children"]]
    return [s["heading"] for s in flat(name) if level is None or s["level"] == level]


def parts(name, level=None, under=None):
    if under:
        sec = [s for s in sections(name) if s["marker"] == under][0]
        return [c["marker"] + c["heading"] for c in sec["children"]]
    return [s["marker"] + s["heading"] for s in flat(name) if level is None or s["level"] == level]


def L(phrase, number, items):
    return {"phrase": phrase, "number": number, "listed": True, "items": items}


def N(phrase, number):
    return {"phrase": phrase, "number": number, "listed": False}


META = {
    "x01": dict(
        title="在全县统计工作会议上的讲话",
        date="2027-02-23",
        apparatus=[
            {"kind": "source", "first": "标　　题"},
            {"kind": "chrome", "first": "打印时间：2027-02"},
        ],
    ),
    "x02": dict(title="在2027年全县老干部迎春座谈会上的致辞", date="2027-01-26", apparatus=[]),
    "x03": dict(
        title="在全县人才工作会议上的讲话",
        date="2027-03-06",
        apparatus=[
            {"kind": "endnotes", "first": "“棠栖英才”是县委、"},
            {"kind": "comments", "first": "此数据请县人社局再核"},
        ],
    ),
    "x04": dict(
        title="在县食品安全委员会全体会议上的讲话",
        date="2027-03-20",
        apparatus=[{"kind": "chrome", "first": "— 1 —"}],
    ),
    "x05": dict(
        title="团结引领全县职工在推动高质量发展中建功立业", date="2027-04-12", apparatus=[]
    ),
    "x06": dict(
        title="在全县双拥工作会议上的讲话",
        date="2027-01-15",
        apparatus=[{"kind": "appendix", "first": "附表：2026年全县双"}],
    ),
    "x07": dict(title="在全县审计整改工作推进会上的讲话", date="2027-05-09", apparatus=[]),
    "x08": dict(
        title="在全县宣传思想文化工作会议上的讲话",
        date="2027-02-28",
        apparatus=[{"kind": "appendix", "first": "附件：2027年全县宣"}],
    ),
    "x09": dict(
        title="在全县高校毕业生等青年就业工作推进会上的讲话",
        date="2027-06-01",
        apparatus=[
            {"kind": "source", "first": "发件人: 沈听澜 <s"},
            {"kind": "notes", "first": "骆主任："},
            {"kind": "source", "first": "-------- 转发"},
            {"kind": "chrome", "first": "[附件] 讲话稿（定稿"},
        ],
    ),
    "x10": dict(title="在棠栖县志愿服务联合会成立大会上的致辞", date="2027-03-05", apparatus=[]),
}


def study(name):
    h = lambda **kw: heads(name, **kw)
    p = lambda **kw: parts(name, **kw)
    if name == "x01":
        fr = [
            L("三个方面的成绩", 3, ["数据质量稳步提升", "统计服务更加有力", "基层基础不断夯实"]),
            L("三个方面的意见", 3, h(level=1)),
            L("三性", 3, ["真实性", "准确性", "及时性"]),
            L("三个环节", 3, h(under="二、")),
            N("三个严禁", 3),
        ]
        rm = [
            ("我讲三个方面的意见", 3, p(level=1)),
            ("要重点在以下三个环节上下功夫", 3, p(under="二、")),
        ]
    elif name == "x02":
        fr = [N("五老", 5), L("三件事", 3, h(level=1))]
        rm = [("县委将重点抓好三件事", 3, p(level=1))]
    elif name == "x03":
        fr = [L("四个字", 4, ["引", "育", "用", "留"]), L("三支队伍", 3, h(under="二、"))]
        rm = [
            ("我围绕这四个字讲几点意见", 4, p(level=1)),
            ("要重点培育三支队伍", 3, p(under="二、")),
        ]
    elif name == "x04":
        fr = [
            N("四个最严", 4),
            L("三个方面", 3, h(level=1)),
            L("三个领域", 3, h(under="其次，")),
            N("两个责任", 2),
        ]
        rm = [("重点从三个方面发力", 3, p(level=1)), ("这里重点强调三个领域", 3, p(under="其次，"))]
    elif name == "x05":
        fr = [
            L("四个方面", 4, h(under="一、")),
            N("五必访", 5),
            L("三个一批", 3, ["选树一批劳模工匠", "建设一批创新工作室", "推广一批先进操作法"]),
        ]
        rm = [
            ("全县工会工作主要体现在四个方面", 4, p(under="一、")),
            ("重点抓好以下几个方面工作", None, p(under="二、")),
        ]
    elif name == "x06":
        fr = [
            L("两点意见", 2, h(level=1)),
            L("四项工作", 4, h(under="二、")),
            L("三个优先", 3, ["优先就业", "优先入学", "优先就医"]),
            L("三送", 3, ["送政策", "送温暖", "送岗位"]),
        ]
        rm = [("我讲两点意见", 2, p(level=1)), ("要重点做好四项工作", 4, p(under="二、"))]
    elif name == "x07":
        fr = [
            L("三点", 3, h(level=1)),
            L("三类情况", 3, ["立行立改", "限期整改", "长期整改"]),
            L("两个清单", 2, ["问题清单", "整改清单"]),
        ]
        rm = [("我强调三点", 3, p(level=1)), ("这里提几点具体要求", None, p(under="二、"))]
    elif name == "x08":
        fr = [L("三个“更加注重”", 3, h(level=1))]
        rm = [
            ("要做到三个“更加注重”", 3, p(level=1)),
            ("今年重点抓好以下工作", None, p(under="二、")),
        ]
    elif name == "x09":
        fr = [
            L("三句话", 3, h(level=1)),
            L("三类岗位", 3, ["政策性岗位", "市场化岗位", "公益性岗位"]),
            L("三个方面", 3, h(under="第二句话：")),
            N("三支一扶", 3),
            L("三个一", 3, ["一次政策宣讲", "一次职业指导", "一次岗位推荐"]),
        ]
        rm = [("我讲三句话", 3, p(level=1)), ("具体要抓好三个方面", 3, p(under="第二句话："))]
    elif name == "x10":
        fr = [L("三点希望", 3, h(level=1))]
        rm = [("我提三点希望", 3, p(level=1))]
    return {
        "file": PFX + NAMES[name],
        "frames": fr,
        "roadmap": [r[0] for r in rm],
        "roadmap_links": [{"number": r[1], "parts": r[2]} for r in rm],
    }


def build():
    (SET / "gold").mkdir(exist_ok=True)
    allst = []
    for name in sorted(NAMES):
        m = META[name]
        g = {
            "source": PFX + NAMES[name],
            "title": m["title"],
            "date": m["date"],
            "sections": sections(name),
            "closing": closing(name),
            "apparatus": m["apparatus"],
        }
        stem = NAMES[name].rsplit(".", 1)[0]
        (SET / "gold" / f"{stem}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        allst.append(study(name))
    (SET / "study_gold.json").write_text(
        json.dumps(allst, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    build()
    print("gold written")
