"""Rehab Planner: post-operative home exercise programs and their patient handouts."""

__version__ = "0.1.0"
