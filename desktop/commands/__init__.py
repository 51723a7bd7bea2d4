"""Headless sub-commands of `homeward`; each module has `register(subparsers)`."""
