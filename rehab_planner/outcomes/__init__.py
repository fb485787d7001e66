"""Outcome measures: their definitions (resources/outcomes), scoring, meaning (MCID) and series."""
