"""The names of the house styles shipped with Drafter (``drafter/styles/*.toml``).

On its own, apart from :mod:`drafter.export.style` (which reads and checks a style), because
``drafter export --help`` lists the names, and every ``drafter`` command builds that help
when it parses its command line."""

from __future__ import annotations

from importlib import resources


def builtin_styles() -> list[str]:
    """Names of the styles shipped in ``drafter/styles``."""
    folder = resources.files("drafter") / "styles"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))
