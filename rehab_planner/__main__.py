"""`python -m rehab_planner` runs the command line."""

from rehab_planner.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
