"""Visit route planning: validated instance, OR-Tools routing solver, independent validator."""
