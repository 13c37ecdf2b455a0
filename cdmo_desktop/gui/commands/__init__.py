"""Undoable edits. Every edit a user makes goes through the application's QUndoStack."""
