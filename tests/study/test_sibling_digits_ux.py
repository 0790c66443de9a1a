"""Parallel headings that share only the start of a number are no frame (ux27's walk: the
结构 panel offered "201××" as a heading frame of the national 政府工作报告, whose headings
read 2018年工作回顾 / 2019年经济社会发展总体要求… / 2019年政府工作任务)."""

from drafter.study.siblings import clause_pattern, heading_pattern


def test_headings_sharing_only_a_year_start_have_no_frame():
    assert clause_pattern(["2011年工作回顾", "2012年工作总体部署", "2012年主要任务"]) is None
    # nor does the one word 工作 they share inside (ux33: a noun there is a topic, no frame)
    assert heading_pattern(["2018年工作回顾", "2019年政府工作任务"]) is None
    assert heading_pattern(["一是2018年", "二是2019年"]) is None


def test_a_whole_number_shared_stays_fixed_text():
    assert heading_pattern(["2019年工作回顾", "2019年主要任务"])[0].startswith("2019年")


def test_a_real_shared_lead_is_still_a_frame():
    assert clause_pattern(["坚持忠诚可靠", "坚持服务大局"])[0] == "坚持…"
    assert heading_pattern(["着力扩内需稳增长", "着力抓科技兴产业"])[0] == "着力…"


def test_mining_the_national_reports_offers_no_frame_cut_inside_a_year(shared_dir, tmp_path):
    from drafter.library import open_library
    from drafter.study.mining import library_entries, mine_all

    names = ("gwr_national_2012.txt", "gwr_national_2019.txt")
    library = open_library(tmp_path / "lib", create=True)
    list(library.add([shared_dir / "corpus" / "structure" / n for n in names]))
    mined = mine_all(library_entries(library), 2, min_documents=1)
    assert mined.documents == 2 and not mined.failed
    keys = [p.key for p in mined.patterns]
    assert not any(k[:1].isdigit() for k in keys), keys
