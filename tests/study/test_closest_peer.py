"""The text 对照 offers first beside the one studied: same kind of occasion, genre and
subject before length, never a copy of the same text."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.study.occasions import closest_peer


def _doc(id_, title, chars, occasion=None, genre=None):
    return SimpleNamespace(id=id_, title=title, chars=chars, occasion=occasion, genre=genre)


REPORT = _doc("r", "政府工作报告", 20000, "市人民代表大会", "工作报告")
TRAINING = _doc("t", "在全区办公室主任暨文秘业务培训会议上的讲话", 10000, genre="讲话")
OTHER_TRAINING = _doc("o", "在全市办公室系统文秘业务培训会议上的讲话", 1800, genre="讲话")
OFFICE_MEETING = _doc("m", None, 6400, occasion="全县办公室主任会议")
COPY = _doc("c", TRAINING.title, 10000, genre="讲话")


def test_a_training_speech_is_set_beside_another_not_beside_the_first_document():
    assert closest_peer([REPORT, TRAINING, OTHER_TRAINING], "t") == "o"


def test_the_subject_counts_when_the_kind_of_occasion_differs():
    assert closest_peer([REPORT, OFFICE_MEETING, TRAINING], "m") == "t"


def test_a_copy_of_the_same_text_is_offered_last():
    assert closest_peer([COPY, REPORT, TRAINING], "t") == "r"
    assert closest_peer([COPY, TRAINING], "t") == "c"  # nothing else to compare with


def test_none_when_alone_and_the_first_other_when_the_text_is_unknown():
    assert closest_peer([TRAINING], "t") is None
    assert closest_peer([REPORT, TRAINING], "gone") == "r"


def test_more_of_the_subject_shared_goes_before_a_nearer_length():
    # both training speeches (业务培训 in each title); the longer one shares the office and the
    # 文秘 business too, the one a trainee would set beside the studied text
    company = _doc("p", "要建立一个均衡的平台", 4800, occasion="公司秘书业务培训班", genre="讲话")
    assert closest_peer([company, TRAINING, OTHER_TRAINING], "o") == "t"


def test_the_words_naming_the_kind_are_not_counted_again_as_subject():
    # 工作, 代表, 表大: the kind (代表大会) already counts them; the genre tells the two apart
    county = _doc("g", "政府工作报告", 2300, "青川区第三届人民代表大会第五次会议", "工作报告")
    old = _doc("h", "关心群众生活，注意工作方法", 3000, "第二次全国工农兵代表大会")
    national = _doc("n", None, 18000, None, "工作报告")
    assert closest_peer([county, old, national], "g") == "n"
