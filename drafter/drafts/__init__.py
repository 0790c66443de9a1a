"""Drafts: the model (``model``), derived numbering (``numbering``), undoable outline
operations (``ops``), conversions from library documents and to text (``convert``) and the
atomic JSON store (``store``)."""
