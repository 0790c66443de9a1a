"""Leader names and titles against the office list (leaders.toml): a listed person given a
title they do not hold, an unlisted name next to a title only one listed person holds, a
deputy and a principal title for one person, and 称谓 (a short form before the full name)."""

from __future__ import annotations

import re

from drafter.review.registry import Example, rule

_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_NAME_END = re.compile(
    r"同志|在|的|出席|主持|指出|强调|讲话|说|要|表示|作|参加|和|与|及|等|[，、。：；）！？]"
)


def _title_re(titles: list[str]) -> re.Pattern[str]:
    alts = "|".join(sorted({re.escape(t) for t in titles}, key=len, reverse=True))
    return re.compile(rf"(?:{alts})")


def _listed(ctx):
    year = ctx.year
    return [p for p in ctx.lists.leaders if p.current(year) and not ctx.lists.ignored(p.name)]


@rule(
    "name.title",
    "name",
    "warning",
    "姓名与职务不符",
    "名单上的人配了不属于他的职务（如名单中的区长被称为书记），是最敏感的一类错误",
    fires=[
        Example("«国务院总理习近平»出席会议。", date="2025-03-01"),
        Example("«李强总书记»强调。", date="2025-03-01"),
    ],
    passes=[
        Example("国务院总理李强出席会议。", date="2025-03-01"),
        Example("习近平总书记强调。", date="2025-03-01"),
        Example("李强同志指出。", date="2025-03-01"),
    ],
)
def check_title(ctx):
    """A listed person named with a title the list does not give them."""
    leaders = _listed(ctx)
    if not leaders:
        return
    all_titles = sorted(
        {t for p in leaders for t in p.titles} | set(ctx.lists.titles), key=len, reverse=True
    )
    before = re.compile(rf"({'|'.join(map(re.escape, all_titles))})$")
    after = re.compile(rf"^({'|'.join(map(re.escape, all_titles))})")
    for para in ctx.paras:
        text = para.text
        for p in leaders:
            start = 0
            while (i := text.find(p.name, start)) >= 0:
                start = i + len(p.name)
                j = start
                b = before.search(text, max(0, i - 12), i)
                a = after.match(text[j : j + 12])
                for m, s, e, title in (
                    (b, b.start() if b else 0, j, b.group(1) if b else ""),
                    (a, i, j + (a.end() if a else 0), a.group(1) if a else ""),
                ):
                    if not m or title in p.titles or _holds_suffix(title, p.titles):
                        continue
                    yield ctx.finding(
                        para,
                        s,
                        e,
                        f"名单中{p.name}的职务是{'、'.join(t for t in p.titles if t != '同志')}，不是“{title}”",
                    )


def _holds_suffix(title: str, titles: tuple[str, ...]) -> bool:
    """区委书记 covers 书记 and the other way round: only a different office conflicts."""
    return any(t.endswith(title) or title.endswith(t) for t in titles if len(t) > 1 and t != "同志")


@rule(
    "name.unlisted",
    "name",
    "warning",
    "职务旁的姓名不在名单上",
    "名单上只有一人担任的职务，旁边却是另一个名字：人名写错或用了旧名单",
    fires=[Example("«国务院总理王刚»出席会议。", date="2025-03-01")],
    passes=[
        Example("国务院总理李强出席会议。", date="2025-03-01"),
        Example("国务院总理出席会议。", date="2025-03-01"),
    ],
)
def check_unlisted(ctx):
    """An unlisted name next to a title only one listed person holds."""
    leaders = _listed(ctx)
    holders: dict[str, set[str]] = {}
    for p in leaders:
        for t in p.titles:
            holders.setdefault(t, set()).add(p.name)
    exclusive = {t: next(iter(n)) for t, n in holders.items() if len(n) == 1 and len(t) >= 4}
    if not exclusive:
        return
    pat = re.compile(
        rf"({'|'.join(map(re.escape, sorted(exclusive, key=len, reverse=True)))})([\u4e00-\u9fff]{{2,3}})"
    )
    names = {p.name for p in leaders}
    for para in ctx.paras:
        text = para.text
        for m in pat.finditer(text):
            cand = m.group(2)
            name = _name_at(text, m.start(2))
            if (
                not name
                or name in names
                or cand[:2] in ("同志", "指出", "强调")
                or ctx.lists.ignored(name)
            ):
                continue
            end = m.start(2) + len(name)
            yield ctx.finding(
                para,
                m.start(),
                end,
                f"名单中的{m.group(1)}是{exclusive[m.group(1)]}，不是{name}",
                m.group(1) + exclusive[m.group(1)],
            )


def _name_at(text: str, i: int) -> str | None:
    """A 2-3 character personal name starting at ``i`` (a known surname, then a boundary)."""
    if i >= len(text) or text[i] not in _SURNAMES:
        return None
    for n in (3, 2):
        cand = text[i : i + n]
        nxt = text[i + n : i + n + 1]
        if (
            len(cand) == n
            and all("\u4e00" <= c <= "\u9fff" for c in cand)
            and (not nxt or _NAME_END.match(text, i + n))
        ):
            return cand
    return None


_DEPUTY = re.compile(
    r"(副)?(书记|区长|县长|市长|省长|主任|局长|部长|厅长|处长|院长|镇长|乡长|主席|总经理|董事长)"
)


@rule(
    "name.deputy",
    "name",
    "warning",
    "同一人既称正职又称副职",
    "同一个人在文中一处是“区长”、一处是“副区长”，至少一处写错",
    fires=["区长张三主持会议。\n会上，«副区长张三»作了部署。"],
    passes=["区长张三主持会议。\n会上，副区长李四作了部署。", "区委书记张三、区长李四出席。"],
)
def check_deputy(ctx):
    """One person called both by a principal and by its deputy title."""
    pat = re.compile(
        r"(副?(?:书记|区长|县长|市长|省长|主任|局长|部长|厅长|处长|院长|镇长|乡长|主席|总经理|董事长))([\u4e00-\u9fff]{2,3})"
    )
    seen: dict[str, list[tuple]] = {}
    for para in ctx.paras:
        text = para.text
        for m in pat.finditer(text):
            name = _name_at(text, m.start(2))
            if not name:
                continue
            title = m.group(1)
            seen.setdefault(name, []).append((para, m.start(), m.start(2) + len(name), title))
    for name, uses in seen.items():
        bases = {}
        for u in uses:
            base = u[3].removeprefix("副")
            bases.setdefault(base, set()).add(u[3].startswith("副"))
        for base, kinds in bases.items():
            if len(kinds) < 2:
                continue
            deputy = [u for u in uses if u[3] == "副" + base]
            principal = [u for u in uses if u[3] == base]
            minority = deputy if len(deputy) <= len(principal) else principal
            other = principal[0][3] if minority is deputy else deputy[0][3]
            for para, s, e, title in minority:
                yield ctx.finding(para, s, e, f"{name}在文中另有“{other}”的称谓，与“{title}”矛盾")


# Characters of _SURNAMES that, right before a title, are mostly a word of their own
# (向总书记汇报, 和总书记一起), not a surname standing for a name (江总书记).
_FUNCTION_SURNAMES = set("和向于时应全连随常关")


def _after_name(text: str, i: int) -> bool:
    """Whether the title at ``i`` is written after a person's name: 江泽民总书记, 江总书记,
    以胡锦涛同志为总书记. Such a title belongs to the name before it, whoever that is (an
    undated text of 1998 praising 江总书记 is no short mention of today's 总书记)."""
    if text.endswith("同志为", 0, i):
        return True
    for k in (3, 2, 1):
        name = text[max(0, i - k) : i]
        if len(name) != k or name[0] not in _SURNAMES:
            continue
        if not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        if k == 1 and name in _FUNCTION_SURNAMES:
            continue
        return True
    return False


@rule(
    "name.first_mention",
    "name",
    "hint",
    "首次提及未用全称",
    "称谓规范：领导人首次出现时用姓名加职务的全称，之后才可用简称（如“总书记”）",
    fires=[
        Example("«总书记»强调，要抓好落实。\n习近平总书记指出，要抓好落实。", date="2025-03-01")
    ],
    passes=[
        Example("习近平总书记指出，要抓好落实。\n总书记强调，要抓好落实。", date="2025-03-01"),
        # another person's title, name and all: not the listed person's short form
        "江泽民总书记在深圳接见了我。",
        "上个月江总书记来这里视察。",
        "这是以胡锦涛同志为总书记的党中央正确领导的结果。",
    ],
)
def check_first_mention(ctx):
    """A short form (总书记) used before the person's full name."""
    for p in _listed(ctx):
        if not p.short:
            continue
        first_name = None
        for para in ctx.paras:
            i = para.text.find(p.name)
            if i >= 0:
                first_name = (para.index, i)
                break
        for para in ctx.paras:
            for short in p.short:
                i = para.text.find(short)
                while i >= 0 and (
                    para.text[max(0, i - len(p.name)) : i] == p.name or _after_name(para.text, i)
                ):
                    i = para.text.find(short, i + 1)
                if i < 0:
                    continue
                if first_name is None or (para.index, i) < first_name:
                    yield ctx.finding(
                        para,
                        i,
                        i + len(short),
                        f"首次提及应写全称“{p.name}{short}”",
                        p.name + short,
                    )
                    return


# Titles a name stands next to, in either order (罗增斌书记, 书记罗增斌, 罗增斌同志).
_NAMED_BY = (
    r"副?(?:总书记|书记|秘书长|区长|县长|市长|省长|州长|主任|局长|部长|厅长|处长|院长|镇长"
    r"|乡长|主席|总理|委员长|总经理|董事长|同志|总裁|主编|司令员|政委|委员)"
)
_NAME_BEFORE = re.compile(rf"([\u4e00-\u9fff]{{3}})(?={_NAMED_BY})")
_NAME_AFTER = re.compile(
    rf"{_NAMED_BY}([\u4e00-\u9fff]{{3}})(?=同志|在|指出|强调|说|的|[，。、；：！？）\s]|$)"
)
# Characters no given name of a 3-character name holds in these texts: words of office
# and grammar that stand next to a title (主任或者, 市委副书记, 全区的同志).
_NOT_IN_NAME = set(
    "委长记市县区省州部局的和与及或者在是为了对把被向从到上下中大小等个这那们之其各全同副总党政人民"
)


def _is_name(text: str) -> bool:
    """Whether ``text`` reads as a three-character personal name."""
    return (
        len(text) == 3
        and all("\u4e00" <= c <= "\u9fff" for c in text)
        and text[0] in _SURNAMES
        and not _NOT_IN_NAME & set(text[1:])
    )


def _name_forms(ctx) -> dict[str, list[tuple]]:
    """Three-character names written next to a title, with every place each is written in
    the body; the speaker's name (the line the text is signed with) is one of them too."""
    forms: dict[str, list[tuple]] = {}
    if _is_name(ctx.text.speaker):
        forms[ctx.text.speaker] = []
    for para in ctx.paras:
        for pat in (_NAME_BEFORE, _NAME_AFTER):
            for m in pat.finditer(para.text):
                name = m.group(1)
                if _is_name(name):
                    forms.setdefault(name, [])
    for name in forms:
        for para in ctx.paras:
            i = para.text.find(name)
            while i >= 0:
                forms[name].append((para, i))
                i = para.text.find(name, i + 1)
    return forms


@rule(
    "name.variant",
    "name",
    "warning",
    "同一人名前后写法不一",
    "两个只差一个字的人名（罗增斌书记、罗增彬书记），同姓同长，都写在职务或“同志”旁，"
    "多半是同一个人有一处打错了字；标出少见的写法",
    fires=[
        "要认真学习罗增斌书记的重要指示。\n罗增斌书记强调，要狠抓落实。\n«罗增彬»书记多次强调，要严谨细致。",
        "区委书记王建国主持会议。\n会上，«王健国»同志作了部署。\n王建国同志指出，要抓好落实。",
    ],
    passes=[
        # two people: the given names differ in both characters
        "区委书记王建国主持会议。\n会上，区长王立新作了部署。",
        # one form only
        "罗增斌书记强调，要狠抓落实。\n罗增斌同志指出，要严谨细致。",
        # words of office beside a title, not names
        "办公室主任或者副主任签发。\n主任或受其委托的副主任签发。",
    ],
)
def check_variant(ctx):
    """One name written two ways (罗增斌 and 罗增彬): same surname and length, one
    character apart, both next to a title. The rarer form is flagged, the other suggested;
    a tie flags the later one. Two people whose names differ in one character are rare in
    one speech; a typing slip of a leader's name is the error a head is most blamed for."""
    forms = _name_forms(ctx)
    names = sorted(forms)
    for a in names:
        for b in names:
            if a >= b or a[0] != b[0] or sum(x != y for x, y in zip(a, b)) != 1:
                continue
            ua, ub = forms[a], forms[b]
            speaker = ctx.text.speaker
            if (not ua and a != speaker) or (not ub and b != speaker):
                continue
            first_a = (ua[0][0].index, ua[0][1]) if ua else (-1, 0)
            first_b = (ub[0][0].index, ub[0][1]) if ub else (-1, 0)
            if speaker in (a, b):  # the name the text is signed with is the usual one
                rare, usual = (b, a) if a == speaker else (a, b)
            elif len(ua) != len(ub):
                rare, usual = (a, b) if len(ua) < len(ub) else (b, a)
            else:
                rare, usual = (a, b) if first_a > first_b else (b, a)
            n = len(forms[usual])
            other = f"文中的“{usual}”（{n} 处）" if n else f"讲话人“{usual}”"
            for para, i in forms[rare]:
                yield ctx.finding(
                    para,
                    i,
                    i + len(rare),
                    f"“{rare}”与{other}只差一个字，是同一个人吗？核对后统一写法",
                    usual,
                    kind=f"“{rare}”与“{usual}”写法不一",
                )
