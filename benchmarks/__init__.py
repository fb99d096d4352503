"""Benchmarks: not tests. Run them by hand; CI runs only small smoke sizes."""
