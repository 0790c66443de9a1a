"""How much of a group of parallel headings must be fixed text for it to be a frame (ux33,
after ux30's walk: a saved web page of a speech whose sub-sections open 第一，…第二，… with a
whole sentence showed 并列标题框架 ``…质量…，…`` and ``…大质量…体系…，…质量…`` — a word or
two the sentences happen to share, no frame a writer reuses), one rule for the study view
and the 结构 panel's mining (``siblings.is_frame``). The headings below are made up."""

from __future__ import annotations

from pathlib import Path

from drafter.library import Library
from drafter.study.mining import library_entries, mine_all
from drafter.study.siblings import clause_pattern, heading_pattern

SENTENCES = [
    "安全生产责任体系要覆盖到每一个车间班组，形成人人讲安全的风气，不留死角",
    "我们要建立起安全生产的应急救援体系，在各县设立救援中心，做到随叫随到",
    "在安全问题上，要永远记得三个不放过，而且要一查到底",
]


def test_a_word_or_two_shared_by_sentence_headings_is_no_frame():
    assert heading_pattern(SENTENCES) is None
    assert heading_pattern(SENTENCES[:2]) is None
    assert clause_pattern(SENTENCES) is None


def test_a_head_stays_a_frame_however_long_the_rest():
    pattern, slots = heading_pattern(
        [
            "聚焦扩大内需，更大力度统筹促消费扩投资，让市场活力充分释放出来",
            "聚焦科技创新，加快培育壮大发展新动能，推动产业体系整体跃升",
        ]
    )
    assert pattern.startswith("聚焦…")
    assert slots[1][0].startswith("科技创新")


def test_a_tail_every_heading_ends_with_is_a_frame():
    pattern, _ = heading_pattern(["城市建设和乡村振兴的关系", "沿海地区和内地省份的关系"])
    assert pattern == "…的关系"


def test_a_label_frame_counts_its_first_clause():
    """城市方面：… / 农村方面：… — the long text after the colon would drown the share."""
    pattern, _ = heading_pattern(
        [
            "城市方面：住房保障扩面提质，老旧小区改造全面铺开，公共服务设施逐步配齐",
            "农村方面：农田水利建设加快推进，农村公路通达率继续提高，人居环境明显改善",
        ]
    )
    assert pattern.startswith("…方面：")


def test_two_fixed_words_inside_are_a_frame_one_noun_is_a_topic():
    pattern, _ = heading_pattern(
        [
            "文稿起草是秘书科的首要职责，务必字斟句酌",
            "会议服务是秘书科的日常工作，务必周到细致",
            "督查督办是秘书科的重要任务，务必一抓到底",
        ]
    )
    assert pattern == "…是秘书科的…，务必…"
    # one noun the headings share in the middle is their topic, not a frame
    assert (
        heading_pattern(["成立安全生产委员会", "安全生产委员会的职责", "健全安全生产委员会"])
        is None
    )


SPEECH = """在全市办公室系统工作会议上的讲话
同志们：
今天召开会议，部署今年的工作。
一、文稿起草是秘书科的首要职责，务必字斟句酌
起草文稿要吃透上情、摸清下情。
二、会议服务是秘书科的日常工作，务必周到细致
会议无小事。
三、督查督办是秘书科的重要任务，务必一抓到底
抓落实是关键。
同志们，让我们共同努力！
"""


def test_mining_keeps_a_frame_with_no_fixed_start_or_end(tmp_path: Path):
    """The 结构 panel dropped every pattern that neither starts nor ends with fixed text, so a
    frame of two words inside (…是秘书科的…，务必…) never showed there; it uses the study's
    rule now."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "办公室讲话.txt").write_text(SPEECH, encoding="utf-8")
    with Library.open(tmp_path / "lib") as lib:
        for _ in lib.add([folder]):
            pass
        mined = mine_all(library_entries(lib), 1, min_documents=1)
    assert [p.key for p in mined.patterns] == ["…是秘书科的…"]
