"""Closing parts said with other words (stop 19), read from the closings the analysis found
in the corpus and left unlabelled: thanks as the speaker's own word anywhere in the sentence
(…，谢谢你们！ / 辛苦了，谢谢！ / 我代表公司谢谢你们), congratulations to the room without 我
(最后祝贺你们，…), and a request or hope by 期望 / 期盼 / 望各地同志…. Each case is written here
and failed before its rule; a longing told of others (人民…都急切地盼望…) is no request."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

BODY = "一、抓好落实\n\n要一件一件抓。\n\n二、抓好队伍\n\n要敢于担当。\n\n"


def closing_kinds(last: str) -> list[str]:
    study = analyze(parse_text("讲话\n\n今天讲两点。\n\n" + BODY + last + "\n", "talk.txt"))
    return [p.kind for p in study.closing.parts]


def test_thanks_as_the_speakers_word_anywhere_in_the_sentence():
    for last in (
        "你们走到这一步已经很不简单，做得不错，谢谢你们！",
        "你们做得不错，辛苦了，谢谢！",
        "我代表公司谢谢你们，大家做得很好！",
    ):
        assert "致谢" in closing_kinds(last), last


def test_congratulations_to_the_room_without_the_speaker_named():
    assert "祝愿" in closing_kinds("最后祝贺你们，终于走出困境了，明天的曙光也能看见了。")


def test_a_request_or_hope_said_with_qiwang_qipan_or_wang():
    for last in (
        "相信江山代有才人出，期望你们成长起来，担负起我们的未来。",
        "以上两项，为今年工作应加特别注意之点。望各地同志根据当地情况，灵活地实现上述方针。",
    ):
        assert "希望要求" in closing_kinds(last), last


def test_a_longing_told_of_others_is_no_request():
    last = "各位代表！我国各族人民都急切地盼望祖国早日统一。我们一定要发扬艰苦奋斗的精神。"
    assert "希望要求" not in closing_kinds(last)


def test_a_reports_long_last_call_is_a_call():
    """A work report ends on one long call whose aims run past 60 characters before 不懈奋斗
    (the closings of gwr_national_2019–2025, cpc_congress_19 and two 2026 provincial reports
    were 未归类 for it); 紧密团结在…周围 and 奋力书写…新篇章！ are the same call."""
    aims = "、".join(
        ["推动经济社会持续健康发展", "确保各项目标任务圆满完成", "实现人民对美好生活的向往"] * 3
    )
    for last in (
        f"各位代表！使命重在担当，实干创造未来。大家要坚定信心，为{aims}不懈奋斗！",
        "各位代表！全区上下要更加紧密地团结在市委周围，扛牢责任、攻坚克难。",
        "各位代表！让梦想照进现实。全区上下要拿出勇气和干劲，奋力书写现代化建设新篇章！",
    ):
        assert "号召" in closing_kinds(last), last


def test_a_struggle_told_of_others_is_no_call():
    last = "各位代表！这些年大家为改革发展付出了艰辛努力，我们的奋斗历程值得铭记。"
    assert "号召" not in closing_kinds(last)


def _closing(last: str):
    return analyze(parse_text("讲话\n\n今天讲两点。\n\n" + BODY + last + "\n", "talk.txt")).closing


def test_a_closing_of_cheers_is_a_call():
    """Slogans a meeting ends on (…万岁！ 打倒…！ …永垂不朽！) are its call to the room in
    the shortest form: 号召, the closing 号召激励式, not 未归类 (mao 4-064, 5-002 end so)."""
    closing = _closing("我们的工作已经有了很好的开端。\n\n打倒一切反动派！\n\n新中国万岁！")
    assert closing.type == "号召激励式"
    assert [p.kind for p in closing.parts] == ["号召"]


def test_cheers_after_a_call_go_on_with_it():
    """After 让我们…！ the cheers close the same call: no second 号召 part."""
    closing = _closing("让我们团结起来，去争取更大的胜利！\n\n伟大的祖国万岁！\n\n人民万岁！")
    assert [p.kind for p in closing.parts] == ["号召"]


def test_a_cheer_told_in_the_body_of_the_closing_is_no_part():
    """万岁 without its exclamation (told, not cheered) is no slogan."""
    assert "号召" not in closing_kinds("群众高呼万岁的场面，我至今记得。今天就讲这些。")
