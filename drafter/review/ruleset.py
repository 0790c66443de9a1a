"""Every rule of review, loaded: :func:`all_rules` imports the rules package (importing a
rule module registers its rules in :mod:`drafter.review.registry`) and lists the table in
a stable order; :func:`rules_markdown` prints that table for docs/review.md.

A layer above the registry and the rules, so neither has to import the other to be read
whole: the engine, the office lists' check of rule ids and the command line come here.
"""

from __future__ import annotations

from drafter.review.model import CATEGORIES, LEVEL_NAMES
from drafter.review.registry import RULES, Rule


def all_rules() -> list[Rule]:
    """Every rule, loaded (importing drafter.review.rules registers them), in category
    order then id: the one order the rules dialog, the CLI and docs/review.md list them in."""
    from drafter.review import rules  # noqa: F401  (importing registers them)

    order = list(CATEGORIES)
    return sorted(RULES.values(), key=lambda r: (order.index(r.category), r.id))


def rules_markdown() -> str:
    """The rule table of docs/review.md, generated from the registry so the two agree."""
    lines = [
        "| 规则 | 类别 | 级别 | 说明 |",
        "|---|---|---|---|",
    ]
    for r in all_rules():
        lines.append(
            f"| `{r.id}` | {r.category} {CATEGORIES[r.category]} | "
            f"{r.level} {LEVEL_NAMES[r.level]} | {r.title}：{r.why} |"
        )
    return "\n".join(lines) + "\n"
