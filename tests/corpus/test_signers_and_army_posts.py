"""The army's posts (总司令, 司令员, 政委/政治委员, 参谋长, 军委主席, 委员长) are posts, and a text
signed at its end by people with posts names its speakers when its header names none.

A survey of ../shared (seeds, structure, speeches, scale/reports; HOLDOUT skipped; 4,206
texts with the laws) found these posts on no header line: the real lines are the
signatures under Mao's orders and proclamation, "中国人民革命军事委员会主席　毛泽东" and
"中国人民解放军总司令　朱　德", and the reader left their 讲话人 empty (总司令 was no post,
and nothing read a signer). Now those three texts name their signers, and no other of the
4,206 changes speaker or post. The header cases are fixtures written for the project."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from drafter.corpus import load_document, parse_text
from drafter.corpus.signers import signers

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
MAO = SHARED / "corpus" / "speeches" / "mao"
sys.path.insert(0, str(ROOT / "tests"))

TITLE = "在全军后勤工作会议上的讲话"
BODY = "同志们：\n这次会议的主要任务是总结去年后勤工作，部署今年任务。"


@pytest.mark.parametrize(
    ("line", "post", "speaker"),
    [
        ("战区司令员　张　三", "战区司令员", "张三"),
        ("中国人民解放军总司令　李四", "中国人民解放军总司令", "李四"),
        ("军区政委　王五", "军区政委", "王五"),
        ("集团军政治委员　赵六", "集团军政治委员", "赵六"),
        ("联合参谋部参谋长　孙七", "联合参谋部参谋长", "孙七"),
        ("中央军委主席　周八", "中央军委主席", "周八"),
    ],
)
def test_an_army_post_and_a_name_under_the_title(line, post, speaker):
    meta = parse_text(f"{TITLE}\n{line}\n（2025年3月1日）\n{BODY}\n").metadata
    assert (meta.post, meta.speaker) == (post, speaker)


def test_a_speaker_with_an_army_post_in_the_subtitle():
    text = f"强军兴军 砥砺前行\n——战区司令员张三在全军后勤工作会议上的讲话\n{BODY}\n"
    meta = parse_text(text).metadata
    assert (meta.post, meta.speaker) == ("战区司令员", "张三")


def test_signers_are_the_last_lines_in_shape_and_only_those():
    assert signers(["正文。", "县委书记　张三", "县长　李四", "2025年3月1日"]) == [
        ("县委书记", "张三"),
        ("县长", "李四"),
    ]
    assert signers(["正文。", "县委书记　张三", "县长　李四", "谢谢大家！"]) == []
    assert signers(["县委书记张三"]) == []  # no space: a run of words, not a signature line
    assert signers(["会议要求，县长　李四"]) == []


def test_a_text_signed_at_its_end_names_its_signers_when_the_header_does_not():
    text = "关于做好防汛工作的命令\n各部队：\n要立即进入临战状态。\n战区司令员　张　三\n战区政委　李四\n"
    meta = parse_text(text).metadata
    assert meta.speaker == "张三、李四"
    assert meta.post == "战区司令员；战区政委"


def test_the_header_speaker_wins_over_the_signature():
    text = f"{TITLE}\n县委书记　张三\n{BODY}\n县长　李四\n"
    meta = parse_text(text).metadata
    assert (meta.post, meta.speaker) == ("县委书记", "张三")


def _mao(name: str):
    path = MAO / name
    if not path.is_file():
        pytest.skip(f"{path} 不存在：需要 ../shared 的真实文本")
    from holdout import skip_held_out

    if not skip_held_out([path], SHARED):
        pytest.skip(f"{path} 留作盲评，不读")
    return load_document(path).metadata


@pytest.mark.parametrize(
    "name", ["第四卷_061 向全国进军的命令.md", "第四卷_062 中国人民解放军布告.md"]
)
def test_mao_and_zhu_sign_the_order_and_the_proclamation(name):
    meta = _mao(name)
    assert meta.speaker == "毛泽东、朱德"
    assert meta.post == "中国人民革命军事委员会主席；中国人民解放军总司令"


def test_a_signature_dated_where_it_was_signed():
    meta = _mao("第五卷_010 给中国人民志愿军的命令.md")  # …主席 毛泽东 / 一九五○年十月八日于北京
    assert (meta.post, meta.speaker) == ("中国人民革命军事委员会主席", "毛泽东")
    assert meta.date == "1950-10-08"
