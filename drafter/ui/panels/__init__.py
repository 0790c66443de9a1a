"""The panels of the main window: library, search, reader, draft editor, templates, 审稿.

A large panel is assembled from parts, each a module named after the panel and the part
(mostly mixins of the panel's class, which builds the widgets), so the room for a change
is found by its name:

- ``library_panel``: the table, its listing and buttons; ``library_imports`` (import,
  sync, re-index on a worker; its words in ``library_status``), ``library_opening`` (what
  opening a library or another writer's change starts), ``library_row_actions`` (编辑信息…,
  并排对照, 移除), ``library_browsing`` (filters, count, 按场合浏览), ``library_listing``
  (the list read in one go), ``reparse_notice``.
- ``reader_panel``: the widgets and the document shown; ``reader_loading`` (read on a
  worker, followed when the library changes), ``reader_render`` (the text laid out),
  ``reader_hits`` (search hits, F3), ``reader_scrolling`` (the paragraph held at the top),
  ``reader_outline``, ``reader_header``, ``reader_apparatus`` (编者按, 注释 …),
  ``reader_quoting`` (to the draft), ``reader_view``; corrections: ``reader_menus`` (menus
  and keys) over ``reader_corrections`` (storing them) and ``reader_correction_marks``
  (what the header says of them).
- ``draft_editor``: the editor panel, over its parts in :mod:`drafter.ui.draft`.
- ``search_panel`` (``hit_delegate`` paints a hit), ``template_gallery``
  (``template_params`` the parameters' form), ``review_panel``.
"""
