"""Import errors name the file by its full path, however the reader worded them."""

from drafter.library.model import error_with_path


def test_a_message_naming_the_file_only_gets_its_full_path():
    assert error_with_path("/a/b/报告.pdf", "报告.pdf: 文件已损坏") == "/a/b/报告.pdf: 文件已损坏"


def test_a_message_already_naming_the_path_is_kept():
    assert (
        error_with_path("/a/b/报告.pdf", "/a/b/报告.pdf: 文件已损坏") == "/a/b/报告.pdf: 文件已损坏"
    )


def test_a_message_naming_no_file_is_prefixed():
    assert error_with_path("/a/b/报告.pdf", "读取超时") == "/a/b/报告.pdf: 读取超时"


def test_two_files_of_one_name_in_two_folders_are_told_apart():
    one = error_with_path("/x/报告.pdf", "报告.pdf: 无正文")
    two = error_with_path("/y/报告.pdf", "报告.pdf: 无正文")
    assert one != two
