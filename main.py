"""Start the Rehab Planner desktop app: `python main.py [PLAN_FILE]` (the same as `rehab-planner app`)."""

import sys

from rehab_planner.cli import main

if __name__ == "__main__":
    sys.exit(main(["app", *sys.argv[1:]]))
