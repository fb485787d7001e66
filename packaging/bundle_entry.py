"""Entry point of the frozen desktop bundle: the same command line as `rehab-planner`.

Started with no arguments (a double-click), it opens the app.
"""

import sys

from rehab_planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
