"""The 要点 list and the structure map cut a long opening part or transition where a phrase
ends, and say it goes on (…). Walking the trainee's path, 开头·会议目的 read “今天，我们召开
全县优化营商环境攻坚行动动员部署会，主要任务是深入贯彻落实省委、市” — cut at 40 characters
in the middle of 市委, with nothing to show the sentence went on."""

from __future__ import annotations

from .study_setup import open_and_study, window_with

SPEECH = """在全县优化营商环境攻坚行动动员部署会上的讲话
同志们：
今天，我们召开全县优化营商环境攻坚行动动员部署会，主要任务是深入贯彻落实省委、市委关于优化营商环境的部署要求，动员全县上下迅速行动起来。下面，我讲两点意见。
一、提高站位，统一思想
营商环境就是生产力。我们要把优化营商环境摆在更加突出的位置。
二、突出重点，精准发力
要在提升政务服务效能上攻坚，在强化要素保障上攻坚。
同志们，让我们团结一致，为全县高质量发展作出新的更大贡献！
"""


def _rows(tree) -> list[str]:
    out = []

    def walk(item):
        out.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return out


def test_long_parts_are_cut_at_a_phrase_and_said_to_go_on(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"动员部署会讲话.txt": SPEECH}) as (window, library):
        doc = library.documents()[0]
        open_and_study(window, doc.id, qtbot)
        study = window.study.study
        parts = {p.text for p in study.opening.parts} | {p.text for p in study.closing.parts}
        long_part = next(p for p in parts if len(p) > 40)
        rows = [r for r in _rows(window.study.mode.points) if r.startswith(("开头·", "结尾·"))]
        assert rows
        for row in rows:
            shown = row.split("：", 1)[1]
            assert shown in parts or shown.endswith("…"), row
        shown = next(
            r.split("：", 1)[1] for r in rows if long_part.startswith(r.split("：", 1)[1][:10])
        )
        assert shown.endswith("…") and not shown.endswith("市…")


# A frame whose items are whole clauses and a long roadmap sentence (a trainee's 1280×720 pane
# showed 四个目的 in full over ten wrapped lines, a frame and a half to the pane).
LONG_ITEMS = """在全市办公室系统业务培训会议上的讲话
同志们：
这次培训会议主要有四个目的：一是传达全国党委秘书长会议精神和各级领导对办公室工作的重要指示，二是对今年以来全市办公室工作进行全面系统的总结，三是开展办公室工作能力和业务水平专题培训，四是为全市办公室系统的同志们提供一个相互交流和沟通的机会。下面，我重点从如何认真履行办公室工作职责、如何培养造就文秘写作人才队伍、如何全面提升办公室工作状态等三个方面，与大家交流一些体会和想法。
一、认真履行办公室工作职责
统筹协调是办公室的第一要务。
二、培养造就文秘写作人才
写作是办公室的基本功。
三、提升办公室工作状态
状态决定成效。
同志们，让我们团结一致，为全市高质量发展作出新的更大贡献！
"""


def test_frames_and_roadmaps_show_their_openings_and_keep_the_whole_in_the_tooltip(
    make_window, qtbot, tmp_path
):
    with window_with(make_window, tmp_path, {"培训会议讲话.txt": LONG_ITEMS}) as (window, library):
        open_and_study(window, library.documents()[0].id, qtbot)
        study = window.study.study
        frame = next(f for f in study.frames if f.phrase == "四个目的")
        points = window.study.mode.points
        listed = points.topLevelItem(0)
        entry = next(
            listed.child(i)
            for i in range(listed.childCount())
            if listed.child(i).text(0).startswith("四个目的：")
        )
        shown = entry.text(0).split("：", 1)[1].split("｜")
        # every item there, by its opening (…), and the entry far shorter than the list
        assert len(shown) == len(frame.items) == 4
        for cut, item in zip(shown, frame.items):
            assert cut.endswith("…") and item.startswith(cut[:-1]), (cut, item)
        assert len(entry.text(0)) < len("｜".join(frame.items)) * 2 // 3
        assert entry.toolTip(0) == "四个目的：" + "｜".join(frame.items)
        road = study.roadmap[0]
        rows = [r for r in _rows(points) if r.startswith("下面，我重点从")]
        assert rows and rows[0].endswith("…") and len(rows[0]) <= 61 < len(road.text)
        assert road.text in next(
            points.topLevelItem(i).child(0).toolTip(0)
            for i in range(points.topLevelItemCount())
            if points.topLevelItem(i).text(0).startswith("提纲句")
        )
