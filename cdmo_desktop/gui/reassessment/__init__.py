"""The partner reassessment: the question a phase change or a gate asks, the editor of
scores (current partner against candidates and the previous assessment) and the outcome."""
