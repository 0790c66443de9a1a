"""Qt item models: thin adapters over the core's DocumentInfo and SearchHit."""

from drafter.ui.models.documents import DocumentFilterProxy, DocumentTableModel
from drafter.ui.models.search_results import SearchResultsModel

__all__ = ["DocumentFilterProxy", "DocumentTableModel", "SearchResultsModel"]
