"""Short speeches written for the tests, shared by test modules that need the same text.

Importable by name (``from speech_samples import ...``) because tests/ has no
``__init__.py``: pytest puts the folder of the root conftest on ``sys.path``.
"""

from __future__ import annotations

# 我讲三点意见 over 一、二、三, with one unnumbered heading (加强队伍建设) inside 二 that a
# correction can promote or demote: the text the corrections tests (pure and stored in a
# library) replay their operations on, so both suites mean the same paragraphs by index.
CORRECTIONS_SPEECH = "\n".join(
    [
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲三点意见。",
        "一、提高认识",
        "我们要充分认识这项工作的重要性，切实增强责任感。",
        "二、突出重点",
        "要抓住关键环节，集中力量攻坚。",
        "加强队伍建设",
        "要选优配强干部，打造过硬队伍。",
        "三、狠抓落实",
        "要一级抓一级，层层抓落实。",
    ]
)
