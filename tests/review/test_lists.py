"""Office lists: shipped defaults load, user files replace them, errors name file and line."""

from __future__ import annotations

from drafter.review import lists as unchecked
from drafter.review.lists import LIST_FILES, default_text
from drafter.review.office import load_lists, validate_text


def office_file(library, name: str, text: str):
    """Write an office list file ``name`` (leaders.toml, wording.toml …) into the
    library folder's review/, where load_lists looks for the office's own lists."""
    path = library / "review" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load_without_errors():
    lists = load_lists(None)
    assert not lists.errors
    assert lists.leaders and lists.wording and lists.phrases and lists.events and lists.titles
    for name in LIST_FILES:
        assert not validate_text(default_text(name), name)


def test_user_file_replaces_default(tmp_path):
    path = office_file(
        tmp_path,
        "leaders.toml",
        '[[leader]]\nname = "张三"\ntitles = ["区委书记", "书记"]\nfrom = 2024\n',
    )
    lists = load_lists(tmp_path)
    assert [p.name for p in lists.leaders] == ["张三"]
    assert lists.sources["leaders.toml"] == str(path)
    assert lists.sources["wording.toml"].startswith("<默认>")


def test_errors_name_file_and_line(tmp_path):
    cases = {
        "toml syntax": ('[[wording]]\nwrong = "a\nright = 1\n', 2),
        "missing name": ('[[leader]]\ntitles = ["书记"]\n\n[[leader]]\nname = "李四"\n', 1),
        "bad level": ('[[wording]]\nwrong = "a"\nright = "b"\nlevel = "fatal"\n', 4),
        "bad year": ('[[phrase]]\ntext = "x"\nfrom = "2020"\n', 3),
        "bad wording year": ('[[wording]]\nwrong = "a"\nright = "b"\nfrom = "2004"\n', 4),
        "unknown table": ("[[leaders]]\nname = 1\n", 1),
        "unknown rule": ('[rules]\ndisabled = ["nope"]\n', 2),
        "second entry": (
            '[[leader]]\nname = "甲"\ntitles = ["书记"]\n\n[[leader]]\nname = "乙"\ntitles = "书记"\n',
            7,
        ),
    }
    for label, (text, line) in cases.items():
        errors = validate_text(text, "/office/list.toml")
        assert errors, label
        assert errors[0].path == "/office/list.toml", label
        assert errors[0].line == line, (label, str(errors[0]))
        assert str(errors[0]).startswith(f"/office/list.toml:{line}: "), label


def test_bad_user_file_falls_back_to_default(tmp_path):
    path = office_file(tmp_path, "wording.toml", '[[wording]]\nwrong = "("\nright = "x"\n')
    lists = load_lists(tmp_path)
    assert len(lists.errors) == 1 and str(path) in str(lists.errors[0])
    assert lists.wording  # the default stood in


def test_docs_list_every_rule():
    """docs/review.md carries the table the registry generates (regenerate on change)."""
    from pathlib import Path

    from drafter.review.ruleset import rules_markdown

    doc = (Path(__file__).resolve().parents[2] / "docs" / "review.md").read_text("utf-8")
    assert rules_markdown() in doc


def test_save_reset_and_rule_switches(tmp_path):
    import pytest

    from drafter.review.lists import ListError, reset_list, signature
    from drafter.review.office import save_list, set_disabled_rules

    before = signature(tmp_path)
    with pytest.raises(ListError) as err:
        save_list(tmp_path, "wording.toml", '[[wording]]\nwrong = "("\nright = "x"\n')
    assert err.value.line == 2 and str(tmp_path / "review" / "wording.toml") in str(err.value)
    assert not (tmp_path / "review" / "wording.toml").exists()
    save_list(tmp_path, "ignore.toml", '[ignore]\nwords = ["某某"]\n')
    path = set_disabled_rules(tmp_path, ["parallelism.length", "punctuation.dun_titles"])
    lists = load_lists(tmp_path)
    assert lists.disabled_rules == {"parallelism.length", "punctuation.dun_titles"}
    assert lists.ignore == {"某某"}
    assert signature(tmp_path) != before
    reset_list(tmp_path, "ignore.toml")
    assert not path.exists() and not load_lists(tmp_path).disabled_rules


def test_rule_ids_are_checked_above_the_lists(tmp_path):
    """The lists module is data and knows no rules: it reads ``[rules] disabled`` as
    written. The checked layer (review.office, what the app and the CLI call) refuses an
    id no rule has, with the file's path and the line, and the default stands in."""
    import pytest

    from drafter.review.lists import ListError
    from drafter.review.office import save_list, set_disabled_rules

    text = '[ignore]\nwords = ["某某"]\n\n[rules]\ndisabled = ["numbering.gap", "nope.x"]\n'
    assert not unchecked.validate_text(text, "/office/ignore.toml")
    path = office_file(tmp_path, "ignore.toml", text)
    assert unchecked.load_lists(tmp_path).disabled_rules == {"numbering.gap", "nope.x"}
    lists = load_lists(tmp_path)
    assert [str(e) for e in lists.errors] == [f"{path}:5: 未知的规则编号 'nope.x'"]
    assert lists.disabled_rules == set() and lists.ignore == set()  # the default stood in
    with pytest.raises(ListError) as err:
        save_list(tmp_path, "ignore.toml", text)
    assert err.value.line == 5 and err.value.path == str(path)
    with pytest.raises(ListError):
        set_disabled_rules(tmp_path, ["nope.y"])
    set_disabled_rules(tmp_path, ["numbering.gap"])
    assert load_lists(tmp_path).disabled_rules == {"numbering.gap"}


def test_the_rule_set_layer_names_every_registered_rule():
    from drafter.review.office import rule_ids
    from drafter.review.ruleset import all_rules

    ids = rule_ids()
    assert ids == {r.id for r in all_rules()} and "reuse.copied" in ids
