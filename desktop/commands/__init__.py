"""Headless sub-commands of `homeward`; each module has `register(subparsers)`."""

from desktop.commands import texts as texts
