"""Engagements: the register and the workspace (charter, team and RACI, communication,
information sharing, decisions and actions)."""
