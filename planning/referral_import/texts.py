"""The words of a referral import's report: what is wrong with the file, a column, a row or a field.

A key names what is wrong (`referral_file.empty`, `referral_row.no_head`); `{name}` marks where a value goes.
The interface translates the same templates and fills them with the values in its language; the command
line prints the English.
"""

from __future__ import annotations

from planning import messages

#: How dates may be written in a referral list (said in the messages about dates).
FORMATS = "YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY"

ERRORS: dict[str, str] = {
    # The file as a whole (planning.referral_import.reading)
    "referral_file.too_large": "the file is {size} MB; referral lists over {most} MB are not accepted — split it",
    "referral_file.unreadable": "cannot read the file: {reason}",
    "referral_file.empty": "the file is empty",
    "referral_file.old_excel": "this is an old binary Excel file (.xls); save it as .xlsx or CSV and try again",
    "referral_file.bad_encoding": "the file starts as {encoding} but is not valid {encoding} text; save it again "
                                  "as UTF-8 CSV",
    "referral_file.binary": "this is not a text (CSV) file: it holds binary data; export the list as CSV (UTF-8) "
                            "or XLSX",
    "referral_file.unknown_encoding": "the text encoding is not recognised (byte {byte} at position {position}); "
                                      "save the list as UTF-8 CSV",
    "referral_file.nul": "the file is full of NUL characters, so it is not a CSV list; export it again as CSV",
    "referral_file.too_many_rows": "the file has more than {most} rows; split it into smaller lists",
    "referral_file.malformed": "the CSV is malformed near line {line}: {reason}",
    "referral_file.unreadable_workbook": "this is not a readable XLSX workbook ({error}); open it in a spreadsheet "
                                         "program and save it again as .xlsx or CSV",
    "referral_file.damaged_workbook": "the workbook is damaged ({error}); save it again as .xlsx or CSV",
    "referral_file.no_sheets": "the workbook has no sheets",
    "referral_file.unreadable_sheet": "sheet '{sheet}' cannot be read ({error}); save the workbook again as .xlsx "
                                      "or CSV",
    "referral_file.every_sheet_empty": "every sheet of the workbook is empty",
    "referral_file.sheet_empty": "the sheet '{sheet}' is empty",
    "referral_file.sheet_too_many_rows": "the sheet has more than {most} rows; split it into smaller lists",
    "referral_file.no_rows": "the file has no rows",
    "referral_file.too_many_columns": "the file has more than {most} columns; is this a referral list?",
    "referral_file.no_data_rows": "the file has a heading row but no data rows",
    "referral_file.empty_sheets_skipped": "read sheet '{sheet}'; the empty sheets before it were skipped",
    "referral_file.other_sheets": "only sheet '{sheet}' was read; the workbook has {sheets} sheets",
    "referral_file.dates_day_first": "{dates} such as 03/04/1990 read day first (DD/MM/YYYY); if the file writes "
                                     "them the other way, change the date order",
    "referral_file.dates_month_first": "{dates} such as 03/04/1990 read month first (MM/DD/YYYY); if the file "
                                       "writes them the other way, change the date order",
    # A cell that is not read (planning.referral_import.reading)
    "referral_cell.formula": "is a formula; type the value itself",
    "referral_cell.too_long": "is {length} characters long (at most {most} are accepted)",
    "referral_cell.formula_like": "looks like a spreadsheet formula; type the value itself",
    # Which column holds what (planning.referral_import.mapping)
    "referral_mapping.not_a_field": "'{given}' is not a field; fields are {fields} (or - to ignore a column)",
    "referral_mapping.no_column": "the file has no column '{wanted}'; its columns are {columns}",
    "referral_mapping.unmapped": "no column is mapped to {fields}; choose the column that holds it",
    # A value of a field (planning.referral_import.values)
    "referral_value.two_digit_year": f"'{{text}}' has a two-digit year; write the year in full ({FORMATS})",
    "referral_value.not_a_date": f"'{{text}}' is not a date; write {FORMATS}",
    "referral_value.impossible_date": "'{text}' is an impossible date: {reason}",
    "referral_value.impossible_date_month_first": "'{text}' is an impossible date: {reason}; the file may write "
                                                  "dates month first — choose the month-first date order",
    "referral_value.impossible_date_day_first": "'{text}' is an impossible date: {reason}; the file may write "
                                                "dates day first — choose the day-first date order",
    "referral_value.not_a_sex": "'{text}' is not a sex; write F, M or X (female, male, other)",
    "referral_value.not_a_relationship": "'{text}' is not a relationship to the head of household",
    "referral_value.not_a_vulnerability": "'{text}' is not a vulnerability Homeward records",
    "referral_value.unknown_language": "unknown language '{word}'; write an ISO code such as ar or ps, or the "
                                       "language's name",
    # A row, or a field of it (planning.referral_import.validate)
    "referral_row.cell_refused": "the cell {refusal}",
    "referral_row.empty": "is empty",
    "referral_row.born_in_future": "{born} is in the future",
    "referral_row.born_too_early": "{born} would make the person older than 125",
    "referral_row.read_day_first": "{text} read as {day} {month} (day first)",
    "referral_row.read_month_first": "{text} read as {day} {month} (month first)",
    "referral_row.not_an_email": "'{text}' is not an e-mail address",
    "referral_row.direction_marks_removed": "invisible direction marks were removed from the name",
    "referral_row.control_characters": "contains control characters",
    "referral_row.no_letters": "'{text}' has no letters; is this column really a name?",
    "referral_row.too_long": "is {length} characters long (at most {most})",
    "referral_row.same_person": "the same person as line {line} (name, date of birth and nationality)",
    "referral_row.relationship_assumed": "no relationship column: recorded as other relative of the head",
    "referral_row.relationship_empty": "is empty; say how this person is related to the head of household",
    "referral_row.head_assumed": "taken as the head: first row of its household and no head named",
    "referral_row.several_heads": "household '{household}' has {count} heads (lines {lines}); keep one",
    "referral_row.no_head": "household '{household}' has no head of household",
    "referral_row.country_from_nationality": "no country of return given: taken from the head's nationality "
                                             "({country})",
    "referral_row.other_country": "{country} differs from the household's country of return ({household_country}); "
                                  "a household travels together",
    "referral_row.minor_alone": "a minor with no adult in the household: record a guardian or whether the minor is "
                                "unaccompanied",
    "referral_row.likely_known_held": "likely already known as {reference} ({name}, born {born}, {nationality}); "
                                      "not imported unless you choose to import it anyway",
    "referral_row.likely_known_imported": "likely already known as {reference} ({name}, born {born}, "
                                          "{nationality}); imported anyway, as you chose",
    "referral_row.held": "not imported: another row of household '{household}' cannot be imported",
    # Importing (planning.referral_import.apply)
    "referral_import.changed": "Since the file was checked, someone else added {people} of it (line {line} is now "
                               "likely known as {reference}); nothing was imported — check the file again",
}

#: Why a date is impossible (what a column can hold is named by its label, `planning.labels`).
PHRASES: dict[str, str] = {
    "referral_date.no_month": "there is no month {month}",
    "referral_date.no_year_zero": "there is no year 0",
    "referral_date.no_day": "{month} has no day {day}",
}

PLURALS: dict[str, tuple[str, str]] = {
    "date_of_birth": ("{n} date of birth", "{n} dates of birth"),
    "person": ("{n} person", "{n} people"),
}

messages.register(__name__, ERRORS, phrases=PHRASES, plurals=PLURALS)
