"""`python -m desktop` and the frozen application's entry point: the `homeward` command."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # In the frozen application a solver's child process (planning/solver_process.py, multiprocessing with spawn)
    # starts this same program: freeze_support runs the child's work and exits before anything else happens.
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
