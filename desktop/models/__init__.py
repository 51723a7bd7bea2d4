"""Qt item models over the planning services."""
