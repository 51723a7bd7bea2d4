"""Benchmarks against the non-functional targets (DESIGN.md §5); run with `make bench`."""
