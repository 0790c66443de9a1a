"""A sample speech draft for the export tests (written for the tests, not copied)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph, Provenance

FIXED_TIME = datetime(2025, 11, 24, 8, 0, tzinfo=timezone.utc)


def build_speech() -> Draft:
    prov = Provenance("doc-7", "旧讲话", "2023-05-06", 3, "原来的句子。")
    return Draft(
        meta=DraftMeta(
            title="在全区办公室主任暨文秘业务培训会议上的讲话",
            speaker="张三",
            post="区委常委、办公室主任",
            date="2025-11-24",
            occasion="全区办公室主任暨文秘业务培训会议",
            genre="讲话",
        ),
        opening=[
            DraftParagraph("同志们："),
            DraftParagraph(
                "今天，我们召开全区办公室主任暨文秘业务培训会议，主要任务是总结经验、部署工作。"
            ),
        ],
        sections=[
            DraftNode(
                "充分认识办公室工作的重要地位",
                hint="写作提示：讲清地位作用",
                example="示例：办公室是……",
                paragraphs=[
                    DraftParagraph(
                        "办公室处于承上启下、联系左右、协调各方的枢纽位置。", provenance=prov
                    )
                ],
                children=[
                    DraftNode("办公室是参谋助手", paragraphs=[DraftParagraph("要当好参谋助手。")]),
                    DraftNode("办公室是服务中心", paragraphs=[DraftParagraph("要做好服务保障。")]),
                ],
            ),
            DraftNode(
                "突出重点，全面提升服务水平",
                paragraphs=[DraftParagraph("提升服务水平，关键在于抓住重点。")],
                children=[
                    DraftNode(
                        "加强学习",
                        run_in=True,
                        paragraphs=[DraftParagraph("学习是立身之本，要把学习作为第一需要。")],
                        children=[
                            DraftNode(
                                "学理论",
                                paragraphs=[DraftParagraph("理论学习要常抓不懈。")],
                                children=[
                                    DraftNode("读原著", paragraphs=[DraftParagraph("原著要精读。")])
                                ],
                            )
                        ],
                    ),
                ],
            ),
        ],
        closing=[DraftParagraph("同志们，让我们奋力开创办公室工作新局面！")],
        closing_hint="结尾要有号召力",
    )


@pytest.fixture
def speech() -> Draft:
    return build_speech()
