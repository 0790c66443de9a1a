"""Hostile user templates: each ends with one line naming its file, within hard limits,
and never stops the other templates from working."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.templating.isolated import RenderWorker
from drafter.templating.model import TemplateError
from tests.attacks.harness import check_bounded, run_bounded

LOOP = "{% for i in range(1000) %}{% for j in range(49) %}"
END = "{% endfor %}{% endfor %}"
BODIES = {
    "split": LOOP + "{% set x = ('x' * 99999).split('x') %}" + END,
    "list": LOOP + "{% set x = ('ab' * 49999)|list %}" + END,
    "sort": LOOP + "{% set x = ('ab' * 49999)|sort %}" + END,
    "wordcount": LOOP + "{% set x = ('a ' * 49999)|wordcount %}" + END,
    "encode": "{{ ('x'.encode() * 1000000000)|length }}",
    "ljust": "{{ 'x'.ljust(1200000000)|length }}",
    "batch": "{{ range(1000)|batch(1000000000)|list|length }}",
    "slice": "{{ range(1000)|slice(1000000000)|list|length }}",
    "nested_headings": "\n".join(" " * i + "- 标题" for i in range(340)),
}


def _template(name: str, body: str) -> str:
    return f'+++\nname = "{name}"\n+++\n{body}\n- 一\n'


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("tpl")
    folder = root / "templates"
    folder.mkdir()
    for name, body in BODIES.items():
        (folder / f"{name}.j2").write_text(_template(name, body), "utf-8")
    (folder / "toml.j2").write_text(
        '+++\nname = "toml"\nx = ' + "[" * 1000 + "]" * 1000 + "\n+++\n- 一\n", "utf-8"
    )
    return root


@pytest.mark.parametrize("name", sorted(BODIES))
def test_hostile_template_fails_in_one_line_within_limits(name, library, tmp_path):
    out = run_bounded(
        ["new", "--library", str(library), "--template", name, "-o", str(tmp_path / "d.json")]
    )
    check_bounded(out, codes=(0, 2))
    if out.returncode == 2:
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and f"{name}.j2" in lines[0], out.stderr


def test_a_broken_user_template_leaves_every_other_template_working(library, tmp_path):
    listed = run_bounded(["templates", "--library", str(library)])
    check_bounded(listed, codes=(0,))
    warnings = [line for line in listed.stderr.splitlines() if line.strip()]
    assert len(warnings) == 1 and "toml.j2" in warnings[0]
    assert "三句话" in listed.stdout
    made = run_bounded(
        ["new", "--library", str(library), "--template", "三句话", "-o", str(tmp_path / "a.json")]
    )
    check_bounded(made, codes=(0,))
    assert (tmp_path / "a.json").is_file()


_PIECES = st.sampled_from(
    [
        "{{ x }}",
        "{% for i in range(9) %}",
        "{% endfor %}",
        "{{ 'ab' * 999 }}",
        "{{ x|list|sort|join }}",
        "{{ x.split('a') }}",
        "{% if x %}",
        "{% endif %}",
        "- 标题",
        "\n",
        "  - 小标题",
        "{{ x.ljust(99) }}",
        "{% set x = x ~ x %}",
        "{{",
        "}}",
        "@ 提示",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=12))
def test_random_template_bodies_render_or_fail_cleanly(pieces):
    worker = _worker()
    try:
        worker.render("".join(pieces), "random.j2", {"x": "abc"})
    except TemplateError as exc:
        assert str(exc).startswith("random.j2") and "\n" not in str(exc)


_shared: list[RenderWorker] = []


def _worker() -> RenderWorker:
    if not _shared:
        _shared.append(RenderWorker())
    return _shared[0]
