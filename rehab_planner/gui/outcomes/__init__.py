"""The app's visits and outcomes: enter visits and measures, see them plotted, print a progress report."""
