"""The patient database in the app: the Patients dock, the history dialog, saving revisions."""
