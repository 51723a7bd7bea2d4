"""Printed documents: the official page, mixed-script text, and a verification code on every document.

How a module prints a document of its own (e.g. monitoring's compliance report)::

    from planning.documents import layout, verification
    from planning.documents.printing import issue_pdf

    KIND = "compliance-report"

    def _facts(session, subject):            # everything the document prints, as plain JSON values
        ...                                  # (verification.plain), reloaded from the records;
                                             # None if the subject is gone

    verification.register_kind(KIND, _facts) # once, at import: lets `verify` recheck the facts

    def compliance_report(store, country):
        with store.transaction() as session: # one transaction: the issue is recorded only if the PDF renders
            facts = _facts(session, country)
            if facts is None: raise NotFoundError("country", country)
            story = [layout.heading("Follow-ups"), layout.table(header, rows, widths), layout.para(text)]
            printed = issue_pdf(session, store, kind=KIND, prefix="CR", subject=country, facts=facts,
                                title="Country compliance report", story=story)
        return printed.pdf                   # printed.code is the 'HW-XXXXX-XXXXX' printed on it

Print only what is in the facts: the code vouches for them, and `verify` says *superseded* as soon
as the records no longer give the same facts (so leave out what changes without changing the
document's meaning, such as a booking's status). Add the module to `desktop.commands.verify`'s
`PRINTING_MODULES` so the command line can check its codes.

- `layout`: `render(letterhead, Meta, story)`, and `para`, `heading`, `fields`, `table`,
  `signature_lines`, `CheckBox` for the story; text in any bundled script (`text.MixedText`).
- `fonts`: the bundled Noto fonts, Arabic script shaped and put in visual order, a font per run.
- `texts`: the wording in each language (resources/documents/texts.json), `say(key, language)`,
  `format_date(day, language)`; a missing text is printed in English, marked "[English]".
- `bilingual.Languages`: side-by-side columns in the office's and the returnee's language.
- `office`: the stored office profile on the letterhead (`homeward office set`).
- `verification`: issue records, codes, `verify(store, code)` -> match / superseded / unknown.
- `catalogue.KINDS`: planning's own documents (declaration, travel letter, manifest, assurance
  summary, voucher) by their command-line name.
"""

from planning.documents import texts as texts
