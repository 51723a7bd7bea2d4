"""Allocating reintegration packages to returning households (CP-SAT, with a greedy baseline and a validator)."""
