"""Reintegration after return: the package catalogue, partners, skills in demand, needs, budgets and allocations."""

from planning.reintegration import texts as texts
