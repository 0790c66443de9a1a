"""A last paragraph that takes up the first part's words again rather than the last part's is
the closing when nothing else found one (docs/outline.md §4, session 38;
:func:`drafter.corpus.closing.returns_to_first_part`). The fixtures are texts written for the
project; the real texts are read from ../shared by path (development gold only: outline set
26 and study bookends b2 where it fires, study bookends b4's null it must leave)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from drafter.corpus import load_document, parse_text
from drafter.corpus.closing import returns_to_first_part

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests"))

FIRST = "服务体系的价值在于客户满意度，客户满意度决定了服务体系能否长期存活。"
STORE = "备件仓库要建在交付现场附近，库存周转按季度盘点，仓库管理员定期轮岗。"
STORE2 = "仓库的货架按型号分区，入库出库都扫码登记，账实相符才算合格。"
SPEECH = (
    "客户满意度是服务体系的根本目标\n\n"
    f"一、客户满意度决定服务体系的存活\n\n{FIRST}\n\n"
    f"二、备件仓库要就近布局\n\n{STORE}\n\n{STORE2}\n\n"
)
# the first part's words again (服务体系, 客户满意度, 根本目标, 长期存活), none of the warehouse's
RING = "服务体系归根结底以客户满意度为根本目标，客户满意度上去了，服务体系才有长期存活的价值。"
# the last part carried on: the warehouse's own words
CARRIES_ON = "仓库管理员轮岗以后，备件库存周转继续按季度盘点，交付现场的仓库保持整洁。"


def _closing(ending: str) -> list[str]:
    return parse_text(SPEECH + ending + "\n").outline.closing


def test_the_first_parts_theme_again_closes() -> None:
    assert _closing(RING) == [RING]


def test_the_last_part_carried_on_is_body() -> None:
    assert _closing(CARRIES_ON) == []


def test_the_last_parts_only_text_is_that_parts() -> None:
    text = (
        "客户满意度是服务体系的根本目标\n\n"
        f"一、客户满意度决定服务体系的存活\n\n{FIRST}\n\n二、备件仓库要就近布局\n\n{RING}\n"
    )
    assert parse_text(text).outline.closing == []


def test_a_turn_of_an_exchange_or_a_point_announced_above_is_not_the_turn() -> None:
    texts = ["一、客户满意度决定服务体系的存活", FIRST, "二、备件仓库要就近布局", STORE]
    title = "客户满意度是服务体系的根本目标"
    assert returns_to_first_part([*texts, RING], 2, 2, title)
    assert not returns_to_first_part([*texts, "任总：" + RING], 2, 2, title)
    assert not returns_to_first_part([*texts, "最后，讲一讲目标。", RING], 2, 2, title)
    assert not returns_to_first_part([*texts, CARRIES_ON], 2, 2, title)


def _real(rel: str):
    from holdout import held_out

    if not (SHARED / rel).is_file():
        pytest.skip(f"../shared is absent: {rel} is a real text")
    if rel in held_out():
        pytest.skip(f"{rel} is held out this session")
    return load_document(SHARED / rel)


@pytest.mark.parametrize(
    ("rel", "start"),
    [
        # set 26 (outline gold): 一、聚焦主航道，优化产品投资组合，在战略机会点上抢占机会 … 四、能力
        # 中心…; the last paragraph comes back to 产品投资组合 and 机会点上抢占
        ("corpus/speeches/ren/20151031_聚焦主航道，在战略机会点上抢占机会.md", "通过产品投资审视"),
        # study bookends b2: 一、未来信息社会… taken up again after 三、开放合作…
        ("corpus/speeches/ren/20160819_美丽的爱尔兰是软件的大摇篮.md", "未来社会的信息流量"),
    ],
)
def test_real_talks_that_come_back_to_their_first_part(rel: str, start: str) -> None:
    closing = _real(rel).outline.closing
    assert len(closing) == 1 and closing[0].startswith(start), closing


def test_the_text_of_a_last_point_announced_by_zuihou_stays_body() -> None:
    # study bookends b4, null: 最后，需要讲一点中国革命和世界革命的相互关系。 then that point
    doc = _real("corpus/speeches/mao/第一卷_012 论反对日本帝国主义的策略.md")
    assert doc.outline.closing == []
