"""Exchange with the field's other tools: registers to and from spreadsheets (CSV, XLSX),
schedules to and from MS Project (MSPDI) and GanttProject, calendars (ICS).

A layer of its own between the screens and the store: it reads through store functions and
writes only through store use cases (one change set, one undo step per import), and never
imports Qt, so the command line and the window share every format.
"""
