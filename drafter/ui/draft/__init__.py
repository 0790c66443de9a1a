"""The draft editor's parts: the editing session, the paragraph editor, the side panes."""
