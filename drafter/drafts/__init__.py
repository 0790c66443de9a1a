"""Drafts: the model, numbering, the atomic JSON store."""
