"""Risks: the register across the portfolio, the heat map, the risk form and reviews."""
