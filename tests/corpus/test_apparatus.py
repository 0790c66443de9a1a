"""Editorial apparatus is split off the text: one minimal case per rule (own fixtures),
then the real speeches in ../shared (measured separately)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter.corpus import load_document, parse_text
from drafter.library.cached_parse import decode_document, encode_document

BODY = "\n".join(
    [
        "一、加强学习",
        "我们要认真学习，不断提高自己的本领，做到学以致用。",
        "二、改进作风",
        "我们要深入基层，调查研究，真正把问题解决在一线。",
        "三、狠抓落实",
        "我们要一抓到底，确保各项任务落到实处、见到实效。",
    ]
)


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs()]


def test_labelled_lead_note_is_a_note_and_not_body():
    doc = parse_text(
        f"加强作风建设\n【导  读】这是编辑写在前面的一段导读文字，介绍讲话背景。\n{BODY}"
    )
    assert doc.apparatus.notes == ["这是编辑写在前面的一段导读文字，介绍讲话背景。"]
    assert not any("导读" in t for t in _texts(doc))
    assert doc.metadata.title == "加强作风建设"


def test_editor_note_label_alone_takes_the_next_paragraph():
    doc = parse_text(f"加强作风建设\n编者按：\n这篇讲话发表时有删节，标题为编者所加。\n{BODY}")
    assert doc.apparatus.notes == ["这篇讲话发表时有删节，标题为编者所加。"]
    assert "这篇讲话发表时有删节，标题为编者所加。" not in _texts(doc)


def test_bracketed_editor_paragraph_at_the_top_is_a_note():
    doc = parse_text(
        f"加强作风建设\n【有一次他对分管市场的副总裁说，现在很多干部思想观念没有跟上。】\n{BODY}"
    )
    assert len(doc.apparatus.notes) == 1
    assert doc.apparatus.notes[0].startswith("有一次")


def test_bracketed_question_in_minutes_stays():
    text = f"座谈纪要\n{BODY}\n【张三：请问怎样看待流程变革与客户满意度之间的冲突问题呢？】\n答：要平衡。"
    doc = parse_text(text)
    assert not doc.apparatus.notes
    assert any(t.startswith("【张三") for t in _texts(doc))


@pytest.mark.parametrize(
    "note",
    [
        "（观看警示教育片，略）",
        "（分组讨论情况汇报略）",
        "（全场热烈鼓掌）",
        "（主持人：休息十分钟）",
    ],
)
def test_a_stage_note_alone_in_a_record_is_apparatus(note: str):
    # the recorder's note where something was not taken down is no part of the speech: not a
    # heading, not a paragraph of the index, but kept as a stage note in the document's
    # apparatus, apart from the editor's notes (the reader labels it 现场记录, not 编者按)
    text = f"全县作风建设推进会会议记录\n主持人：\n现在开会。\n{note}\n{BODY}"
    doc = parse_text(text)
    assert doc.apparatus.stage_notes == [note] and doc.apparatus.notes == []
    assert note not in _texts(doc)
    # outline --json: still among the notes, as since the body let them go, and named
    assert doc.to_json()["apparatus"]["notes"] == [note]
    assert doc.to_json()["apparatus"]["stage_notes"] == [note]
    assert [s.heading for s in doc.outline.sections] == ["加强学习", "改进作风", "狠抓落实"]


@pytest.mark.parametrize(
    "line",
    [
        "（筹资战略）",  # a 华为基本法 article's label: 略 of 战略 is no omission
        "（一九五七年二月二十七日）",
        "我们要认真学习（笑声），不断提高自己的本领（略）。",  # inline notes stay in their paragraph
    ],
)
def test_bracketed_lines_that_are_no_stage_note_stay(line: str):
    doc = parse_text(f"加强作风建设\n{BODY}\n{line}\n我们要一抓到底，确保各项任务落到实处。")
    assert not any(line in n for n in [*doc.apparatus.notes, *doc.apparatus.stage_notes])


def test_real_stage_note_in_a_recorded_speech(shared_dir: Path):
    root = shared_dir / "corpus" / "speeches" / "mao"
    path = next(iter(sorted(root.glob("第五卷_058_2 *.md"))), None)
    if path is None:
        pytest.skip(f"{root}/第五卷_058_2 (a transcript with a stage note) is absent")
    doc = load_document(path)
    notes = [n for n in doc.apparatus.stage_notes if "休息" in n]
    assert len(notes) == 1 and notes[0].startswith("（") and notes[0].endswith("）")
    assert not any(p.text == notes[0] for p in doc.paragraphs())


def test_stage_notes_survive_outline_json_and_the_library_cache():
    """The two dicts an Apparatus is rebuilt from — outline --json's (stage notes repeated
    at the end of notes) and the library cache's every field — give back the same parts."""
    from dataclasses import asdict

    from drafter.corpus.model import Apparatus

    app = Apparatus(notes=["本文是作者的讲话。"], stage_notes=["（全场鼓掌）"], source="人民日报")
    assert Apparatus.from_json(app.to_json()) == app
    assert Apparatus.from_json(asdict(app)) == app
    old = {"notes": ["本文是作者的讲话。"], "endnotes": [], "source": None, "appendix": []}
    assert Apparatus.from_json(old).notes == ["本文是作者的讲话。"]  # a cache from before
    assert "stage_notes" not in Apparatus(notes=["按语"]).to_json()  # the four keys


def test_markdown_block_quote_under_the_title_is_a_note(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text(
        f"# 加强作风建设\n\n（一九五五年七月）\n\n> 这是为反对当时存在的两种倾向而写的说明文字。\n\n{BODY}\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.apparatus.notes == ["这是为反对当时存在的两种倾向而写的说明文字。"]
    assert doc.metadata.date == "1955-07"


def test_endnotes_after_a_label_and_their_marks():
    text = (
        f"加强作风建设\n{BODY}\n我们要反对国家主义派[1]的主张，也要警惕别的倾向[2]。\n"
        "注释\n[1] 国家主义派指当时的一个政团。\n[2] 指另一种倾向。"
    )
    doc = parse_text(text)
    assert doc.apparatus.endnotes == ["[1] 国家主义派指当时的一个政团。", "[2] 指另一种倾向。"]
    body = _texts(doc)
    assert "注释" not in body
    assert any("国家主义派的主张" in t for t in body)  # the mark is gone from the text
    assert not any(re.search(r"\[\d\]", t) for t in body)


def test_trailing_numbered_notes_without_a_label():
    text = f"加强作风建设\n{BODY}\n这是一个不断前进的过程[1]。\n[1] 编辑对这句话的说明。"
    doc = parse_text(text)
    assert doc.apparatus.endnotes == ["[1] 编辑对这句话的说明。"]


def test_numbered_list_at_the_end_is_not_endnotes():
    text = f"加强作风建设\n{BODY}\n[1] 第一项安排。\n[2] 第二项安排。"
    doc = parse_text(text)  # no mark in the text points at them
    assert not doc.apparatus.endnotes


def test_source_line_after_the_text():
    text = f"加强作风建设\n{BODY}\n（《某某文选》第五卷，人民出版社1977年4月第1版，第48-52页）"
    doc = parse_text(text)
    assert doc.apparatus.source == "《某某文选》第五卷，人民出版社1977年4月第1版，第48-52页"
    assert not any("出版社" in t for t in _texts(doc))


def test_header_remark_under_the_title():
    doc = parse_text(f"勤俭办社\n（《勤俭办社》一文按语）\n{BODY}")
    assert doc.apparatus.notes == ["《勤俭办社》一文按语"]


@pytest.mark.parametrize(
    "remark",
    [
        "（本纪要摘录了2017年3月5日张三在项目汇报会及总结会上的讲话内容）",
        "（根据录音整理）",
        "（本文根据张三在某座谈会上的讲话整理）",
        "（此文系作者在某座谈会上的发言，未经本人审阅）",
        "（摘自《某某内刊》第120期）",
    ],
)
def test_bracketed_provenance_note_under_the_title_is_a_note(remark):
    doc = parse_text(f"在某项目汇报会上的讲话\n——张三在某项目汇报会上的讲话\n{remark}\n{BODY}")
    assert doc.apparatus.notes == [remark[1:-1]]
    assert not any(remark[1:6] in t for t in _texts(doc))
    assert doc.metadata.title == "在某项目汇报会上的讲话"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("（2001年3月5日）", "2001-03-05"),
        ("（2026年1月27日在某省人民代表大会第四次会议上）", "2026-01-27"),
    ],
)
def test_a_bracketed_date_line_under_the_title_is_not_a_note(line, date):
    doc = parse_text(f"在某项目汇报会上的讲话\n{line}\n{BODY}")
    assert doc.apparatus.notes == []
    assert doc.metadata.date == date


def test_a_bracketed_paragraph_of_the_text_is_not_a_provenance_note():
    # after a paragraph of the text, or saying nothing of where the text comes from
    opening = "同志们，今天我们召开这次会议，主要任务是总结过去一年的工作，分析当前面临的形势，部署今年的重点任务，请大家认真领会、抓好落实。"
    doc = parse_text(f"在某项目汇报会上的讲话\n{opening}\n（本文系张三的讲话内容）\n{BODY}")
    assert doc.apparatus.notes == []
    doc = parse_text(f"在某项目汇报会上的讲话\n（节选）\n{BODY}")
    assert doc.apparatus.notes == []


@pytest.mark.parametrize(
    "note",
    [
        "这是张三为市委起草的对党内的指示。",
        "这是张三同志在全市经济工作会议上的讲话。",
        "这是张三在某县干部大会上的报告提纲。",
        # the text itself as the subject, described in the third person
        "张三此文是为纠正当时县里工作中的急躁情绪而写的。当时不少同志急于求成。",
        "张三的这部著作，是为着总结三年来乡村振兴的经验而写的，曾在县委党校讲过。",
        "这篇调研报告，是张三继《论调查》之后，为了同一目的而写的。",
        "这个通知是张三为县委办公室起草的，目的是纠正会风。",
        "张三起草的这两个文件，一个是在春季写的，一个是在秋季写的。",
        "《县域经济与乡村振兴》，是由张三和几位同志合作写作的一本讲稿。",
        "这里的（一）是张三在县委全会上讲话的一部分，（二）是他在座谈会上讲话的一部分。",
        "这是张三给《人民日报（海外版）：特刊！》所写的纪念建党一百周年的论文。",
    ],
)
def test_an_unmarked_note_on_whose_text_it_is_is_a_note(note):
    """A 题解 that lost its Quote style or star (a PDF): an editor's third-person
    description of the text itself ("这是<author>…的<kind of text>。", "<this text>是…
    写的") standing under the title is apparatus."""
    doc = parse_text(f"在某项目汇报会上的讲话\n{note}\n{BODY}")
    assert doc.apparatus.notes == [note]
    assert note not in _texts(doc)


@pytest.mark.parametrize(
    "opening",
    [
        "这是一个伟大的任务，一个伟大的阶级斗争。我们要完成它。",
        "这是我们在这里召开的第三次讲话会议。",
        "这是我们赴日访问的目的所在。",
        # the speaker on a text he holds: judged or agreed, never said who wrote it
        "这篇文章写得很好，值得向大家推荐。",
        "这个文件是经过反复讨论形成的，大家要认真学习。",
        "这份报告是一份好报告，我完全赞成。",
        "《中国共产党章程》是党的根本大法，是全党必须遵循的总规矩。",
    ],
)
def test_a_speech_opening_with_zheshi_is_not_a_note(opening):
    doc = parse_text(f"在某项目汇报会上的讲话\n{opening}\n{BODY}")
    assert doc.apparatus.notes == []
    assert opening in _texts(doc)


def test_appendix_after_a_bracketed_label():
    text = f"加强作风建设\n{BODY}\n【参考资料】\n《辞职书》\n尊敬的总裁：\n我申请辞去现职。"
    doc = parse_text(text)
    assert doc.apparatus.appendix[:2] == ["【参考资料】", "《辞职书》"]
    assert not any("辞职" in t for t in _texts(doc))


def test_related_document_after_an_unknown_bracketed_label():
    text = f"加强作风建设\n{BODY}\n【公司文件】\n《关于人员配备的管理规定》\n一、总则\n要优先保障。"
    doc = parse_text(text)
    assert doc.apparatus.appendix[0] == "【公司文件】"
    assert "一、总则" not in _texts(doc)


def test_part_label_inside_the_text_is_kept():
    text = f"加强作风建设\n{BODY}\n【结束语】\n同志们，让我们共同努力！"
    doc = parse_text(text)
    assert not doc.apparatus.appendix


def test_reader_comments_after_the_text():
    text = f"加强作风建设\n{BODY}\n同志们，让我们共同努力！\n网友评论\n写得真好，学习了。"
    doc = parse_text(text)
    assert doc.apparatus.appendix == ["网友评论", "写得真好，学习了。"]
    assert "写得真好，学习了。" not in _texts(doc)


def test_site_preface_and_chrome_are_dropped():
    text = (
        "加强作风建设\n【字体：大 中 小】\n打印\n关闭\n"
        "下面是小编为大家整理的加强作风建设讲话，供大家参考。\n"
        f"{BODY}\n以上就是本文的全部内容，希望对大家有所帮助。"
    )
    doc = parse_text(text)
    body = _texts(doc)
    assert not any("小编" in t or "帮助" in t or "字体" in t or t in ("打印", "关闭") for t in body)
    assert doc.metadata.title == "加强作风建设"


def test_apparatus_in_json_and_library_cache():
    doc = parse_text(
        f"加强作风建设\n【导读】导读文字在这里。\n{BODY}\n（《某某文选》第一卷，第3页）"
    )
    data = doc.to_json()
    assert set(data["apparatus"]) == {"notes", "endnotes", "source", "appendix"}
    assert data["apparatus"]["source"] == "《某某文选》第一卷，第3页"
    json.dumps(data, ensure_ascii=False)
    again = decode_document(encode_document(doc))
    assert again.apparatus == doc.apparatus


# --- real speeches in ../shared -------------------------------------------------------------

_LEFT = re.compile(
    r"^(注释|注)$|^[\[［〔]\d{1,3}[\]］〕]|\S[\[［〔]\d{1,3}[\]］〕]|^[（(]《[^》]+》.{0,40}(卷|版|页)"
    r"|^【\s*(导\s*读|背\s*景|编者按)\s*】|^(编者按|按语)[：:]|^【(参考资料|华为文件|蓝血文章)】$"
)


@pytest.mark.parametrize("folder", ["mao", "ren"])
def test_real_speeches_keep_apparatus_out_of_the_body(shared_dir: Path, folder: str):
    root = shared_dir / "corpus" / "speeches" / folder
    if not root.is_dir():
        pytest.skip(f"{root} is absent")
    left, with_apparatus, total = [], 0, 0
    for path in sorted(root.glob("*.md")):
        if path.stat().st_size == 0:
            continue
        doc = load_document(path)
        total += 1
        with_apparatus += bool(doc.apparatus)
        if any(_LEFT.search(p.text) for p in doc.paragraphs()):
            left.append(path.name)
    assert total > 100
    assert with_apparatus >= 0.3 * total
    assert len(left) <= 0.01 * total, left[:10]


def test_real_selected_works_source_and_endnotes(shared_dir: Path):
    root = shared_dir / "corpus" / "speeches" / "mao"
    path = next(iter(sorted(root.glob("第五卷_001*.md"))), None)
    if path is None:
        pytest.skip("the selected works are absent")
    doc = load_document(path)
    assert doc.apparatus.source and doc.apparatus.source.startswith("《")
    assert doc.apparatus.endnotes and doc.apparatus.endnotes[0].startswith("[1]")
    assert doc.apparatus.notes  # the starred note on the title


# --- point 8: a line broken in mid-word --------------------------------------------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_line_broken_before_a_particle_is_rejoined(gap):
    text = f"加强作风建设{gap}同志们：{gap}回顾过去一年的工作，我们深深{gap}地体会到，团结就是力量。{gap}{BODY}"
    doc = parse_text(text)
    assert "回顾过去一年的工作，我们深深地体会到，团结就是力量。" in _texts(doc)


def test_a_paragraph_may_start_with_a_word_that_begins_with_a_particle():
    text = f"加强作风建设\n同志们：\n一、工作回顾\n重点抓了富农\n地方各级要统筹推进。\n{BODY}"
    doc = parse_text(text)
    assert "地方各级要统筹推进。" in _texts(doc)


# --- point 7: site banners and a 时间 opening -------------------------------------------------

SPEECH = "在全县教育工作会议上的讲话\n同志们：\n今天我们召开会议。\n" + BODY


@pytest.mark.parametrize(
    "banner", ["某某词库\nwww.cikuxx.com", "某某范文网 www.fanwenxx.com", "公文范文大全"]
)
def test_site_banner_is_not_glued_into_the_title(banner):
    doc = parse_text(f"{banner}\n{SPEECH}")
    assert doc.metadata.title == "在全县教育工作会议上的讲话"
    assert not any("www" in t or "词库" in t for t in _texts(doc))


@pytest.mark.parametrize(
    "opening",
    [
        "时间过得真快，转眼间一年又过去了。今天我们召开会议，总结工作。",
        "时间飞逝，2024年已经过去。",
    ],
)
def test_prose_starting_with_shijian_is_the_opening_not_a_field(opening):
    doc = parse_text(f"在全县教育工作会议上的讲话\n{opening}\n{BODY}")
    assert _texts(doc)[0] == opening
    assert doc.metadata.date is None


def test_short_line_under_a_whole_title_opens_the_text():
    doc = parse_text("年终工作总结\n时间如白驹过隙\n转眼间一年过去了。")
    assert doc.metadata.title == "年终工作总结"
    assert _texts(doc)[0] == "时间如白驹过隙"


@pytest.mark.parametrize(
    ("subtitle", "speaker"),
    [("——任正非在市场部干部大会上的讲话", "任正非"), ("——李强同志在全市大会上的讲话", "李强"),
     ("——县长在全县工作会议上的讲话", None), ("——全体在大会上的发言", None)],
)  # fmt: skip
def test_speaker_named_before_zai_in_the_subtitle(subtitle, speaker):
    doc = parse_text(f"团结奋斗\n{subtitle}\n同志们：\n{BODY}")
    assert doc.metadata.speaker == speaker


@pytest.mark.parametrize(
    ("subtitle", "speaker"),
    [("――任正非在华为大学和党委领导座谈会上的讲话", "任正非"),  # two U+2015 dashes
     ("---任正非在财经变革项目规划汇报会上的讲话", "任正非"),
     ("——任正非在市场部年中大会上的讲话纪要", "任正非"),
     ("——任正非在几内亚办事处的讲话", "任正非"),
     ("——任正非在GSM鉴定会后的答谢词", "任正非"),
     ("——任正非与客户工程部座谈纪要", "任正非"),
     ("——任正非与HAY公司高级顾问Vicky Wright的谈话摘选", "任正非"),
     ("——任正非接受新华社专访", "任正非"),
     ("——任正非谈秘书体系建设问题", "任正非"),
     # not a person's name, several speakers, or the name not first: no speaker
     ("——文化谈片", None), ("——会议在全县的讲话", None),
     ("——任正非、郭平、徐直军在电信软件业务汇报会上讲话", None),
     ("——彭剑锋专访任正非纪要", None)],
)  # fmt: skip
def test_speaker_named_first_in_a_minutes_subtitle(subtitle, speaker):
    """The shapes the minutes of a talk name their speaker in, first and with no post
    (ux20: a draft opened from such a talk had an empty 讲话人); the subtitle keeps no dash."""
    doc = parse_text(f"团结奋斗\n{subtitle}\n同志们：\n{BODY}")
    assert doc.metadata.speaker == speaker
    assert not doc.metadata.subtitle.startswith(("―", "-", "—"))


def test_untitled_speech_takes_its_occasion_from_the_opening():
    doc = parse_text(
        f"同志们：\n今天，召开这次全县办公室主任会议，主要任务是学习会议精神。\n{BODY}"
    )
    assert doc.metadata.title is None
    assert doc.metadata.occasion == "全县办公室主任会议"


def test_site_breadcrumb_banner_and_title_asterisk():
    doc = parse_text(
        f"中文马克思主义文库 -> 毛泽东\n在全县教育工作会议上的报告*\n（1949.3.5）\n{BODY}"
    )
    assert doc.metadata.title == "在全县教育工作会议上的报告"
    assert doc.metadata.date == "1949-03-05"


def test_banner_with_breadcrumb_and_links_run_on():
    line = "中文马克思主义文库 -> 毛泽东\u3000\u3000\u3000\u3000相关链接：[删节本]中国共产党在抗日时期的任务"
    doc = parse_text(f"{line}\n\n为争取千百万群众而斗争\n\n（1937.5.8）\n\n{BODY}")
    assert doc.metadata.title == "为争取千百万群众而斗争"
    assert doc.metadata.date == "1937-05-08"


def test_a_sentence_about_another_meeting_is_not_the_occasion():
    doc = parse_text(f"同志们：\n这次大会，是我们党在新世纪召开的第一次代表大会。\n{BODY}")
    assert doc.metadata.occasion is None


def test_note_marks_leave_the_body_but_remember_where_they_stood():
    from drafter.corpus.note_marks import note_placements

    doc = parse_text(
        "关于农民运动的报告\n\n"
        + "农民问题是国民革命的中心问题[1]，我们必须重视。\n\n"
        + "要依靠贫农[2]，团结中农。这是我们的方针。依靠贫农[3]是根本。\n\n"
        + "注释\n\n[1] 第一条注。\n\n[2] 第二条注。\n\n[3] 第三条注。\n"
    )
    texts = [p.text for p in doc.paragraphs()]
    assert not any("[" in t for t in texts)
    assert [n for _a, n in doc.apparatus.marks] == ["1", "2", "3"]
    placed = note_placements(texts, doc.apparatus)
    assert [(texts[p.paragraph][: p.offset][-4:], p.number) for p in placed] == [
        ("中心问题", "1"),
        ("依靠贫农", "2"),
        ("依靠贫农", "3"),  # the repeated phrase: the later one, not the first again
    ]
    assert placed[1].offset < placed[2].offset and placed[2].note == "[3] 第三条注。"
    # kept through the library's cache; a mark whose note is missing is not placed
    again = decode_document(encode_document(doc)).apparatus
    assert again.marks == doc.apparatus.marks
    again.endnotes = again.endnotes[:1]
    assert [p.number for p in note_placements(texts, again)] == ["1"]


def test_a_note_running_over_paragraphs_stays_one_note_and_notes_keep_their_order():
    doc = parse_text(
        "关于和平协定的命令\n\n"
        + "和平协定已被拒绝[1]。我们命令你们向前进军，这是第一件事情[2]。\n\n"
        + "中国人民革命军事委员会主席　某某\n\n注释\n\n* 这个命令是某某起草的。\n\n"
        + "[1] 协定的全文如下：\n\n第一条　双方同意停止战斗。\n\n第二条　双方同意改编军队。\n\n"
        + "[2] 见本卷另一篇文章。\n"
    )
    texts = [p.text for p in doc.paragraphs()]
    assert not any(t.startswith("第一条") or t.startswith("第二条") for t in texts)
    notes = doc.apparatus.endnotes
    assert [n[:3] for n in notes] == ["* 这", "[1]", "[2]"]
    assert "第二条　双方同意改编军队。" in notes[1]


def test_the_note_on_the_title_without_its_asterisk_still_opens_the_notes():
    # a page or a Word file drops the Markdown asterisk of the note on the title: the
    # paragraph under 注释 before note [1] is that note, and what follows stays notes
    doc = parse_text(
        "关于和平协定的命令\n\n"
        + "和平协定已被拒绝[1]。我们命令你们向前进军，这是第一件事情[2]。\n\n"
        + "中国人民革命军事委员会主席　某某\n\n注释\n\n这个命令是某某起草的。\n\n"
        + "[1] 协定的全文如下：\n\n第一条　双方同意停止战斗。\n\n第二条　双方同意改编军队。\n\n"
        + "[2] 见本卷另一篇文章。\n"
    )
    texts = [p.text for p in doc.paragraphs()]
    assert not any(t.startswith(("注释", "这个命令", "第一条", "第二条")) for t in texts)
    assert [n[:4] for n in doc.apparatus.endnotes] == ["* 这个", "[1] ", "[2] "]


def test_office_and_name_under_a_summary_title_are_its_writer_not_its_opening():
    doc = parse_text(
        "2025年度个人工作总结\n综合科　李明\n2025年12月28日\n"
        "今年以来，我认真履行岗位职责，较好地完成了各项工作任务。\n"
        "一、主要工作\n全年共起草各类文稿86篇。\n二、不足\n理论学习不够系统。\n"
    )
    m = doc.metadata
    assert (m.post, m.speaker, m.date) == ("综合科", "李明", "2025-12-28")
    assert doc.outline.preamble[0].startswith("今年以来")


def test_a_list_of_editions_at_the_end_is_the_source_not_headings():
    """An editor's list of the editions a text appeared in ("○ 某年版文集卷二" / "※ 某报
    第四期 一九三七年"), one per line at the end, is where the text was published: it
    leaves the body (and the outline) and becomes the source."""
    editions = ["○ 四四年版文集卷二", "※ 四七年版文集卷三", "※ 某某周刊第四期　一九三七年"]
    doc = parse_text("关于工作的几点意见\n\n" + BODY + "\n\n" + "\n\n".join(editions), "x.txt")
    assert not any(t.startswith(("○", "※")) for t in _texts(doc))
    assert doc.apparatus.source == "；".join(editions)
    headings = [s.heading for s in doc.outline.sections]
    assert headings == ["加强学习", "改进作风", "狠抓落实"]


def test_a_note_mark_broken_over_three_lines_and_arrow_endnotes():
    # an online encyclopedia's copy: the mark split as "[" / "1" / "]", each note after a
    # back-link arrow at the end, and the translator's remark over an untitled text
    text = "\n".join(
        [
            "（译自县档案馆藏油印稿）",
            "",
            "我代表县委向这次会议",
            "[",
            "1",
            "]",
            "报告工作。一年来全县上下团结一心，各项工作都有新的进展。",
            "",
            BODY,
            "",
            "↑",
            "指第三次代表会议。",
            "↑",
            "原稿此处缺字。",
        ]
    )
    doc = parse_text(text)
    assert doc.metadata.title is None
    assert doc.apparatus.notes == ["译自县档案馆藏油印稿"]
    assert doc.apparatus.endnotes == ["[1] 指第三次代表会议。", "[2] 原稿此处缺字。"]
    texts = _texts(doc)
    assert (
        texts[0] == "我代表县委向这次会议报告工作。一年来全县上下团结一心，各项工作都有新的进展。"
    )
    assert not any(t in ("1", "↑") or "原稿" in t for t in texts)
    assert [s.heading for s in doc.outline.sections] == ["加强学习", "改进作风", "狠抓落实"]


def test_editor_notes_typed_without_their_usual_marks():
    """A starred note typed without a space (*这是…), an editor's bracketed version label
    (〔未删节本〕…) and a typist's note (录入者注：…) over the text are notes, not the opening."""
    text = "\n".join(
        [
            "加强作风建设",
            "（一九五七年六月八日）",
            "〔未删节本〕加强作风建设（1957年6月8日）",
            "*这是在县委工作会议上的讲话。",
            "录入者注：本文刊载于县报第四期，收入文集时有删节。",
            BODY,
        ]
    )
    doc = parse_text(text)
    assert doc.apparatus.notes == [
        "〔未删节本〕加强作风建设（1957年6月8日）",
        "这是在县委工作会议上的讲话。",
        "本文刊载于县报第四期，收入文集时有删节。",
    ]
    assert _texts(doc)[0] == "一、加强学习"


def test_source_line_found_under_a_site_line_or_a_signed_date():
    """The source line and the notes at the end are found when a 范文 site's line follows
    them, or when an official layout puts the date last."""
    source = "（《某某文选》第五卷，人民出版社1977年4月第1版，第48-52页）"
    for tail in ("更多精彩范文请访问 www.example.com", "一九五一年十一月三十日"):
        doc = parse_text(f"加强作风建设\n{BODY}\n\n{source}\n\n{tail}")
        assert doc.apparatus.source == source.strip("（）")
        assert not any("出版社" in t or "范文" in t for t in _texts(doc))


def test_annex_and_glossary_after_a_report_are_its_appendix():
    closing = "各位代表！让我们团结一心，奋力谱写新篇章！"
    annex = [
        "附件2",
        "名词解释",
        "1.“两新”：是指设备更新和以旧换新。",
        "2.“四上”企业：是指规模以上企业。",
    ]
    doc = parse_text("\n".join([f"{BODY}\n{closing}", *annex]))
    assert doc.outline.closing == [closing]
    assert doc.apparatus.appendix == annex
    assert not any("以旧换新" in t for t in _texts(doc))
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、", "三、"]


def test_an_annex_label_early_in_the_text_is_not_the_end():
    # a notice listing what is attached before its text: no appendix cut there
    doc = parse_text(f"关于开展学习活动的通知\n附件：\n{BODY}\n同志们，让我们共同努力！")
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、", "三、"]


def test_an_edition_list_may_open_with_a_bullet_first_edition():
    """ "●某某周刊第五期 一九三八年" over ※ lines: the first edition of the list; ● lines
    alone at the end (a bulleted last point) are the text's own."""
    editions = ["●某某周刊第五期　一九三八年", "※ 某某日报　一九三八年", "※ 四七年版文集卷三"]
    doc = parse_text("关于工作的几点意见\n\n" + BODY + "\n\n" + "\n\n".join(editions), "x.txt")
    assert doc.apparatus.source == "；".join(editions)
    assert not any(t.startswith(("●", "※")) for t in _texts(doc))
    bullets = ["●要加强学习，提高本领", "●要改进作风，深入基层"]
    doc = parse_text("关于工作的几点意见\n\n" + BODY + "\n\n" + "\n\n".join(bullets), "x.txt")
    assert doc.apparatus.source is None
    assert _texts(doc)[-2:] == bullets


def test_a_typesetters_notes_on_missing_characters_are_endnotes():
    """ "字库未存字注释：" then ＠① lines at the end: notes on the characters the font lacked,
    kept as endnotes; the ＠① in the text stay where the characters stand."""
    body = BODY.replace("不断提高", "不断提高＠①")
    tail = ["字库未存字注释：", "＠①原字石右加安"]
    doc = parse_text("关于工作的几点意见\n\n" + body + "\n\n" + "\n\n".join(tail), "x.txt")
    assert doc.apparatus.endnotes == tail
    assert not any(t in tail for t in _texts(doc))
    assert any("＠①" in t for t in _texts(doc))


def test_a_pages_info_lines_are_its_source_line(tmp_path: Path):
    """来源：/时间： under a page's title say where and when it was published: kept with the
    document as its source line, as written, while the metadata takes the paper's name;
    a text's own source line stays the source."""
    page = ["2026年某市政府工作报告", "来源：某某日报", "时间：2026-02-03", "各位代表：", BODY]
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(page), encoding="utf-8")
    doc = load_document(path)
    assert doc.apparatus.source == "来源：某某日报\u3000时间：2026-02-03"
    assert doc.metadata.source == "某某日报"
    own = "（《某某文选》第五卷，人民出版社1977年4月第1版，第48-52页）"
    path.write_text("\n\n".join([*page, own]), encoding="utf-8")
    assert load_document(path).apparatus.source == own.strip("（）")


def test_a_pages_view_counter_and_buttons_stay_out_of_its_source_line(tmp_path: Path):
    """The site's view counter (浏览次数：1024) and buttons (【字体】【打印】) on the info
    line are the site's chrome: the source line keeps the date, source and author only,
    and a source that merely has 阅读 in its name keeps it."""
    bar = "2026-02-03 10:15　来源：某某日报　作者：张三　浏览次数：1024　【字体：大 中 小】【打印】"
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(["2026年某市政府工作报告", bar, "各位代表：", BODY]), "utf-8")
    doc = load_document(path)
    assert doc.apparatus.source == "2026-02-03 10:15\u3000来源：某某日报\u3000作者：张三"
    assert doc.metadata.source == "某某日报"
    page = ["2026年某市政府工作报告", "来源：阅读时报　点击数：33次", "时间：2026-02-03", BODY]
    path.write_text("\n\n".join(page), encoding="utf-8")
    assert load_document(path).apparatus.source == "来源：阅读时报\u3000时间：2026-02-03"


def test_notes_gathered_as_numbered_lines_answer_circled_marks_in_the_text():
    """px51b: a PDF's page-foot notes come after the text as [1] [2] while the text keeps its
    marks ①②: the lines are the notes (out of the body), as they are under [1] marks; with no
    mark in the text they stay."""
    from drafter.corpus import parse_text

    lines = [
        "在全镇组织工作会议上的讲话",
        "同志们：",
        "一、肯定成绩",
        "过去一年，“四议两公开”①制度全面落实，村级事务更加公开透明。",
        "二、明确任务",
        "今年要推行“积分超市”②做法，把群众发动起来，把工作落到实处。",
        "同志们，让我们共同努力，把全镇组织工作提高到新水平！",
        "[1] “四议两公开”：村级重大事项决策的工作方法。",
        "[2] “积分超市”：以积分兑换物品的激励做法。",
    ]
    doc = parse_text("\n".join(lines))
    assert [t[:3] for t in doc.apparatus.endnotes] == ["[1]", "[2]"]
    assert doc.paragraphs()[-1].text.startswith("同志们，让我们")
    plain = parse_text("\n".join(x.replace("①", "").replace("②", "") for x in lines))
    assert not plain.apparatus.endnotes
