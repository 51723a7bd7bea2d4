"""After arrival: monitoring plans, follow-ups, incidents and escalation."""
