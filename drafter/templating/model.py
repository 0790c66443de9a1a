"""What a structure template is, as plain data: its metadata, parameters and errors."""

from __future__ import annotations

from dataclasses import dataclass, field

PARAM_TYPES = ("str", "int", "choice", "list", "bool")


class TemplateError(Exception):
    """A template could not be found, read, validated or rendered.

    The message is one line that names the file and, when known, the line:
    ``"五个坚持.j2, line 12: 'count' is undefined"``.

    ``kind`` names the error underneath (Jinja's ``UndefinedError``, ``TemplateSyntaxError``,
    Python's ``TypeError`` …) when there was one: a message no table knows is still said in
    Chinese by its kind (drafter/templating/messages_zh.py), the English kept as detail.
    """

    def __init__(self, message: str = "", kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class TemplateParam:
    """One value the user gives when creating a draft from a template.

    ``min``/``max`` bound an ``int`` value or the number of items of a ``list``;
    ``choices`` lists the allowed values of a ``choice`` (and may restrict a ``str``).
    """

    name: str
    label: str
    type: str = "str"
    default: object = None
    choices: list | None = None
    help: str = ""
    min: int | None = None
    max: int | None = None

    def to_json(self) -> dict:
        """The JSON form, nested in each template of ``drafter templates --json``."""
        return {
            "name": self.name,
            "label": self.label,
            "type": self.type,
            "default": self.default,
            "choices": list(self.choices) if self.choices is not None else None,
            "help": self.help,
            "min": self.min,
            "max": self.max,
        }


@dataclass
class TemplateInfo:
    """A template's front matter plus where it lives. ``path`` is the file; ``builtin``
    is true for the templates shipped in ``drafter/templates``."""

    name: str
    title: str
    category: str
    occasion: str
    description: str
    params: list[TemplateParam] = field(default_factory=list)
    path: str = ""
    builtin: bool = False
    numbering: list[str] | None = None
    genre: str = ""
    order: int = 1000  # position in listings (built-ins are curated; users' come after)

    def param(self, name: str) -> TemplateParam | None:
        """The declared parameter called ``name``, or None; values for undeclared names are refused
        before rendering.
        """
        return next((p for p in self.params if p.name == name), None)

    def defaults(self) -> dict:
        """Every parameter's default, the values a template renders with when the user changed
        nothing.
        """
        return {p.name: p.default for p in self.params}

    def to_json(self) -> dict:
        """The JSON form for ``drafter templates --json``: what a script needs to fill the template
        in.
        """
        return {
            "name": self.name,
            "title": self.title,
            "category": self.category,
            "occasion": self.occasion,
            "description": self.description,
            "params": [p.to_json() for p in self.params],
            "path": self.path,
            "builtin": self.builtin,
            "numbering": list(self.numbering) if self.numbering else None,
        }
