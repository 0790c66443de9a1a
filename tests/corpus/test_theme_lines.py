"""Theme lines over lead lines in a report's part (drafter/corpus/themes.py): parallel
sentences standing alone (五年来，我们…。), each over short lead lines (产业结构持续优化。) that head
paragraphs, are the part's second level, and the leads go under them — not the leads at
level 2 with the themes lost as paragraphs. Our own sentences."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_P = (
    "全年完成固定资产投资比上年增长百分之八，重点项目建设进展顺利，一批事关长远的基础设施相继建成投用，"
    "城乡面貌发生明显变化，群众的获得感不断增强，为今后发展打下了坚实基础，各项工作取得了新的进展，人民群众安居乐业。"
)
_THEMES = (
    "五年来，我们坚定不移推动高质量发展，在转方式调结构上迈出坚实步伐。",
    "五年来，我们坚定不移深化改革扩大开放，在激发市场活力上取得明显成效。",
    "五年来，我们坚定不移保障和改善民生，在增进群众福祉上交出合格答卷。",
)
_LEADS = (
    ("产业结构持续优化。", "创新能力明显增强。"),
    ("重点改革落地见效。", "开放平台加快建设。", "营商环境不断改善。"),
    ("就业形势总体稳定。", "社会事业全面进步。"),
)


def _report(glued: bool = False, under_part: bool = False) -> str:
    paras = [
        "某某市政府工作报告",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议。",
    ]
    paras += ["一、过去五年工作回顾"]
    if not under_part:
        paras.append("过去五年，是我市发展进程中极不平凡的五年。" + _P)
    for k, (theme, leads) in enumerate(zip(_THEMES, _LEADS)):
        if glued and k == 1:
            paras += [theme + leads[0], _P]
            leads = leads[1:]
        else:
            paras.append(theme)
        for lead in leads:
            paras += [lead, _P]
    paras += ["二、今后五年的目标任务", _P, _P]
    paras += ["三、二〇二六年重点工作", _P]
    paras += [
        "着力扩大有效需求。",
        _P,
        "着力建设现代化产业体系。",
        _P,
        "着力推进乡村全面振兴。",
        _P,
    ]
    paras += ["各位代表！让我们奋发进取，为建设美好家园而努力奋斗！"]
    return "\n\n".join(paras)


def test_theme_lines_take_level_two_over_their_leads() -> None:
    tree = levelled(_report())
    assert [h for h in tree if h[0] <= 2] == [
        (1, "一、过去五年工作回顾"),
        *((2, t.rstrip("。")) for t in _THEMES),
        (1, "二、今后五年的目标任务"),
        (1, "三、二〇二六年重点工作"),
        (2, "着力扩大有效需求"),
        (2, "着力建设现代化产业体系"),
        (2, "着力推进乡村全面振兴"),
    ]
    assert (3, "产业结构持续优化") in tree and (3, "营商环境不断改善") in tree


def test_a_theme_with_its_first_lead_glued_on_is_still_a_theme() -> None:
    tree = levelled(_report(glued=True))
    assert [h for h in tree if h[0] == 2][:3] == [(2, t.rstrip("。")) for t in _THEMES]


def test_a_theme_right_under_its_part_heading_is_a_theme() -> None:
    tree = levelled(_report(under_part=True))
    assert [h for h in tree if h[0] == 2][:3] == [(2, t.rstrip("。")) for t in _THEMES]


def test_lead_lines_without_themes_stay_at_level_two() -> None:
    text = _report().replace("五年来，我们坚定不移", "")  # no parallel opening: no tier
    tree = levelled(text)
    assert (2, "产业结构持续优化") in tree


_YEAR = (
    "这一年，我们攻坚克难、真抓实干，经济运行稳中向好。",
    "这一年，我们改革创新、扩大开放，发展活力持续增强。",
    "这一年，我们用心用情、办好实事，民生福祉不断改善。",
)


_FOURTH = "五年来，我们坚定不移加强政府自身建设，在依法行政上展现新的作为。"


def _two_tiers(intro: bool = False) -> str:
    """Part 一 reviews the year in parallel lead lines (这一年，我们…。 over a paragraph
    each), then the five years in themes over their leads; ``intro``: a fourth theme
    stands over a paragraph of its own before its leads."""
    paras = ["某某市政府工作报告", "各位代表：", "现在，我代表市人民政府，向大会报告工作。"]
    paras += ["一、过去一年和五年工作回顾", "过去一年，我们全力以赴抓发展。" + _P]
    for line in _YEAR:
        paras += [line, _P]
    for theme, leads in zip(_THEMES, _LEADS):
        paras.append(theme)
        for lead in leads:
            paras += [lead, _P]
    if intro:
        paras += [_FOURTH, _P, "作风建设扎实推进。", _P, "依法行政全面加强。", _P]
    paras += ["二、今后五年的目标任务", _P, _P, "三、二〇二六年重点工作", _P]
    paras += ["着力扩大有效需求。", _P, "着力建设现代化产业体系。", _P]
    paras += ["着力推进乡村全面振兴。", _P]
    return "\n\n".join(paras)


def test_parallel_leads_before_the_first_theme_stand_beside_the_themes() -> None:
    """这一年，我们…。 ×3 before 五年来，我们…。 ×3: no theme stands over them; both are the
    part's second level, the themes' leads under the themes."""
    tree = levelled(_two_tiers())
    level2 = [h for h in tree if h[0] == 2]
    assert level2[:6] == [(2, t.rstrip("。")) for t in (*_YEAR, *_THEMES)]
    assert (3, "产业结构持续优化") in tree


def test_a_theme_over_a_paragraph_before_its_leads_is_still_a_theme() -> None:
    """五年来，我们…。 over a paragraph, then its leads: one more theme of the same opening."""
    tree = levelled(_two_tiers(intro=True))
    want = [(2, t.rstrip("。")) for t in (*_THEMES, _FOURTH)]
    assert [h for h in tree if h[0] == 2][3:7] == want
    assert (3, "作风建设扎实推进") in tree
