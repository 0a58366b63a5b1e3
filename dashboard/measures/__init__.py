"""Derived measures: pure functions from validated frames to the figures pages show."""
