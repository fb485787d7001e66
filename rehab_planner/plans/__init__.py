"""Working on plans: calendar dates, pure edits, changes between versions."""
