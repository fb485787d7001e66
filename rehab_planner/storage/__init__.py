"""Storage: atomic files, plan files, the patient database."""
