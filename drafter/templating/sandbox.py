"""Rendering a template body in a sandbox a hostile template cannot get out of.

Templates come from users too, so the body runs in a ``SandboxedEnvironment`` with
``StrictUndefined`` and no loader: no include/import/extends, no private attributes, no
``str.format`` or ``%`` formatting, none of Jinja's ``cycler``/``joiner``/``lipsum``
globals. Loops, calls, string/list growth and the output are all budgeted, so a template
cannot hang the app or eat its memory. Every failure becomes one
:class:`~drafter.templating.model.TemplateError` naming the file and line.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from jinja2 import DictLoader, StrictUndefined, nodes
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from drafter.templating.model import TemplateError
from drafter.templating.numbering import cn_count, cn_number, count_of, count_slot

MAX_ITERATIONS = 50_000  # loop iterations in one render, all loops together
MAX_CALLS = 50_000  # function, method and macro calls in one render
MAX_VALUE = 100_000  # characters or items in any one value a template builds
MAX_OUTPUT = 500_000  # characters of rendered outline
MAX_RANGE = 1_000  # items one range() may produce
MAX_INT_BITS = 256

_GUARD = "_drafter_loop_guard"
_FORBIDDEN_TAGS = {
    nodes.Include: "include",
    nodes.Import: "import",
    nodes.FromImport: "from … import",
    nodes.Extends: "extends",
}
# Filters that take a width or build big strings, and those a skeleton never needs.
_DROPPED_FILTERS = (
    "center",
    "format",
    "indent",
    "wordwrap",
    "xmlattr",
    "urlize",
    "pprint",
    "random",
    "filesizeformat",
    "tojson",
)


class _LimitExceeded(Exception):
    """A budget ran out; becomes a TemplateError with the template line."""


class _GuardedCodeGenerator(CodeGenerator):
    """Routes ``~`` concatenation through the environment so its size is checked."""

    def visit_Concat(self, node: nodes.Concat, frame) -> None:  # noqa: N802 (Jinja API)
        """Jinja hook: ``a ~ b`` compiles to a size-checked join, so joining text in a loop cannot
        build a value past the budget."""
        self.write("environment.checked_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class DrafterSandbox(ImmutableSandboxedEnvironment):
    """A sandbox with budgets. Make a new one per render: the budgets are per instance.

    Immutable: lists and dicts cannot be changed in place (``append``, ``update`` …), so
    nothing grows behind the size checks; state across a loop lives in ``namespace()``.
    """

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%", "//", "/"})

    def __init__(self) -> None:
        super().__init__(
            undefined=StrictUndefined,
            autoescape=False,
            loader=DictLoader({}),
            trim_blocks=False,  # a tag alone on its line leaves a blank line: ignored
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
            cache_size=0,
            extensions=["jinja2.ext.loopcontrols"],
            finalize=_checked_output,
        )
        self.iterations = 0
        self.calls = 0
        self.globals.clear()
        self.globals.update(
            {"range": self._range, "dict": dict, "namespace": Namespace, _GUARD: self._loop}
        )
        for name in _DROPPED_FILTERS:
            self.filters.pop(name, None)
        for name, func in list(self.filters.items()):
            self.filters[name] = _size_checked(func)
        self.filters["replace"] = _size_checked(_checked_replace(self.filters["replace"]))
        self.filters["cn"] = cn_number
        self.filters["cn_count"] = cn_count
        self.filters["count_of"] = count_of
        self.filters["count_slot"] = count_slot

    # -- parse-time checks ------------------------------------------------------------

    def _parse(self, source, name, filename):
        """Jinja hook: refuse include/import/extends and the reserved names at parse time (with the
        line), and wrap every for-loop's iterable in the iteration counter."""
        tree = super()._parse(source, name, filename)
        for node_type, tag in _FORBIDDEN_TAGS.items():
            for node in tree.find_all(node_type):
                raise TemplateSyntaxError(
                    f"'{{% {tag} %}}' is not allowed in a template", node.lineno, name, filename
                )
        for node in tree.find_all(nodes.Name):
            if node.name.startswith("_drafter"):
                raise TemplateSyntaxError(f"the name '{node.name}' is reserved", node.lineno)
        for node in tree.find_all(nodes.For):
            node.iter = nodes.Call(
                nodes.Name(_GUARD, "load", lineno=node.lineno),
                [node.iter],
                [],
                None,
                None,
                lineno=node.lineno,
            )
        return tree

    # -- run-time checks --------------------------------------------------------------

    def is_safe_attribute(self, obj, attr, value) -> bool:
        """Jinja hook: ``str.format`` and ``format_map`` are refused on top of Jinja's own rules,
        because format strings can reach attributes the sandbox would otherwise block.
        """
        if isinstance(obj, str) and attr in ("format", "format_map"):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value):
        """No ``str.format``: a width like ``{:>999999999}`` would eat the memory."""
        return None

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's signature)
        """Jinja hook: count every call against the per-render budget (a runaway macro stops with a
        clear error) and check the size of what goes in and comes out.
        """
        __self.calls += 1
        if __self.calls > MAX_CALLS:
            raise _LimitExceeded(f"more than {MAX_CALLS} calls (runaway macro?)")
        _check_inputs(args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _check_size(result)
        return result

    def call_binop(self, context, op: str, left, right):
        """Jinja hook: refuse ``%`` formatting and the operators that could build huge values
        (repeated sequences, big powers, long concatenations) before computing them.
        """
        if op == "%" and isinstance(left, str):
            raise SecurityError("'%' text formatting is not available; join text with ~")
        if op == "*":
            for seq, n in ((left, right), (right, left)):
                if _is_seq(seq) and isinstance(n, int) and len(seq) * max(n, 0) > MAX_VALUE:
                    raise _LimitExceeded(f"a value longer than {MAX_VALUE} would be built")
        if op == "**" and isinstance(right, (int, float)) and abs(right) > 64:
            raise _LimitExceeded("exponent too large")
        if op == "+" and _is_seq(left) and _is_seq(right) and len(left) + len(right) > MAX_VALUE:
            raise _LimitExceeded(f"a value longer than {MAX_VALUE} would be built")
        result = self.binop_table[op](left, right)
        if isinstance(result, int) and result.bit_length() > MAX_INT_BITS:
            raise _LimitExceeded("a number too large")
        _check_size(result)
        return result

    def checked_join(self, parts: Iterable) -> str:
        """Target of ``~`` concatenation (see ``_GuardedCodeGenerator``): joins like Jinja does, but
        checks the inputs and the result against the size budget.
        """
        parts = tuple(parts)
        _check_inputs(parts, {})
        text = "".join(str(p) for p in parts)
        _check_size(text)
        return text

    def _range(self, *args: int) -> range:
        """``range()`` for templates: at most MAX_RANGE items, so a typo like range(10**9) fails at
        once."""
        rng = range(*args)
        if len(rng) > MAX_RANGE:
            raise _LimitExceeded(f"range() of more than {MAX_RANGE} items")
        return rng

    def _loop(self, iterable):
        """Wraps the iterable of every ``{% for %}``: counts iterations against the budget."""
        if hasattr(iterable, "__len__"):
            self._count(len(iterable))
            return iterable
        return self._counted(iter(iterable))

    def _counted(self, it: Iterator) -> Iterator:
        """An iterator without a length, counted item by item against the loop budget."""
        for item in it:
            self._count(1)
            yield item

    def _count(self, n: int) -> None:
        """Count loop iterations across all loops of a render; past the budget the render stops with
        a clear error."""
        self.iterations += n
        if self.iterations > MAX_ITERATIONS:
            raise _LimitExceeded(f"more than {MAX_ITERATIONS} loop iterations")


def _is_seq(value) -> bool:
    """Text, list or tuple: the values ``*`` and ``+`` can blow up."""
    return isinstance(value, (str, list, tuple))


def _check_size(value) -> None:
    """Stop a render that built a value past MAX_VALUE (text, list or dict)."""
    if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_VALUE:
        raise _LimitExceeded(f"a value longer than {MAX_VALUE}")


_CONTAINERS = (list, tuple, set, frozenset, dict)


def _text_size(value, limit: int, depth: int = 0) -> int:
    """About how long ``str(value)`` would be, counting no further than ``limit``.

    A list holds references, so ``[long_text] * 10000`` is small until it is printed or
    joined; this is checked before anything turns a container into text.
    """
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, _CONTAINERS):
        return 8
    if depth > 20:
        return limit + 1
    total = 2
    for item in value.items() if isinstance(value, dict) else value:
        total += 2 + _text_size(item, limit - total, depth + 1)
        if total > limit:
            break
    return total


def _check_inputs(args, kwargs) -> None:
    """Stop a call whose container arguments would print past MAX_VALUE (a list holds references:
    small until turned into text)."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, _CONTAINERS) and _text_size(value, MAX_VALUE) > MAX_VALUE:
            raise _LimitExceeded(f"a value longer than {MAX_VALUE} as text")


def _checked_output(value):
    """Jinja's ``finalize``: every ``{{ … }}`` passes here before it becomes text."""
    _check_inputs((value,), {})
    return value


def _size_checked(func):
    """Wrap a filter or global so its inputs and result are size-checked, keeping Jinja's
    pass_context marker."""

    @functools.wraps(func)  # keeps Jinja's pass_context/pass_environment marker
    def wrapper(*args, **kwargs):
        _check_inputs(args, kwargs)
        result = func(*args, **kwargs)
        _check_size(result)
        return result

    return wrapper


def _checked_replace(func):
    """Jinja's ``replace`` filter, refused before it runs when the result would pass MAX_VALUE
    (replacing "" inserts at every position)."""

    @functools.wraps(func)
    def wrapper(eval_ctx, s, old, new, count=None):
        s, old, new = str(s), str(old), str(new)
        hits = len(s) + 1 if old == "" else s.count(old)
        if len(s) + hits * len(new) > MAX_VALUE:
            raise _LimitExceeded(f"a value longer than {MAX_VALUE} would be built")
        return func(eval_ctx, s, old, new, count)

    return wrapper


def render_body(body: str, filename: str, values: dict) -> str:
    """Render a template body (front matter already blanked) with ``values``.

    Raises TemplateError "<filename>, line N: <what went wrong>".
    """
    env = DrafterSandbox()
    try:
        code = env.compile(body, filename, filename)
        template = env.template_class.from_code(env, code, env.make_globals(None))
    except TemplateSyntaxError as exc:
        raise TemplateError(_where(filename, exc.lineno) + exc.message, _kind(exc)) from None
    except Exception as exc:  # anything else the compiler trips on
        raise TemplateError(f"{filename}: {_one_line(exc)}", _kind(exc)) from None
    out: list[str] = []
    size = 0
    try:
        for chunk in template.generate(**values):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise _LimitExceeded(f"the outline is longer than {MAX_OUTPUT} characters")
            out.append(chunk)
    except TemplateSyntaxError as exc:
        raise TemplateError(_where(filename, exc.lineno) + exc.message, _kind(exc)) from None
    except RecursionError:
        raise TemplateError(
            f"{filename}: recursion too deep (a macro calls itself?)", "RecursionError"
        ) from None
    except MemoryError:
        raise TemplateError(
            f"{filename}: the template uses too much memory", "MemoryError"
        ) from None
    except Exception as exc:
        line = _template_line(exc, filename)
        message = _one_line(exc)
        if isinstance(exc, SecurityError):
            message = "not allowed: " + message
        elif isinstance(exc, _LimitExceeded):
            message = "too much work: " + message
        raise TemplateError(_where(filename, line) + message, _kind(exc)) from None
    return "".join(out)


def _kind(exc: BaseException) -> str:
    """The name of the error underneath a TemplateError (a budget that ran out is "LimitExceeded"),
    so the message can be said in Chinese by its kind when no table knows its words."""
    return "LimitExceeded" if isinstance(exc, _LimitExceeded) else type(exc).__name__


def _template_line(exc: BaseException, filename: str) -> int | None:
    """The template line of the innermost frame Jinja attributed to the template."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _where(filename: str, line: int | None) -> str:
    """The head of a message: the file, and the line when known."""
    return f"{filename}, line {line}: " if line else f"{filename}: "


def _one_line(exc: BaseException) -> str:
    """An exception as one line; Python's own errors keep their type name (ZeroDivisionError: …) so
    the message says what went wrong."""
    text = str(exc).strip() or type(exc).__name__
    first = text.splitlines()[0]
    if not isinstance(exc, (SecurityError, _LimitExceeded)) and type(exc).__module__ == "builtins":
        first = f"{type(exc).__name__}: {first}"
    return first
