"""The gold of modern13, by hand (helper mb13). Headings come from the levels marked in
tools/src (H1/R1 level 1, H2/R2 level 2; L/L3 and every other line no heading); heading = the
H line's text or the R lead without its end mark, as the text reads with changes accepted.
Writes gold/<name>.json and study_gold.json. Run from anywhere."""

import json
from pathlib import Path

from common import NAMES, plain_rows

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PFX = "tests/modern_blind13/texts/"


def sections(name):
    out = []
    for k, f in plain_rows(name):
        if k in ("H1", "H2", "R1", "R2"):
            lvl = int(k[1])
            head = f[1].rstrip("。：！？")
            node = {"level": lvl, "marker": f[0], "heading": head, "children": []}
            if lvl == 1:
                out.append(node)
            else:
                out[-1]["children"].append(node)
    return out


def closing(name):
    cl = [f for k, f in plain_rows(name) if k == "CL"]
    return "".join(cl[0]).lstrip("　")[:12] if cl else None


def flat(name):
    res = []
    for s in sections(name):
        res.append(s)
        res.extend(s["children"])
    return res


def heads(name, level=None, under=None):
    """Headings (text) of a level, or the children of the level-1 section whose marker is `under`."""
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
        title="团结带领全县青年在建设美好鹤汀中争当先锋",
        date="2027-03-18",
        apparatus=[{"kind": "chrome", "first": "目　　录"}],
    ),
    "x02": dict(
        title="在县政府第31次常务会议上关于经营性自建房安全专项整治工作的讲话",
        date="2026-05-20",
        apparatus=[],
    ),
    "x03": dict(
        title="在全县安全生产警示教育大会上的讲话",
        date="2026-10-15",
        apparatus=[
            {"kind": "chrome", "first": "鹤汀县安全生产警示教育大会"},
            {"kind": "chrome", "first": "目　　录"},
            {"kind": "appendix", "first": "会议议程"},
            {"kind": "appendix", "first": "关于芦湾镇“9·26”较大"},
            {"kind": "chrome", "first": "- 1 -"},
        ],
    ),
    "x04": dict(
        title="关于加快补齐我县普惠托育服务短板的建议",
        date=None,
        apparatus=[
            {"kind": "chrome", "first": "政协鹤汀县第十届委员会第五次会议"},
            {"kind": "marks", "first": "①"},
            {"kind": "endnotes", "first": "①数据来源：鹤汀县卫生"},
            {"kind": "chrome", "first": "— 1 —"},
        ],
    ),
    "x05": dict(
        title="在鹤汀县领导干部大会上的讲话",
        date="2027-01-06",
        apparatus=[
            {"kind": "comments", "first": "此处按市委文件原文"},
            {"kind": "comments", "first": "任职时间请与干部任免"},
        ],
    ),
    "x06": dict(
        title="在2026年鹤汀县新兵入伍欢送大会上的讲话",
        date="2026-09-12",
        apparatus=[
            {"kind": "chrome", "first": "鹤汀县人民政府办公室　讲话稿专用纸"},
            {"kind": "chrome", "first": "用途：大会讲话"},
            {"kind": "chrome", "first": "讲话稿（续页）"},
        ],
    ),
    "x07": dict(
        title="在全县2026—2027年度森林防灭火工作会议上的讲话", date="2026-11-03", apparatus=[]
    ),
    "x08": dict(
        title="在县十八届人大常委会第二十二次会议上的表态发言",
        date="2026-12-28",
        apparatus=[
            {"kind": "chrome", "first": "欢迎访问鹤汀人大网"},
            {"kind": "chrome", "first": "当前位置：首页"},
            {"kind": "source", "first": "发布时间：2026-12-30"},
            {"kind": "chrome", "first": "分享到："},
            {"kind": "chrome", "first": "【打印】"},
            {"kind": "chrome", "first": "相关链接"},
            {"kind": "comments", "first": "网友评论（2）"},
            {"kind": "chrome", "first": "主办：鹤汀县人民代表大会"},
        ],
    ),
    "x09": dict(
        title="在全县数字政府建设推进会上的讲话",
        date="2026-08-25",
        apparatus=[
            {"kind": "notes", "first": "编辑说明：本稿为会议"},
            {"kind": "appendix", "first": "会议议程（点击展开）"},
            {"kind": "marks", "first": "[^1]"},
            {"kind": "endnotes", "first": "企业开办时间按营业执照"},
        ],
    ),
    "x10": dict(
        title="在县委第三巡察组巡察县农业农村局党组工作动员会上的讲话",
        date="2026-11-10",
        apparatus=[
            {"kind": "source", "first": "县委第三巡察组巡察县农业农村局党组工作动员会"},
            {"kind": "appendix", "first": "附件：1.县委第三巡察组"},
        ],
    ),
}


def study():
    S = {}
    S["x01"] = dict(
        frames=[
            L("三个覆盖", 3, ["组织覆盖", "工作覆盖", "服务覆盖"]),
            L(
                "三个提升",
                3,
                ["青年思想引领力明显提升", "团组织凝聚力明显提升", "服务青年发展能力明显提升"],
            ),
            L("三项工作", 3, heads("x01", under="二、")),
            L(
                "五个一",
                5,
                [
                    "读一本好书",
                    "参加一次志愿服务",
                    "讲一堂微团课",
                    "结对一名困难青少年",
                    "提出一条金点子",
                ],
            ),
            N("三个一百", 3),
            N("三会两制一课", 3),
        ],
        roadmap=["我们主要做了以下工作", "要重点抓好三项工作"],
        roadmap_links=[
            {"number": None, "parts": parts("x01", under="一、")},
            {"number": 3, "parts": parts("x01", under="二、")},
        ],
    )
    S["x02"] = dict(
        frames=[
            L("四点", 4, heads("x02", 1)),
            L("三个环节", 3, heads("x02", under="二、")),
            L("三个到位", 3, ["人员撤离", "停止经营", "封闭管理"]),
            N("三管三必须", 3),
            L("三项制度", 3, ["房屋定期体检", "用途变更联审", "房屋安全保险"]),
        ],
        roadmap=["主要表现在", "我再强调四点", "要把工作重点放在三个环节上"],
        roadmap_links=[
            {"number": None, "parts": ["1.排查质量不高", "2.鉴定进度偏慢", "3.整治措施偏软"]},
            {"number": 4, "parts": parts("x02", 1)},
            {"number": 3, "parts": parts("x02", under="二、")},
        ],
    )
    S["x03"] = dict(
        frames=[
            L("三点意见", 3, heads("x03", 1)),
            L(
                "四个不到位",
                4,
                ["企业主体责任落实不到位", "部门监管不到位", "属地管理不到位", "隐患整改不到位"],
            ),
            N("两客一危一货", 2),
            L("三方面责任", 3, heads("x03", under="三、")),
            N("四不放过", 4),
        ],
        roadmap=["下面，我讲三点意见", "重点压实三方面责任"],
        roadmap_links=[
            {"number": 3, "parts": parts("x03", 1)},
            {"number": 3, "parts": parts("x03", under="三、")},
        ],
    )
    S["x04"] = dict(
        frames=[
            L("三个方面的问题", 3, ["供给", "价格", "质量"]),
            L("四点建议", 4, heads("x04", 1)),
            L("三类托育服务", 3, ["社区嵌入式托育", "用人单位办托", "幼儿园开设托班"]),
            N("两补一减", 2),
        ],
        roadmap=["提出四点建议"],
        roadmap_links=[{"number": 4, "parts": parts("x04", 1)}],
    )
    S["x05"] = dict(
        frames=[L("三点意见", 3, heads("x05", 1)), N("三重一大", 3), N("八项规定", 8)],
        roadmap=["我代表市委组织部讲三点意见", "在这里提几点希望"],
        roadmap_links=[
            {"number": 3, "parts": parts("x05", 1)},
            {"number": None, "parts": parts("x05", under="三、")},
        ],
    )
    S["x06"] = dict(
        frames=[L("三点希望", 3, heads("x06", 1))],
        roadmap=["我给大家提三点希望"],
        roadmap_links=[{"number": 3, "parts": parts("x06", 1)}],
    )
    S["x07"] = dict(
        frames=[
            L("四点要求", 4, heads("x07", 1)),
            N("三多一少", 3),
            L("三个环节", 3, ["预警监测", "隐患排查", "应急处置"]),
            N("三先四不打", 4),
        ],
        roadmap=["我提四点要求", "对以下几类人员要特别关注"],
        roadmap_links=[
            {"number": 4, "parts": parts("x07", 1)},
            {
                "number": None,
                "parts": [
                    "（1）有野外烧火习惯的老年人",
                    "（2）智力障碍和精神障碍人员",
                    "（3）在林区务工的外来人员",
                ],
            },
        ],
    )
    S["x08"] = dict(
        frames=[L("三个坚持", 3, heads("x08", 1))],
        roadmap=["我将努力做到“三个坚持”"],
        roadmap_links=[{"number": 3, "parts": parts("x08", 1)}],
    )
    S["x09"] = dict(
        frames=[
            L("三个关键词", 3, heads("x09", 1)),
            L("三对关系", 3, ["发展和安全", "集约和分散", "线上和线下"]),
        ],
        roadmap=["今天，我讲三个关键词", "要重点做好以下工作"],
        roadmap_links=[
            {"number": 3, "parts": parts("x09", 1)},
            {"number": None, "parts": parts("x09", under="一、")},
        ],
    )
    S["x10"] = dict(
        frames=[
            L(
                "三项",
                3,
                ["由我作动员讲话", "郑望舒同志作表态发言", "巡察组副组长通报巡察工作安排"],
            ),
            L("三点意见", 3, heads("x10", 1)),
            L("四个聚焦", 4, heads("x10", under="二、")),
            N("三资", 3),
            N("四风", 4),
            N("三个区分开来", 3),
            N("八项规定", 8),
        ],
        roadmap=["下面，我讲三点意见", "重点是“四个聚焦”"],
        roadmap_links=[
            {"number": 3, "parts": parts("x10", 1)},
            {"number": 4, "parts": parts("x10", under="二、")},
        ],
    )
    return S


def main():
    (SET / "gold").mkdir(exist_ok=True)
    out = []
    S = study()
    for key, name in NAMES.items():
        m = META[key]
        g = {
            "source": PFX + name,
            "title": m["title"],
            "date": m["date"],
            "sections": sections(key),
            "closing": closing(key),
            "apparatus": m["apparatus"],
        }
        (SET / "gold" / (Path(name).stem + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        out.append({"file": PFX + name, **S[key]})
    (SET / "study_gold.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
