"""Exchange screens: the import wizard (File > Import…), export of registers to
spreadsheets (File > Export…, a table's "Export these rows…")."""
