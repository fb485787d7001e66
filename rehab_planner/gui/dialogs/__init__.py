"""Dialogs: new plan, settings, custom exercise, messages."""
