"""After arrival: monitoring plans, follow-ups, incidents and escalation."""

from monitoring import texts as texts
