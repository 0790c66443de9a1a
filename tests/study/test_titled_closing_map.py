"""A last heading that titles the closing (结　　论 over 论持久战's （一一九）结论是什么呢？…) keeps
its closing in the structure map: the gold convention keeps such a part a heading and its text
the closing (tests/gold/README.md, "Closing convention"), and the map showed 结论 at 2 字 with
〔结尾〕 at 1,041 字 beside it, as if the closing had swallowed the part (helper st52's walk).
The heading's row counts the closing now and the closing's row stands under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import parse_text
from drafter.corpus.load import load_document
from drafter.study.analyze import analyze
from drafter.study.stats import titled_closing

SPEECHES = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "speeches"

TITLED = """论工作方法

问题的提起

工作的方法问题，是大家关心的问题。方法不对，事情就办不好。

调查研究

调查研究是一切工作的起点，没有调查就没有发言权。

依靠群众

群众是真正的英雄，工作要依靠群众，不能脱离群众。

结　　论

结论是什么呢？结论就是：方法对了，工作就能做好。

我的讲话到此为止。希望同志们在工作中认真总结经验，把工作做得更好。
"""


def _rows(study):
    return [(r.part, r.level, r.label, r.chars) for r in study.structure]


def test_the_closing_stands_under_the_heading_that_titles_it():
    study = analyze(parse_text(TITLED, "t.txt"))
    closing = study.structure[-1]
    heading = study.structure[-2]
    assert (heading.label, closing.part) == ("结论", "closing")
    assert closing.level == heading.level + 1
    assert heading.chars == 2 + closing.chars  # the heading's own 字 and its closing
    assert study.sections[-1].chars == 2  # the sections keep their own figures
    top = [r for r in study.structure if r.level <= 1]
    assert sum(r.chars for r in top) == study.total_chars


def test_a_closing_after_the_last_parts_own_text_stays_beside_it():
    text = TITLED.replace("结　　论\n\n", "")  # 依靠群众 has text before the closing
    study = analyze(parse_text(text, "t.txt"))
    assert titled_closing(study) is None
    assert study.structure[-1].part == "closing" and study.structure[-1].level == 0


POINTS = """关于春耕生产的几条意见

（一）各乡都要在三月底以前完成春耕生产的准备工作。

（二）每个合作社都要订出今年的增产计划并且张榜公布。

（三）县里要在四月以前把化肥和农药送到各个合作社。

以上各条，望各地认真研究执行，希望同志们把春耕生产搞好，执行中有什么问题，随时报告。
"""


def test_a_last_point_that_says_its_piece_in_its_line_titles_no_closing():
    """（三）县里要在…送到各个合作社。 is the last of three points that are all their line: the
    closing after it is the whole text's, beside the points, as before."""
    study = analyze(parse_text(POINTS, "t.txt"))
    assert study.closing.text and study.sections
    assert titled_closing(study) is None
    assert study.structure[-1].part == "closing" and study.structure[-1].level == 0


def test_real_lun_chijiuzhan_conclusion_counts_its_closing():
    path = SPEECHES / "mao/第二卷_009 论持久战.md"
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared holds the real texts)")
    study = analyze(load_document(path))
    *_, heading, closing = study.structure
    assert heading.label == "结论" and closing.part == "closing"
    assert closing.level == heading.level + 1 and heading.chars > closing.chars > 1000
