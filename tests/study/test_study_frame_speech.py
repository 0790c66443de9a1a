"""Frames of speeches (issue 11): whether a count is a frame or a plain count, on sentences
written for these tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def frames_of(text: str) -> dict[str, object]:
    return {f.phrase: f for f in analyze(parse_text(text, "t.txt")).frames}


def test_a_doctrine_named_by_its_count_is_a_frame():
    found = frames_of("他们口头上拥护三民主义，实际上另搞一套，我们要揭穿这种做法。")
    assert "三民主义" in found and not found["三民主义"].listed


def test_a_doctrine_lists_the_words_sharing_its_character():
    text = (
        "大会重申拥护三民主义的立场。\n\n"
        "对外要讲民族主义，对内要讲民权主义，对百姓要讲民生主义，缺一不可。"
    )
    frame = frames_of(text)["三民主义"]
    assert frame.listed and frame.items == ["民族主义", "民权主义", "民生主义"]


def test_a_doctrine_does_not_swallow_the_count_after_it():
    found = frames_of("我们坚持三民主义和三大政策，这是合作的基础。")
    assert "三民主义" in found and "三大政策" in found


def test_democracy_is_no_part_of_a_doctrine():
    text = "大会重申拥护三民主义的立场。我们讲民主主义，也讲民族主义、民权主义和民生主义。"
    assert frames_of(text)["三民主义"].items == ["民族主义", "民权主义", "民生主义"]


def test_places_counted_as_counties_are_named_things():
    found = frames_of("这次会议请宁冈、永新、莲花三个县委各派两人参加。")
    assert "三个县委" not in found
    found = frames_of("今年夏天我们走访了宁冈、永新、莲花三个全县，也到了北边几个乡。")
    assert "三个全县" not in found


def test_a_summary_counted_after_its_parts_stays():
    found = frames_of("我们抓了改革、发展、稳定三个重点，效果很好。")
    assert found["三个重点"].items == ["改革", "发展", "稳定"]


def test_a_count_of_clouds_is_a_figure():
    found = frames_of("明年要把平台的三朵云建设好，让一线随时能调用。")
    assert "三朵云" in found and not found["三朵云"].listed


def test_an_adverb_opens_the_clause_that_describes_the_noun():
    text = "这里有两种不完全的办法，一种是只看书本的办法，一种是只凭经验的办法。"
    frame = frames_of(text)["两种不完全的办法"]
    assert frame.listed and frame.items == ["只看书本的办法", "只凭经验的办法"]


def test_a_list_of_rules_named_by_its_noun_and_count():
    found = frames_of("年初公司公布了干部八条，请各级主管组织学习。")
    assert "干部八条" in found and found["干部八条"].number == 8


def test_a_quoted_list_named_by_a_word_and_its_count():
    found = frames_of("今年出台了养殖业“新九条”政策，效果明显。")
    assert found["新九条"].number == 9


def test_articles_of_a_document_and_a_verb_with_its_object_are_no_named_list():
    found = frames_of("我们讨论了纲要四十条的执行情况，还批驳八条谬论。")
    assert not [p for p in found if "条" in p]


def test_the_four_modernisations_named_only_are_a_frame():
    found = frames_of("为实现四个现代化，大家要肯吃苦，要多学本领。")
    assert "四个现代化" in found and not found["四个现代化"].listed


def test_variants_of_a_formula_made_up_on_the_spot_are_that_formula():
    found = frames_of("三年内要做到“五个一”，当然做到“五个二”、“五个三”也可以，逐年进步就行。")
    assert "五个一" in found and "五个二" not in found and "五个三" not in found
    assert len(found["五个一"].mentions) == 2


def test_two_formulas_back_to_back_are_one_compound():
    found = frames_of("部队要严格执行三大纪律八项注意，做到军民一致。")
    assert "三大纪律八项注意" in found and found["三大纪律八项注意"].number == 8
    assert "三大纪律" not in found


def test_two_formulas_of_one_count_in_a_list_stay_two():
    found = frames_of("我们拥护三民主义、三大政策，这是合作的基础。")
    assert "三民主义" in found and "三大政策" in found


def test_paragraphs_labelled_with_the_counted_noun_are_its_items():
    text = (
        "今年服务部要围绕三个中心开展工作。\n\n"
        "咨询中心：回答员工的各种问题；\n\n"
        "培训中心：组织新员工的上岗培训；\n\n"
        "评估中心：定期评估服务的质量。\n\n"
        "以上工作明年再总结。"
    )
    frame = frames_of(text)["三个中心"]
    assert frame.listed and frame.items == ["咨询中心", "培训中心", "评估中心"]


def test_events_counted_by_times_and_taken_up_one_by_one():
    text = "我们公司经历过两次转型：第一次是从代理走向自主研发，第二次是从国内走向海外。"
    frame = frames_of(text)["两次转型"]
    assert frame.listed and frame.items == ["从代理走向自主研发", "从国内走向海外"]


def test_a_count_of_times_without_its_run_is_no_frame():
    found = frames_of("这个会每年开两次，大家都要参加。在第一次大战和第二次大战之间隔了二十年。")
    assert not [p for p in found if "次" in p]


def test_a_pointer_count_before_a_verb_counts_nothing_after_it():
    text = "第一，仓库要集中；第二，公司要合并。先把这两点坚定不移地做下去，其他的再说。"
    found = frames_of(text)
    assert "两点" in found and not [p for p in found if p.startswith("两点坚")]


def test_n_ones_written_in_figures_are_the_formula():
    found = frames_of("公司把这个代表处作为5个1率先实现的样板点，今年又有2个1类新药上市。")
    assert "5个1" in found and found["5个1"].number == 5
    assert not [p for p in found if p.startswith("2个")]


def test_events_counted_by_times_and_named():
    text = (
        "我们先后打赢了华东战役和华南战役。这两次战役之后，我们又打过两次硬仗，"
        "这就是北美的专利诉讼和欧洲的反倾销调查。"
    )
    found = frames_of(text)
    battles = found["两次战役"]
    assert battles.listed and "华东战役" in battles.items[0] and battles.items[1] == "华南战役"
    assert found["两次硬仗"].items == ["北美的专利诉讼", "欧洲的反倾销调查"]


def test_a_colleagues_bracketed_remark_is_no_part_of_the_speech():
    # batch 16 (and the gold README): （name：…） over one or more paragraphs is apparatus; a
    # bracketed question the speaker answers is body
    text = (
        "我们要把工作做实，抓好三件大事：一是练兵，二是选将，三是育人。\n\n"
        "（王小明：我们的工作大致分为四类：调研、规划、建设、评估。\n\n"
        "在欧洲主要有两点进展：一是加入了组织，二是发表了看法。）\n\n"
        "（问题：我们有两个困难：人手不够，经费不足。）\n\n"
        "任总：困难是暂时的。"
    )
    found = frames_of(text)
    assert "三件大事" in found
    assert "四类" not in found and "两点进展" not in found
    assert "两个困难" in found


def test_parts_opened_one_by_one_after_a_colon():
    # batch 16: 只有两条：一条，A；再一条，B。 — the items follow the openers, even when the same
    # count comes back in the next paragraph with items of its own
    text = (
        "对待后进的同志，我看只有两条：一条，他自己愿意进步；再一条，大家也要帮助他进步。\n\n"
        "帮助同志也要两条：一方面要有严格的要求，一方面要有耐心的态度。"
    )
    frames = analyze(parse_text(text, "t.txt")).frames
    first = next(f for f in frames if f.span.paragraph == 0)
    assert first.listed and first.items == ["他自己愿意进步", "大家也要帮助他进步"]


def test_kinds_of_plain_things_taken_in_turn_are_a_frame():
    # batch 16: 分三种地区。第一种…，第二种…，第三种…: a count of kinds by 种 whose kinds follow
    # one by one is a frame, though 地区 alone would be a plain count
    text = "建设要分三种地区。第一种山区，第二种平原，第三种沿海。各地区要有不同的安排。"
    frame = frames_of(text)["三种地区"]
    assert frame.listed and frame.items == ["山区", "平原", "沿海"]


def test_a_back_reference_after_a_sentence_that_is_itself_the_list():
    # batch 16: …全乡的规划，全县的规划。要抓住这两个环节 — the last sentence's two parallel
    # clauses are the items, not the last two sentences that share their words
    text = (
        "我们搞全村的计划，要有人管。全镇的计划也很重要。我们重点抓全村的计划，全镇的计划。"
        "要抓住这两个环节，尽快做出一批。"
    )
    frame = frames_of(text)["两个环节"]
    assert frame.listed and frame.items[1] == "全镇的计划"
    assert frame.items[0].endswith("全村的计划") and "。" not in frame.items[0]


def test_two_things_said_to_differ_are_no_frame():
    # gold README (distinctions): A和B是两件事 says they differ, and 混同这两件事 points back at it
    found = frames_of("但是，思想上的批评和组织上的处理是两件事，如果混同这两件事，就会犯错误。")
    assert not any("两件事" in p for p in found)
    found = frames_of("今年我们只做两件事：一是抓生产，二是抓教育。")
    assert "两件事" in found and found["两件事"].listed
