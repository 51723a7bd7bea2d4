"""Dialogs: one QDialog per user action, each running one planning service through `run_op`."""
