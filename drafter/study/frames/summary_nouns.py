"""The head words of a summary (三个服务, 四项原则, 三大攻坚战): a count with one of them is a
frame even when named once and never listed. Shared by the mention finder, the pruning of plain
counts, the nouns of frames and the second look's model."""

from __future__ import annotations

import re

SUMMARY_NOUN = re.compile(
    "意见|希望|要求|体会|想法|建议|问题|任务|重点|措施|看法|认识|原则|条件|意识|自信|坚持|"
    "服务|作风|前途|阶段|来源|情况|方针|目标|方面|观点|标准|规定|关系|矛盾|结合|统一|必须|"
    "不要|确保|维护|理念|精神|能力|办法|方法|步骤|环节|途径|战略|路线|政策|制度|机制|体系|"
    "安排|部署|举措|工程|行动|经验|教训|优势|特点|作用|职能|转变|责任|本领|素质|时期|运动|"
    "目的|口号|道路|可能|性质|表现|变化|形式|内容|因素|层次|类型|方向|革命|时代|攻坚|基本点|"
    "纪律|大事|部分|底线|红线|短板|清单|纲领|实事|工具|法宝|武器|手段|支柱|范畴|极端|倾向|"
    "偏向|领域|层面|侧面|要领|决心|弱项|强项|防线|角度|维度|现代化"
)
