"""The reports' words: the errors a report request raises and how each report counts (read under its tables).

A key names what is wrong (`report.unknown_dimension`); `{name}` marks where a value goes. The interface
translates these templates, and a printed report reads the same translations (`planning.documents.keyed`).
"""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    "report.unknown_kind": "'{given}' is not a report Homeward draws up ({known})",
    "report.unknown_dimension": "'{given}' is not a way to count ({known})",
    "report.dimension_not_available": "the {report} report cannot be split by {dimension} (only by {known})",
    "report.dimension_count": "give one way to count, or two different ones",
    "report.period_too_long": "a report covers at most {years} years",
}

PHRASES: dict[str, str] = {
    "report.how_returns": "Each person counts once, under their last outcome in the period (on one day, travelling "
                          "outranks the others): someone who withdrew, decided again and travelled counts as "
                          "travelled. Events count in the month, country, age group and vulnerabilities of their own "
                          "day; a person with several vulnerabilities counts under each, once in the totals.",
    "report.how_reintegration": "A package counts as allocated on the day its allocation was accepted (unless "
                                "cancelled since) and as delivered on the day it was handed over, under the person it "
                                "went to on that day. A person or household with several packages counts once in a "
                                "total; amounts are in euros, in kind and cash together.",
    "report.how_monitoring": "A follow-up counts in the month it fell due, once it has fallen due, whoever it is "
                             "assigned to; escalated: missed and followed by a second attempt or a field visit. "
                             "Incidents count in the month they were reported. Scores are the mean (1 to 5) of the "
                             "follow-ups done that recorded one.",
    # The printed report (planning.documents.report_document), in the office's language
    "report.title_returns": "Returns report",
    "report.title_reintegration": "Reintegration report",
    "report.title_monitoring": "Monitoring report",
    "report.subtitle": "{start} to {end} · by {by}",
    "report.drawn_up": "Figures drawn up on {day}.",
    "report.every_count": "Every count is shown: this report is not meant for sharing.",
    "report.overview": "Overview by {dimension}",
    "report.by_two": "by {down} and {across}",
    "report.total": "Total",
    "report.by_one": "by {dimension}",
    "report.budgets": "Budgets and spending (euros)",
    "report.funding_line": "Funding line",
    "report.country": "Country",
    "report.all_countries": "All countries",
    "report.budget_period": "Budget period",
    "report.budget": "Budget",
    "report.delivered_in_period": "Delivered in the period",
    "report.delivered_to_date": "Delivered to date",
    "report.committed": "Committed",
    "report.remaining": "Remaining",
    "report.no_budget": "No budget covers the period.",
    "report.how_counted": "How it was counted",
    "report.suppressed_note": "Cells standing for fewer than {n} people or records are shown as “<{n}” "
                              "(statistical disclosure control).",
}

messages.register(__name__, ERRORS, PHRASES, fields={"report": "report"})
