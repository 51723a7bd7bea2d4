"""Reports for donors: returns, reintegration and (in monitoring/) follow-ups, counted over a period by up to
two dimensions, with totals that count each person once and small counts suppressed for sharing."""

from planning.reports import texts as texts
