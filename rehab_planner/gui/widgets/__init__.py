"""The window's composite widgets."""
