"""Visit route planning: validated instance, OR-Tools routing solver, independent validator."""

from monitoring.routes import texts as texts
