"""The gold of modern17, by hand (helper mb17). Headings come from the levels marked in
tools/src (H1/R1 level 1, H2/R2 level 2; every other line no heading); heading = the H line's
text or the R lead without its end mark. Writes gold/<name>.json and study_gold.json."""

import json
from pathlib import Path

from common import NAMES, rows

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PFX = "tests/modern_blind17/texts/"


def sections(name):
    out = []
    for k, f in rows(name):
        if k in ("H1", "H2", "R1", "R2"):
            lvl = 2 if k in ("H2", "R2") else 1
            node = {
                "level": lvl,
                "marker": f[0],
                "heading": f[1].rstrip("。：！？"),
                "children": [],
            }
            if lvl == 1:
                out.append(node)
            else:
                out[-1]["children"].append(node)
    return out


def closing(name):
    cl = [f for k, f in rows(name) if k == "CL"]
    return cl[0][0][:12] if cl else None


def flat(name):
    res = []
    for s in sections(name):
        res.append(s)
        res.extend(s["children"])
    return res


def h(name, level=None, under=None):
    if under:
        sec = [s for s in sections(name) if s["marker"] == under][0]
        return [c["heading"] for c in sec["children"]]
    return [s["heading"] for s in flat(name) if level is None or s["level"] == level]


def p(name, level=None, under=None):
    if under:
        sec = [s for s in sections(name) if s["marker"] == under][0]
        return [c["marker"] + c["heading"] for c in sec["children"]]
    return [s["marker"] + s["heading"] for s in flat(name) if level is None or s["level"] == level]


def L(phrase, number, items):
    return {"phrase": phrase, "number": number, "listed": True, "items": items}


def N(phrase, number):
    return {"phrase": phrase, "number": number, "listed": False}


def A(kind, first):
    return {"kind": kind, "first": first}


META = {
    "x01": dict(
        title="在全县整治形式主义为基层减负工作推进会上的讲话",
        date="2027-03-17",
        apparatus=[A("chrome", "【定稿】基层减负推进会"), A("notes", "修改记录：3月14日初稿")],
    ),
    "x02": dict(
        title="在全县省生态环境保护督察反馈问题整改推进会上的讲话",
        date="2027-08-12",
        apparatus=[
            A("chrome", "段县长讲话稿（督察整改"),
            A("chrome", "戚远帆　最近修改"),
            A("notes", "⚠️ 提示：第一部分整改"),
        ],
    ),
    "x03": dict(title="在全县禁毒工作会议上的讲话", date="2027-06-24", apparatus=[]),
    "x04": dict(
        title="在全县民族团结进步表彰大会上的讲话",
        date="2027-09-28",
        apparatus=[
            A("chrome", 'title = "在全县民族团'),
            A("notes", "这是我在县委办工作时起草"),
            A("marks", "[^1]"),
            A("endnotes", "[^1]: 盘永年老支书"),
            A("chrome", "相关文章："),
        ],
    ),
    "x05": dict(
        title="在梧岚县2027年网络安全宣传周启动仪式上的致辞",
        date="2027-09-13",
        apparatus=[
            A("chrome", "我：帮我写一篇县委宣传部"),
            A("chrome", "AI助手："),
            A("notes", "好的，以下是一篇致辞稿"),
            A("notes", "**写作说明：**"),
            A("chrome", "我：好，就用这个。"),
        ],
    ),
    "x06": dict(
        title="在全县2027年征兵工作会议上的讲话",
        date="2027-02-22",
        apparatus=[
            A("comments", "此数据请县人武部再核实"),
            A("comments", "核实是否“连续三年”"),
            A("comments", "与市征兵办文件表述一致"),
            A("comments", "建议改为“每周调度"),
            A("chrome", "— 1 —"),
        ],
    ),
    "x07": dict(
        title="在全县城镇燃气安全专项整治推进会上的讲话",
        date="2027-04-08",
        apparatus=[
            A("chrome", "梧岚县协同办公平台　文件"),
            A("chrome", "文件标题：常务副县长在全"),
            A("chrome", "打印日期：2027年4月9日"),
        ],
    ),
    "x08": dict(
        title="在县老龄工作委员会全体（扩大）会议上的讲话",
        date="2027-10-09",
        apparatus=[A("chrome", "目　录")],
    ),
    "x09": dict(
        title="在全县道路交通安全工作会议上的讲话",
        date="2027-01-20",
        apparatus=[A("source", "领导讲话　第3号"), A("source", "梧岚县人民政府办公室　　")],
    ),
    "x10": dict(
        title="在梧岚县2027年全民阅读活动启动仪式上的讲话",
        date="2027-04-23",
        apparatus=[
            A("chrome", "全民阅读启动仪式讲话（简"),
            A("chrome", "创建时间："),
            A("notes", "（摘自县政府网，下次写读"),
            A("source", "剪藏自：梧岚县人民政府网"),
        ],
    ),
}


def study(name):
    H = lambda **kw: h(name, **kw)  # noqa: E731
    P = lambda **kw: p(name, **kw)  # noqa: E731
    if name == "x01":
        fr = [
            L("三个方面的意见", 3, H(level=1)),
            L("三个导向", 3, ["干出来的才是政绩", "群众满意才是真成效", "基层减负也是生产力"]),
            L("四个方面", 4, H(under="二、")),
        ]
        rm = [("我讲三个方面的意见", 3, P(level=1)), ("重点在四个方面下功夫", 4, P(under="二、"))]
    elif name == "x02":
        fr = [
            L("四个字", 4, H(level=1)),
            L("三类问题", 3, ["畜禽养殖污染", "工业园区污水管网", "矿山生态修复"]),
            N("一岗双责", 2),
        ]
        rm = [("我强调四个字", 4, P(level=1))]
    elif name == "x03":
        fr = [
            L(
                "三项议程",
                3,
                [
                    "通报2026年度全县禁毒工作考评情况",
                    "表彰禁毒工作先进集体和先进个人",
                    "部署今年下半年禁毒工作",
                ],
            ),
            L("三点意见", 3, H(level=1)),
            L("四场硬仗", 4, H(under="二、")),
            L("三类重点人群", 3, ["青少年", "外出务工人员", "娱乐场所从业人员"]),
            L("三应", 3, ["应收尽收", "应戒尽戒", "应管尽管"]),
        ]
        rm = [("讲三点意见", 3, P(level=1)), ("要重点打好四场硬仗", 4, P(under="二、"))]
    elif name == "x04":
        fr = [
            L("三句话", 3, H(level=1)),
            L("四进", 4, ["进村寨", "进校园", "进景区", "进市场"]),
        ]
        rm = [("和大家讲三句话", 3, P(level=1))]
    elif name == "x05":
        fr = [L("三点意见", 3, H(level=1))]
        rm = [("我讲三点意见", 3, P(level=1))]
    elif name == "x06":
        fr = [
            L("三个方面", 3, H(level=1)),
            L("三个关口", 3, ["体格检查", "政治考核", "役前教育"]),
            L(
                "四个严禁",
                4,
                [
                    "严禁收受应征青年及其家属财物",
                    "严禁违规招收不合格人员",
                    "严禁擅自更改体检结果",
                    "严禁泄露征兵工作秘密",
                ],
            ),
        ]
        rm = [("强调三个方面", 3, P(level=1))]
    elif name == "x07":
        fr = [
            L("四个方面", 4, H(level=1)),
            L("三类主体", 3, ["燃气经营企业", "燃气用户", "燃气具生产销售企业"]),
            N("三清单一台账", 3),
            L("三道关", 3, ["准入关", "质量关", "使用关"]),
        ]
        rm = [("我讲四个方面", 4, P(level=1))]
    elif name == "x08":
        fr = [
            L("三点意见", 3, H(level=1)),
            L("五个老有", 5, ["老有所养", "老有所医", "老有所为", "老有所学", "老有所乐"]),
            N("十件民生实事", 10),
            L("四项工作", 4, H(under="二、")),
            N("三无", 3),
        ]
        rm = [("我讲三点意见", 3, P(level=1)), ("要重点抓好以下四项工作", 4, P(under="二、"))]
    elif name == "x09":
        fr = [
            L("三个特点", 3, ["返乡人员多", "自驾出行多", "恶劣天气多"]),
            L("三点意见", 3, H(level=1)),
            L("三个重点", 3, H(under="二、")),
            N("两客一危一货", 2),
            N("三不进站、六不出站", 6),
            N("两站两员", 2),
            N("一岗双责", 2),
        ]
        rm = [("我讲三点意见", 3, P(level=1)), ("要着力抓好三个重点", 3, P(under="二、"))]
    elif name == "x10":
        fr = [L("三点倡议", 3, H(level=1))]
        rm = [("提三点倡议", 3, P(level=1))]
    return {
        "file": PFX + NAMES[name],
        "frames": fr,
        "roadmap": [r[0] for r in rm],
        "roadmap_links": [{"number": r[1], "parts": r[2]} for r in rm],
    }


def main():
    (SET / "gold").mkdir(exist_ok=True)
    allst = []
    for name in NAMES:
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
    print("wrote", len(allst), "gold files and study_gold.json")


if __name__ == "__main__":
    main()
