"""Exporters: one module per format behind a small base class."""
