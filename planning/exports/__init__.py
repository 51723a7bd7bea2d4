"""Lists leaving Homeward as spreadsheets: typed tables written to XLSX or CSV, privately, and audited."""

from planning.exports import texts as texts
