"""Qt item models: views over the core's data, keyed by id, never copies of it."""
