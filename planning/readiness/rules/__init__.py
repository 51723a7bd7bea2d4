"""One module per safeguard; each `check(case, on, stage)` yields the reasons it finds."""
