"""Data only: fonts, icons, translations and reference data shipped with Homeward."""
