"""A hostile template cannot read files, reach private attributes or run away; every
attempt ends in a TemplateError naming the file and line."""

from __future__ import annotations

import pytest

from drafter.templating import TemplateError, render_source

HEAD = '+++\nname = "恶意"\n+++\n'
LINE = 4  # the first body line

PAYLOADS = {
    "class_mro": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "getattr_filter": "{{ ''|attr('__class__') }}",
    "subscript": "{{ ''['__class__'] }}",
    "cycler_globals": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "joiner_globals": "{{ joiner.__init__.__globals__ }}",
    "lipsum_globals": "{{ lipsum.__globals__['os'] }}",
    "namespace_init": "{{ namespace.__init__.__globals__ }}",
    "range_self": "{{ range.__self__ }}",
    "self_context": "{{ self._TemplateReference__context }}",
    "loop_internals": "{% for x in [1] %}{{ loop._iterator }}{% endfor %}",
    "dict_class": "{{ dict.__base__.__subclasses__() }}",
    "request_config": "{{ config.items() }}",
    "str_format": "{{ '{0.__class__}'.format(1) }}",
    "format_width": "{{ '{:>999999999}'.format(1) }}",
    "percent_format": "{{ '%999999999d' % 1 }}",
    "include_file": "{% include '/etc/passwd' %}",
    "import_file": "{% import '/etc/passwd' as p %}",
    "from_import": "{% from 'x' import y %}",
    "extends_file": "{% extends '/etc/passwd' %}",
    "reserved_guard": "{{ _drafter_loop_guard }}",
    "nested_loops": "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}",
    "string_loop": "{% for a in 'x' * 9999 %}{% for b in 'y' * 9999 %}{% endfor %}{% endfor %}",
    "huge_range": "{{ range(10**8)|list|length }}",
    "huge_string": "{{ 'a' * 10**9 }}",
    "huge_power": "{{ 9 ** 9 ** 9 }}",
    "doubling": (
        "{% set ns = namespace(s='ab') %}{% for i in range(60) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
    ),
    "list_doubling": (
        "{% set ns = namespace(s=[1]) %}{% for i in range(60) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}"
    ),
    "replace_bomb": "{{ ('x' * 9000)|replace('x', 'y' * 9000) }}",
    "recursive_macro": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "fork_bomb_macro": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}"
    ),
    "dropped_filter": "{{ 'x'|center(999999999) }}",
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_payload_is_refused(payload):
    with pytest.raises(TemplateError) as err:
        render_source(HEAD + payload + "\n", "恶意.j2")
    message = str(err.value)
    assert message.startswith("恶意.j2"), message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (
            "{{ ''.__class__ }}",
            f"恶意.j2, line {LINE}: not allowed: access to attribute '__class__'",
        ),
        ("{% include '/etc/passwd' %}", f"恶意.j2, line {LINE}: '{{% include %}}' is not allowed"),
        ("{{ cycler }}", f"恶意.j2, line {LINE}: 'cycler' is undefined"),
        (PAYLOADS["nested_loops"], f"恶意.j2, line {LINE}: too much work: more than"),
    ],
)
def test_refusals_say_why_and_where(payload, expected):
    with pytest.raises(TemplateError) as err:
        render_source(HEAD + payload + "\n", "恶意.j2")
    assert str(err.value).startswith(expected)


def test_ordinary_jinja_still_works():
    body = (
        "{% set ns = namespace(n=0) %}\n"
        "{% for w in ['甲', '乙', '丙'] %}{% set ns.n = ns.n + 1 %}{% endfor %}\n"
        "# {{ ns.n|cn }}{{ 2|cn_count }}{{ '四勤'|count_of }}{{ ['a', 'b']|join('、') }}"
        "{{ 'ab'|upper }}{{ 12|cn }}{{ '  x '|trim }}{{ 'abc'|replace('b', 'B') }}\n"
        "{% for i in range(3) %}{% if loop.last %}{% break %}{% endif %}\n- {{ i }}\n{% endfor %}\n"
    )
    draft = render_source(HEAD + body, "恶意.j2")
    assert draft.meta.title == "三两4a、bAB十二xaBc"
    assert [n.heading for n in draft.sections] == ["0", "1"]


BIG = "{% set big = ['x' * 90000] * 90000 %}"


@pytest.mark.parametrize(
    "payload",
    [
        BIG + "{{ big }}",
        BIG + "{{ big|join }}",
        BIG + "{{ big|upper }}",
        BIG + "{{ 'a' ~ big }}",
        BIG + "{{ ''.join(big) }}",
        BIG + "{{ big|sum(start='') }}",
        "{% set x = [] %}{{ x.append(x) }}",
        "{% set d = {} %}{{ d.update(a=1) }}",
    ],
    ids=["print", "join", "upper", "concat", "str_join", "sum", "append", "update"],
)
def test_containers_cannot_be_blown_up_into_text(payload):
    with pytest.raises(TemplateError, match=r"^恶意.j2, line 4: "):
        render_source(HEAD + payload + "\n", "恶意.j2")
