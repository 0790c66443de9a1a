"""Official-document vocabulary added to jieba's general dictionary.

jieba's dictionary comes from general text and cuts many set phrases of government and
Party documents into pieces (安全生产 -> 安全/生产, 营商环境 -> 营商/环境). Kept whole,
a query for the phrase is one term lookup instead of a phrase match over two very common
words, and the pieces stay findable because the index also stores the dictionary words
inside every long word (see :mod:`drafter.library.analyzer`).

The list is part of how the index is cut: changing it requires a re-index, which
:data:`VERSION` tells the library (bump it with every change). The user's own words join
the same dictionary; :func:`clean_words` is the check each of them passes first.
"""

from __future__ import annotations

from collections.abc import Iterable

from drafter.library.model import LibraryError

VERSION = "2026.1"

# fmt: off
WORDS = (
    # economy and reform
    "高质量发展", "新发展理念", "新发展格局", "供给侧结构性改革", "营商环境", "放管服", "一网通办", "跨省通办", "最多跑一次", "减税降费",
    "民营经济", "实体经济", "数字经济", "平台经济", "新质生产力", "专项债", "双循环", "自由贸易", "对外开放", "一带一路", "高水平开放",
    "统一大市场", "稳中求进", "六稳", "六保", "扩大内需",
    # society and livelihood
    "乡村振兴", "脱贫攻坚", "精准扶贫", "共同富裕", "城乡融合", "新型城镇化", "粮食安全", "社会保障", "基本养老", "医疗保障", "公共服务",
    "基层治理", "社会治理", "网格化管理", "疫情防控", "食品安全", "安全生产", "应急管理", "防灾减灾", "平安建设",
    # environment
    "生态文明", "生态环境保护", "污染防治", "碳达峰", "碳中和", "绿色发展", "河长制", "蓝天保卫战", "黄河流域", "长江经济带",
    # government and law
    "依法行政", "法治政府", "政务公开", "政务服务", "个人信息保护", "知识产权保护", "行政执法", "放管结合", "优化服务", "重大风险",
    "防范化解",
    # Party building
    "全面从严治党", "党风廉政建设", "党史学习教育", "主题教育", "不忘初心", "牢记使命", "两个确立", "两个维护", "四个意识", "四个自信",
    "五位一体", "四个全面", "三严三实", "八项规定", "四风", "形式主义", "官僚主义", "基层党组织", "中国式现代化",
    # speeches and office work
    "三个服务", "四勤", "五坚持", "办文办会办事", "以文辅政", "调查研究",
)
# fmt: on


def clean_words(words: Iterable[str]) -> list[str]:
    """The user's dictionary words, stripped, blanks dropped; a word with a space inside is
    refused (:class:`LibraryError`): the segmenter's dictionary holds single words, and a
    space would never match as one. Both library implementations check words this way."""
    out = []
    for word in words:
        word = word.strip()
        if not word:
            continue
        if any(ch.isspace() for ch in word):
            raise LibraryError(f"“{word}”: a dictionary word cannot contain spaces")
        out.append(word)
    return out
