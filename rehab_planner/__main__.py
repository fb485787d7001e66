"""`python -m rehab_planner` runs the command line."""

from rehab_planner.cli import main

raise SystemExit(main())
