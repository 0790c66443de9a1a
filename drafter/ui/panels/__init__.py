"""The panels of the main window: library, search, reader, draft editor, templates."""
