"""Everything Qt: the app bootstrap, main window, screens, widgets and undo commands."""
