"""The rules, one module per category. Importing this package registers them all."""

from drafter.review.rules import (  # noqa: F401
    count,
    dates,
    names,
    numbering,
    numbers,
    parallelism,
    placeholder,
    punctuation,
    reuse,
    stale,
    wording,
)
