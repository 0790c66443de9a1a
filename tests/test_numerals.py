import pytest

from drafter.numerals import cn_number, parse_cn_number, parse_cn_year


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (999, "九百九十九"),
    ],
)
def test_round_trip(n, text):
    assert cn_number(n) == text
    assert parse_cn_number(text) == n


def test_reading_accepts_variants_and_rejects_the_rest():
    assert parse_cn_number("两") == 2
    assert parse_cn_number("零") is None  # no heading is numbered zero
    assert parse_cn_number("") is None
    assert parse_cn_number("十a") is None


def test_writing_outside_the_range_gives_digits():
    assert cn_number(1000) == "1000"
    assert cn_number(-1) == "-1"
    assert cn_number(0) == "零"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("二〇二四", 2024),
        ("一九四九", 1949),
        ("二○二五", 2025),
        ("二Ｏ一O", 2010),
        ("二十二年", None),
        ("", None),
    ],
)
def test_years_are_read_digit_by_digit(text, year):
    assert parse_cn_year(text) == year
