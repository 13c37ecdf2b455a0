"""Exchange screens: export registers to spreadsheets (File > Export…, a table's
"Export these rows…")."""
