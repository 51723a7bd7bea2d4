"""Before and during return: storage, the case file, safeguards, assurances and planning."""
