"""Start the Rehab Planner desktop app: `python main.py [PLAN_FILE]`."""

import sys

from rehab_planner.gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
