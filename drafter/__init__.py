"""Drafter (讲话稿起草助手): draft Chinese speeches and reports from a local library."""

__version__ = "0.1.0"
