"""Printed documents: the official page, mixed-script text, and a verification code on every document.

How a module prints a document of its own (e.g. monitoring's compliance report)::

    from planning.documents import layout, verification
    from planning.documents.printing import issue_pdf

    KIND = "compliance-report"

    def _facts(session, subject):            # everything the document prints, as plain values,
        ...                                  # reloaded from the records; None if the subject is gone

    verification.register_kind(KIND, _facts) # once, at import: lets `verify` recheck the facts

    def compliance_report(store, country):
        with store.transaction() as session: # one transaction: the issue is recorded only if the PDF renders
            facts = _facts(session, country)
            if facts is None: raise NotFoundError("country", country)
            story = [layout.heading("Follow-ups"), layout.table(header, rows, widths), layout.para(text)]
            printed = issue_pdf(session, store, kind=KIND, prefix="CR", subject=country, facts=facts,
                                title="Country compliance report", story=story)
        return printed.pdf                   # printed.code is the 'HW-XXXXX-XXXXX' printed on it

Text in any bundled script goes through `layout.para` / `layout.table` / `layout.fields` (they
shape Arabic script and pick a font per run); `texts.say(key, language)` gives the wording from
resources/documents/texts.json; `texts.format_date` a date for a language. `verification.verify`
answers match / superseded / unknown for a code; `homeward verify CODE` on the command line.
The documents of planning itself are in `planning.documents.catalogue`.
"""
