"""KPIs on screen: the engagement's KPI tab (table, measurement grid, trend chart), the
library picker and KPI dialog, the partner scorecard and the portfolio's off-target tile."""
