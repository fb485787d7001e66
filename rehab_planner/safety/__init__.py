"""Safety: the precaution catalogue and the checks that read a plan against it."""
