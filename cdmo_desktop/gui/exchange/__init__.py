"""Screens of the exchange with other tools: the import wizard."""
