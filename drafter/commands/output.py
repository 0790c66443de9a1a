"""What every command's ``--json`` prints: one JSON document on stdout, Chinese kept as
written (not ``\\u`` escapes), indented for a person reading it, ending with a newline so
the shell prompt starts on its own line."""

from __future__ import annotations

import json
import sys


def print_json(data) -> None:
    """Write ``data`` to stdout as the commands' JSON output (see the module docstring)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
