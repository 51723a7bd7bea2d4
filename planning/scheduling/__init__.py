"""Planning return movements: who travels on which movement (CP-SAT, with MIP bounds and a greedy baseline)."""

from planning.scheduling import texts as texts
