"""drafter.messages tries its phrases in order and the first one a message contains wins: a
row whose phrase holds an earlier row's phrase can never be reached, and a translation
written there is silently never shown (as "the template is longer than" once stood twice)."""

from __future__ import annotations

from drafter.messages import _OS_REASONS, _PHRASES, TOML_REASONS


def _shadowed(phrases: list[str]) -> list[tuple[str, str]]:
    """(phrase, the earlier phrase it holds) for each row that cannot be reached."""
    return [
        (phrase, earlier)
        for i, phrase in enumerate(phrases)
        for earlier in phrases[:i]
        if earlier in phrase
    ]


def test_every_phrase_of_the_core_messages_can_be_reached():
    assert _shadowed([phrase for phrase, _zh, _detail in _PHRASES]) == []


def test_every_os_reason_can_be_reached():
    assert _shadowed([phrase for phrase, _zh in _OS_REASONS]) == []


def test_every_toml_reason_can_be_reached():
    # matched by startswith: an earlier reason that begins a later one hides it
    reasons = [reason for reason, _zh in TOML_REASONS]
    hidden = [(r, e) for i, r in enumerate(reasons) for e in reasons[:i] if r.startswith(e)]
    assert hidden == []


def test_a_file_name_with_brackets_keeps_its_path():
    """Regression: a bracket in the part before ": " was read as a message's detail, so
    ``library add`` said "! 没有找到正文" without naming the file whenever its name held
    one (重庆市实施《国家赔偿法》办法(2012-09-27).txt in ../shared, 副本 (2).docx)."""
    from drafter.messages import in_chinese

    path = "/稿件/法规/某某办法(2012-09-27).txt"
    assert in_chinese(f"{path}: no body text found") == f"{path}：没有找到正文"
    assert in_chinese("副本 (2).docx: no body text found") == "副本 (2).docx：没有找到正文"
    # a bracket in a message without a subject is still its detail
    assert in_chinese("cannot write (Permission denied: 'x')") == "无法写入（没有权限）"
