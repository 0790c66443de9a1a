"""The team library on PostgreSQL: the same library interface as a local folder
(:class:`~drafter.library.backend.LibraryBackend`), for an office sharing one library on
its own database server. Imported only when a postgresql:// library is opened."""

from drafter.library.pg.library import PgLibrary

__all__ = ["PgLibrary"]
