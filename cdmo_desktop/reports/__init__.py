"""PDF reports (reportlab platypus) and charts (matplotlib Figure). No Qt; input is plain
data snapshots built by store/, never a live Session."""
