"""matplotlib chart builders shared by the screens (FigureCanvasQTAgg) and the PDF reports.

Each builder returns a `matplotlib.figure.Figure` (never pyplot) and imports matplotlib
inside the function, so importing this package costs nothing."""
