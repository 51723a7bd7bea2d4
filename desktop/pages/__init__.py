"""The pages of the main window, one widget each over the planning services."""
