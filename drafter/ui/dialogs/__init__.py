"""Dialogs: export, preferences."""
