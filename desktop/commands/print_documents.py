"""`homeward print KIND REF -o FILE.pdf`, `homeward print travel-letters --movement M -o DIR`, `homeward office`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.session import open_store
from monitoring import visit_form
from planning.documents import catalogue, office, travel_letter
from planning.documents.catalogue import DocumentKind
from planning.documents.signing import office_public_key
from planning.documents.texts import OFFICE_LANGUAGES
from planning.errors import ValidationError
from planning.private_files import private_folder, write_private
from planning.storage.store import Store

BATCH = "travel-letters"
#: Planning's documents and monitoring's visit form (the compliance report and day plans have their own commands).
KINDS = {**catalogue.KINDS, visit_form.KIND: DocumentKind(visit_form.KIND, "Monitoring visit form",
                                                           "follow-up number", visit_form.print_visit_form)}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "print", help="print a document to PDF (each carries a verification code)",
        description="Print one document to a PDF file, or every travel letter of a movement into a folder. "
                    + "; ".join(f"{name}: REF is a {kind.subject}" for name, kind in KINDS.items()) + ".",
    )
    parser.add_argument("kind", metavar="KIND", choices=[*KINDS, BATCH],
                        help=f"one of {', '.join([*KINDS, BATCH])}")
    parser.add_argument("reference", metavar="REF", nargs="?", help="case reference, movement code or country code")
    parser.add_argument("--movement", metavar="M", help=f"for {BATCH}: the movement (code or id)")
    parser.add_argument("-o", "--output", metavar="PATH", type=Path, required=True,
                        help=f"the PDF file to write (for {BATCH}: a folder)")
    parser.set_defaults(handler=run_print)

    settings = sub.add_parser("office", help="the office printed on the letterhead of every document")
    actions = settings.add_subparsers(dest="office_command", metavar="ACTION", required=True)
    actions.add_parser("show", help="show the stored office").set_defaults(handler=run_office_show)
    change = actions.add_parser("set", help="store the office's name, contacts, language and logo (a field not "
                                            "given keeps its stored value; '' empties it)")
    change.add_argument("--name", help="the office's name, as printed (needed the first time)")
    change.add_argument("--address", help="postal address; '\\n' separates lines")
    change.add_argument("--phone")
    change.add_argument("--email")
    change.add_argument("--emergency-phone", help="answered at any hour while returnees travel")
    change.add_argument("--signatory-name", help="who signs travel letters for the office")
    change.add_argument("--signatory-title", help="their title, printed under their name")
    change.add_argument("--language", choices=OFFICE_LANGUAGES,
                        help="language of the office (en for a new office)")
    change.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG shown in the letterhead")
    change.add_argument("--no-logo", action="store_true", help="remove the stored logo")
    change.add_argument("--smallest-count", type=int, metavar="N", dest="smallest_shown",
                        help="reports meant for sharing show a cell standing for fewer than N people or records as "
                             "'<N' (0 or 1: every count; default: keep the stored one, 5 for a new office)")
    change.set_defaults(handler=run_office_set)
    key = actions.add_parser("public-key", help="the office's public key, which checks the signature of every "
                                                "document's QR code: publish it, give it to border offices")
    key.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the key (PEM) to FILE")
    key.set_defaults(handler=run_office_public_key)


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing, readable by its owner only (`planning.private_files`)."""
    write_private(path, data)


def run_print(args: argparse.Namespace) -> int:
    if args.kind == BATCH:
        if not args.movement:
            raise ValidationError("--movement", "argument.batch_movement", batch=BATCH)
        store = open_store(args.db)
        try:
            return print_batch(store, args.movement, args.output)
        finally:
            store.engine.dispose()
    if not args.reference or not args.reference.strip():
        raise ValidationError("REF", "argument.subject_needed", kind=args.kind, subject=KINDS[args.kind].subject)
    if args.output.is_dir():
        raise ValidationError("--output", "argument.output_is_folder", str(args.output), path=str(args.output))
    store = open_store(args.db)
    try:
        printed = KINDS[args.kind].produce(store, args.reference)
    finally:
        store.engine.dispose()
    write_atomically(args.output, printed.pdf)
    print(f"{args.output}: {KINDS[args.kind].title} {printed.reference}, verification code {printed.code}")
    return 0


def print_batch(store: Store, movement: str, folder: Path) -> int:
    """Every travel letter of the movement into `folder`; 1 if any household was skipped."""
    if folder.exists() and not folder.is_dir():
        raise ValidationError("--output", "argument.output_is_file", str(folder), path=str(folder))
    references = travel_letter.booked_cases(store, movement)
    if not references:
        print(f"No household is booked on {movement}.")
        return 0
    private_folder(folder)
    written = skipped = 0
    for outcome in travel_letter.travel_letters(store, movement):
        if outcome.printed is None:
            skipped += 1
            refused = outcome.refused
            print(f"skipped {outcome.reference}: [{refused.key}] {refused.message}" if refused is not None
                  else f"skipped {outcome.reference}")
            continue
        target = folder / f"travel-letter-{outcome.reference}.pdf"
        write_atomically(target, outcome.printed.pdf)
        written += 1
        print(f"{target}: {outcome.printed.code}")
    print(f"{written} travel letter{'s' if written != 1 else ''} written, {skipped} household"
          f"{'s' if skipped != 1 else ''} skipped")
    return 1 if skipped else 0


def run_office_show(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        with store.reading() as session:
            head = office.letterhead(session)
    finally:
        store.engine.dispose()
    for label, value in (("Name", head.name), ("Address", (head.address or "").replace("\n", ", ")),
                         ("Phone", head.phone), ("E-mail", head.email), ("Emergency", head.emergency_phone),
                         ("Signatory", ", ".join(p for p in (head.signatory_name, head.signatory_title) if p)),
                         ("Language", head.language), ("Logo", f"{len(head.logo)} bytes" if head.logo else None),
                         ("Reports", f"counts under {head.smallest_shown} shown as <{head.smallest_shown} when shared"
                          if head.smallest_shown > 1 else "every count shown when shared")):
        print(f"{label + ':':<11}{value or '—'}")
    return 0


def run_office_set(args: argparse.Namespace) -> int:
    logo = None
    if args.logo is not None:
        try:
            logo = args.logo.read_bytes()
        except OSError as exc:
            raise ValidationError("--logo", "argument.logo_unreadable", str(args.logo), path=str(args.logo),
                                  reason=exc.strerror or str(exc)) from None
    store = open_store(args.db)
    try:
        with store.reading() as session:
            stored = office.letterhead(session)
        if args.name is None and not stored.saved:
            raise ValidationError("--name", "argument.office_name_needed")

        def given(value: str | None, kept: str | None) -> str | None:
            return kept if value is None else value

        address = args.address.replace("\\n", "\n") if args.address is not None else stored.address
        draft = office.OfficeDraft(
            name=given(args.name, stored.name) or "", address=address, phone=given(args.phone, stored.phone),
            email=given(args.email, stored.email), emergency_phone=given(args.emergency_phone, stored.emergency_phone),
            language=args.language or stored.language, logo=logo,
            signatory_name=given(args.signatory_name, stored.signatory_name),
            signatory_title=given(args.signatory_title, stored.signatory_title), smallest_shown=args.smallest_shown,
            logo_filename=args.logo.name if args.logo is not None else None, keep_logo=not args.no_logo,
        )
        office.save_office(store, draft)
    finally:
        store.engine.dispose()
    print(f"Office saved: {draft.name}")
    return 0


def run_office_public_key(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        key = office_public_key(store)
    finally:
        store.engine.dispose()
    if args.output is not None:
        args.output.write_text(key.pem, encoding="ascii")
        print(f"{args.output}: the office's public key {key.display_id}")
    else:
        print(f"# The office's document key {key.display_id}\n{key.pem}", end="")
    return 0
