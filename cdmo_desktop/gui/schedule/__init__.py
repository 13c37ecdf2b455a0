"""Schedule: the plan table and the Gantt timeline of an engagement."""
