"""bench/read_identity.py --dump writes one file per document read; a scale law's name with
its folders passes the 255 bytes a file name may hold, and the dump stopped there with
OSError (File name too long)."""

from __future__ import annotations

from bench_module import load_bench

LAW = (
    "shared/corpus/scale/laws/司法解释/最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、"
    "声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释（二）(2010-02-02).txt"
)


def test_dump_names_fit_a_file_system_and_stay_one_per_file(tmp_path):
    dump_name = load_bench("read_identity").dump_name
    assert dump_name("tests/modern/texts/a.txt") == "tests__modern__texts__a.txt.txt"
    long_one, other = dump_name(LAW), dump_name(LAW.replace("（二）", "（三）"))
    assert len(long_one.encode("utf-8")) <= 255 and long_one.endswith(".txt")
    assert long_one != other and long_one == dump_name(LAW)
    (tmp_path / long_one).write_text("Document(...)", "utf-8")  # the system takes it
