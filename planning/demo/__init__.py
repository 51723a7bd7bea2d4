"""A realistic synthetic caseload for demonstrations, training and load tests (`homeward demo`)."""

from planning.demo.generate import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
