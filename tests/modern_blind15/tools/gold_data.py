"""The gold of modern15, by hand (helper mb15). Headings come from the levels marked in
tools/src (H1/R1 level 1, H2/R2 level 2; every other line no heading); heading = the H line's
text or the R lead without its end mark. Writes gold/<name>.json and study_gold.json."""

import json
from pathlib import Path

from common import NAMES, rows

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PFX = "tests/modern_blind15/texts/"


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


def A(kind, first):
    return {"kind": kind, "first": first}


META = {
    "x01": dict(
        title="在全县城市更新暨老旧小区改造推进会上的讲话",
        date="2027-04-18",
        apparatus=[A("source", "泠川县人民政府办公室发文"), A("source", "会　　签")],
    ),
    "x02": dict(title="在全县河湖长制工作会议上的讲话", date="2027-03-22", apparatus=[]),
    "x03": dict(
        title="在全县科技创新大会上的讲话",
        date="2027-05-30",
        apparatus=[
            A("chrome", "泠风文库 首页 &gt;".replace("&gt;", ">")),
            A("chrome", "下载文档"),
            A("chrome", "第1页 / 共"),
            A("chrome", "相关文档推荐"),
            A("chrome", "本站仅提供存储服务"),
        ],
    ),
    "x04": dict(
        title="在全縣新任職科級領導幹部任前廉政談話會上的講話",
        date="2027-05-12",
        apparatus=[A("notes", "【學習資料】新任職幹部"), A("source", "（來源：泠川縣紀委監委")],
    ),
    "x05": dict(
        title="泠川县第十次妇女代表大会开幕词",
        date="2027-06-08",
        apparatus=[
            A("chrome", "目录"),
            A("appendix", "附：大会议程"),
            A("chrome", "— 来自石墨文档"),
        ],
    ),
    "x06": dict(
        title="在政协委员视察全县文旅融合发展情况座谈会上的讲话", date="2027-04-26", apparatus=[]
    ),
    "x07": dict(
        title="在2026年度乡镇党委书记抓基层党建工作述职评议会上的点评讲话",
        date="2027-01-20",
        apparatus=[
            A("chrome", "2026年度乡镇党委书记抓基"),
            A("chrome", "— 1 —"),
            A("marks", "①"),
            A("endnotes", "① “三会一课”：定期"),
        ],
    ),
    "x08": dict(
        title="在全县春季开学安全工作会议上的讲话",
        date="2027-02-20",
        apparatus=[
            A("source", "发件人:"),
            A("notes", "各学校、幼儿园："),
            A("chrome", "本邮件及其附件仅供指定"),
        ],
    ),
    "x09": dict(
        title="在全县营商环境投诉办理工作会议上的讲话",
        date="2027-07-09",
        apparatus=[A("source", "领导讲话材料"), A("chrome", "附件：单击或点击此处")],
    ),
    "x10": dict(
        title="在全县退役军人工作会议上的讲话",
        date="2027-06-18",
        apparatus=[
            A("chrome", "欢迎访问泠川县人民政府"),
            A("source", "索 引 号："),
            A("chrome", "【打印本页】"),
            A("chrome", "相关链接"),
            A("chrome", "主办：泠川县人民政府办"),
        ],
    ),
}


def study(name):
    h = lambda **kw: heads(name, **kw)  # noqa: E731
    p = lambda **kw: parts(name, **kw)  # noqa: E731
    if name == "x01":
        fr = [
            L("三点意见", 3, h(level=1)),
            L("三个问题", 3, ["改什么", "怎么改", "钱从哪里来"]),
            L("五难", 5, ["停车难", "上楼难", "充电难", "晾晒难", "办事难"]),
            L("四个环节", 4, h(under="二、")),
            L("四个一点", 4, ["中央补一点", "地方筹一点", "社会投一点", "居民出一点"]),
        ]
        rm = [("我讲三点意见", 3, p(level=1)), ("要重点抓好四个环节", 4, p(under="二、"))]
    elif name == "x02":
        fr = [N("清四乱", 4), L("三点意见", 3, h(level=1)), L("双控", 2, ["用水总量", "强度"])]
        rm = [("我讲三点意见", 3, p(level=1))]
    elif name == "x03":
        fr = [
            L("三点意见", 3, h(level=1)),
            L("三个倍增", 3, ["高新技术企业数", "科技型中小企业数", "研发经费投入"]),
            L("四个方面", 4, h(under="二、")),
            L("三个“舍得”", 3, ["舍得投入", "舍得让利", "舍得放权"]),
        ]
        rm = [("我讲三点意见", 3, p(level=1)), ("要重点在四个方面下功夫", 4, p(under="二、"))]
    elif name == "x04":
        fr = [
            L("兩個目的", 2, ["給大家提個醒", "給大家打打「預防針」"]),
            L("四點要求", 4, h(level=1)),
            L("三筆賬", 3, ["政治賬", "經濟賬", "家庭賬"]),
            N("三重一大", 3),
            N("四風", 4),
        ]
        rm = [("我給大家提四點要求", 4, p(level=1))]
    elif name == "x05":
        fr = [L("三点希望", 3, h(level=1)), L("三带", 3, ["带头学习", "带头创业", "带头服务"])]
        rm = [("向各位代表提出三点希望", 3, p(level=1))]
    elif name == "x06":
        fr = [
            L(
                "三个没想到",
                3,
                [
                    "没想到鹭滩古村的保护利用做得这么好",
                    "没想到青苔镇的茶园能变成游客的打卡地",
                    "没想到非遗手艺能走进这么多年轻人的生活",
                ],
            ),
            L("三点意见", 3, h(level=1)),
            N("一核两带三区", 3),
            L("三个方面", 3, h(under="三、")),
        ]
        rm = [("我讲三点意见", 3, p(level=1)), ("主要是三个方面", 3, p(under="三、"))]
    elif name == "x07":
        fr = [
            N("两代表一委员", 2),
            L("三点意见", 3, h(level=1)),
            N("三会一课", 3),
            L("四个方面的问题", 4, h(under="二、")),
            N("两个覆盖", 2),
        ]
        rm = [("我讲三点意见", 3, p(level=1)), ("主要有四个方面的问题", 4, p(under="二、"))]
    elif name == "x08":
        fr = [
            L("三个方面", 3, h(level=1)),
            L("五查", 5, ["查校舍", "查食堂", "查消防", "查校车", "查周边"]),
            L("四项工作", 4, h(under="二、")),
            L("三防", 3, ["人防", "物防", "技防"]),
            N("六不", 6),
            N("一岗双责", 2),
        ]
        rm = [("强调三个方面", 3, p(level=1)), ("具体要抓好四项工作", 4, p(under="二、"))]
    elif name == "x09":
        fr = [
            L(
                "三项议程",
                3,
                [
                    "通报上半年全县营商环境投诉办理情况",
                    "对办理质量较差的单位进行约谈",
                    "部署下半年工作",
                ],
            ),
            L("两个问题", 2, h(level=1)),
            L("三个方面的认识", 3, ["投诉是企业的信任", "投诉是工作的镜子", "投诉是改革的起点"]),
            L(
                "三个一律",
                3,
                [
                    "凡是超时办理的，一律通报",
                    "凡是推诿扯皮的，一律约谈",
                    "凡是弄虚作假的，一律问责",
                ],
            ),
        ]
        rm = [("我讲两个问题", 2, p(level=1)), ("要重点抓好以下几项工作", None, p(under="二、"))]
    elif name == "x10":
        fr = [
            L("三点", 3, h(level=1)),
            L("三个方面的工作", 3, h(under="二、")),
            N("五有", 5),
            L("三个服务", 3, ["服务退役军人就业创业", "服务困难退役军人帮扶", "服务军地融合发展"]),
        ]
        rm = [("我再强调三点", 3, p(level=1)), ("今年要重点做好三个方面的工作", 3, p(under="二、"))]
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
