"""Structure templates: outline skeletons rendered with Jinja2 in a sandbox into drafts.

Templates are ``.j2`` files (``drafter/templates`` ships the built-ins; the user's own live
in the library's ``templates/`` folder). See ``docs/templates.md`` for the format.
"""

from drafter.templating.from_document import template_from_document
from drafter.templating.model import TemplateError, TemplateInfo, TemplateParam
from drafter.templating.registry import (
    get_template,
    list_templates,
    read_source,
    render_source,
    render_template,
    save_user_template,
)

__all__ = [
    "TemplateError",
    "TemplateInfo",
    "TemplateParam",
    "get_template",
    "list_templates",
    "read_source",
    "render_source",
    "render_template",
    "save_user_template",
    "template_from_document",
]
