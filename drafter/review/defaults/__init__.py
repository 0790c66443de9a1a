"""Shipped office lists (TOML), read with importlib.resources; an office's own copies in
the library folder replace them (see drafter.review.lists)."""
