"""The Portfolio screen: headline figures, running engagements and the agenda."""
