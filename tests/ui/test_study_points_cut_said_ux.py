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
