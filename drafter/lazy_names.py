"""A package's public names, each imported from the module that defines it on first use.

``drafter --help`` and every command import ``drafter.corpus`` and ``drafter.export`` (a
command's parser names the header fields, the formats and the styles), and importing any
``drafter.corpus.*`` module runs the package's ``__init__`` first. An eager re-export there
pulled in every reader, lxml and python-docx for a command that used none of them; a
module-level ``__getattr__`` (PEP 562) that asks :func:`import_home` keeps the short
``from drafter.corpus import Document`` working at the cost of one dictionary look-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def import_home(package: str, homes: dict[str, str], namespace: dict[str, Any], name: str):
    """``name`` imported from its module (``homes`` maps each public name of ``package`` to
    the module under it that defines it) and kept in the package's ``namespace``, so the
    next use finds it without asking again. An unknown name is the AttributeError Python
    raises for any missing attribute, so ``hasattr`` and ``from … import`` behave as usual."""
    home = homes.get(name)
    if home is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(import_module(f"{package}.{home}"), name)
    namespace[name] = value
    return value
