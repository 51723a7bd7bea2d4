"""Keys, users and roles."""
