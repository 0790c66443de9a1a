"""The gold of modern16, by hand (helper mb16). Headings come from the levels marked in
tools/src (H1/R1 level 1, H2/R2 level 2; every other line no heading); heading = the H line's
text or the R lead without its end mark. Writes gold/<name>.json and study_gold.json."""

import json
from pathlib import Path

from common import NAMES, rows

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PFX = "tests/modern_blind16/texts/"


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
        title="在全县“4·15”全民国家安全教育日宣讲报告会上的宣讲报告",
        date="2027-04-15",
        apparatus=[
            A("chrome", "榆岙长安网"),
            A("chrome", "【宣讲】甘若愚：筑牢"),
            A("source", "来源：县委政法委"),
            A("chrome", "【字号"),
            A("source", "（责任编辑：符晓川）"),
            A("chrome", "主办：中共榆岙县委政法"),
        ],
    ),
    "x02": dict(
        title="在全县安全生产集中约谈会上的讲话",
        date="2027-05-09",
        apparatus=[A("chrome", "内部讨论稿"), A("chrome", "初稿")],
    ),
    "x03": dict(
        title="在全县驻村第一书记和工作队员培训班开班式上的讲话", date="2027-03-06", apparatus=[]
    ),
    "x04": dict(
        title="在全县档案工作会议上的讲话",
        date="2027-03-28",
        apparatus=[
            A("chrome", "榆岙县档案馆　首页"),
            A("chrome", "当前位置：首页"),
            A("chrome", "全县档案工作会议召开"),
            A("source", "发布时间：2027-03-29"),
            A("notes", "3月28日，全县档案工作"),
            A("notes", "（本文有删节）"),
            A("chrome", "【打印】"),
            A("chrome", "版权所有：榆岙县档案馆"),
        ],
    ),
    "x05": dict(
        title="在新录用公务员宪法宣誓仪式上的讲话",
        date="2027-01-15",
        apparatus=[
            A("chrome", "与“县委办-杭以宁”的聊天"),
            A("chrome", "导出时间：2027-01-08"),
            A("chrome", "县委办-杭以宁　09:41"),
            A("notes", "符科长，下周五宪法宣誓仪"),
            A("comments", "收到，我先看着。"),
            A("chrome", "[文件] 宪法宣誓誓词"),
            A("comments", "看完了，第二段"),
        ],
    ),
    "x06": dict(
        title="在全县医保基金监管工作会议上的讲话",
        date="2027-06-10",
        apparatus=[
            A("chrome", "2027/6/15 09:31"),
            A("chrome", "榆岙县医疗保障局　首页"),
            A("chrome", "当前位置：首页"),
            A("chrome", "卞雨桐在全县医保基金监管"),
            A("source", "发布时间：2027-06-11"),
            A("chrome", "【打印】"),
            A("chrome", "主办：榆岙县医疗保障局"),
            A("chrome", "https://www.yuao.gov.cn"),
        ],
    ),
    "x07": dict(
        title="在全县殡葬改革推进会上的讲话",
        date="2027-04-01",
        apparatus=[
            A("chrome", "创建时间: 2027年4月2日"),
            A("notes", "💡 **编辑说明**"),
            A("notes", "（这里可以结合去年溪头镇"),
            A("notes", "📎 **附**"),
        ],
    ),
    "x08": dict(title="在全县文物保护工作会议上的讲话", date="2027-09-16", apparatus=[]),
    "x09": dict(
        title="在全县防范和处置非法集资工作会议上的讲话",
        date="2027-06-22",
        apparatus=[A("chrome", "全县防范和处置非法集资工作会议材料之三")],
    ),
    "x10": dict(
        title="在共青团榆岙县第十八次代表大会闭幕会上的讲话",
        date="2027-05-04",
        apparatus=[
            A("source", "大会简报"),
            A("source", "第6期"),
            A("source", "共青团榆岙县第十八次代表大会秘书处"),
            A("notes", "【编者按】5月4日下午"),
            A("source", "报：县委、县人大常委会"),
        ],
    ),
}


def study(name):
    H = lambda **kw: h(name, **kw)  # noqa: E731
    P = lambda **kw: p(name, **kw)  # noqa: E731
    if name == "x01":
        fr = [
            L("三个问题", 3, H(level=1)),
            L("四类风险", 4, H(under="二、")),
            N("八不准", 8),
            L("三不", 3, ["不该说的不说", "不该问的不问", "不该拍的不拍"]),
            L("三员", 3, ["宣传员", "信息员", "守护员"]),
        ]
        rm = [
            ("主要和大家交流三个问题", 3, P(level=1)),
            ("需要特别警惕的几类风险", None, P(under="二、")),
        ]
    elif name == "x02":
        fr = [
            L("三类", 3, ["近期发生事故的企业", "事故发生地的乡镇", "负有监管职责的行业主管部门"]),
            L("三点意见", 3, H(level=1)),
            L("三个必须", 3, ["管行业必须管安全", "管业务必须管安全", "管生产经营必须管安全"]),
            N("一岗双责", 2),
            L("四个领域", 4, H(under="二、")),
            L("三到位", 3, ["作业审批", "通风检测", "监护救援"]),
            N("三合一", 3),
        ]
        rm = [("我讲三点意见", 3, P(level=1)), ("重点盯紧以下四个领域", 4, P(under="二、"))]
    elif name == "x03":
        fr = [
            L("三个方面的问题", 3, H(level=1)),
            L("四员", 4, ["政策宣传员", "发展引路员", "民情联络员", "矛盾调解员"]),
            N("三会一课", 3),
            L("四项任务", 4, H(under="二、")),
            L(
                "五个一",
                5,
                ["走访一遍农户", "理清一条思路", "建强一个支部", "办好一批实事", "留下一套机制"],
            ),
            L("三个字", 3, ["实", "细", "恒"]),
            L("三个捆绑", 3, ["项目", "资金", "责任"]),
        ]
        rm = [
            ("我和大家讲三个方面的问题", 3, P(level=1)),
            ("着力抓好以下几项工作", None, P(under="二、")),
        ]
    elif name == "x04":
        fr = [
            L("三点意见", 3, H(level=1)),
            L(
                "三个走向",
                3,
                ["从纸质管理走向数字管理", "从封闭保管走向开放利用", "从分散存放走向集中共享"],
            ),
            L("四个方面", 4, H(under="二、")),
            L("四性", 4, ["真实性", "完整性", "可用性", "安全性"]),
            N("三资", 3),
            N("八防", 8),
        ]
        rm = [("我讲三点意见", 3, P(level=1)), ("我再强调四个方面", 4, P(under="二、"))]
    elif name == "x05":
        fr = [L("三点希望", 3, H(level=1)), L("三者", 3, ["学习者", "实践者", "奉献者"])]
        rm = [("我给大家提三点希望", 3, P(level=1))]
    elif name == "x06":
        fr = [
            L("三个方面的意见", 3, H(level=1)),
            L("三假", 3, ["假病人", "假病情", "假票据"]),
            L("四个重点", 4, H(under="二、")),
            L("三医", 3, ["医保", "医疗", "医药"]),
        ]
        rm = [("我讲三个方面的意见", 3, P(level=1)), ("要突出四个重点", 4, P(under="二、"))]
    elif name == "x07":
        fr = [
            L("三点意见", 3, H(level=1)),
            L("三笔账", 3, ["节约土地的生态账", "减轻负担的经济账", "文明新风的社会账"]),
            L("三个原则", 3, ["坚持依法推进", "坚持群众自愿", "坚持示范引领"]),
            N("三沿六区", 6),
            L("四项基本殡葬服务", 4, ["遗体接运", "暂存", "火化", "骨灰寄存"]),
            L(
                "四个严禁",
                4,
                [
                    "严禁在公益性公墓以外区域乱埋乱葬",
                    "严禁建造超标准墓穴",
                    "严禁在城区、集镇道路上搭设灵棚",
                    "严禁借丧事大操大办、收受礼金",
                ],
            ),
        ]
        rm = [("我讲三点意见", 3, P(level=1))]
    elif name == "x08":
        fr = [
            L("四个方面的意见", 4, H(level=1)),
            L("四有", 4, ["有保护范围", "有标志说明", "有记录档案", "有专门机构或者专人负责管理"]),
            L("三件事", 3, H(under="三、")),
        ]
        rm = [("我讲四个方面的意见", 4, P(level=1)), ("重点抓好三件事", 3, P(under="三、"))]
    elif name == "x09":
        fr = [
            L("三个问题", 3, H(level=1)),
            L("三个特征", 3, ["承诺高额回报", "保本付息无风险", "拉人头发展下线"]),
            L("五进", 5, ["进社区", "进农村", "进企业", "进校园", "进家庭"]),
            N("双随机、一公开", 2),
            L("三点", 3, H(under="三、")),
        ]
        rm = [
            ("讲三个问题", 3, P(level=1)),
            ("要突出抓好以下几项任务", None, P(under="二、")),
            ("我强调三点", 3, P(under="三、")),
        ]
    elif name == "x10":
        fr = [L("三点承诺", 3, H(level=1))]
        rm = [("向大家作三点承诺", 3, P(level=1))]
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
