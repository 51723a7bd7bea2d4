"""`homeward verify CODE|FILE [--public-key PEM] [--offline] [--json]`: whether a printed document holds; `homeward
revoke CODE --reason TEXT`: withdraw one.

CODE is the code printed on the document; FILE a PDF, a scan or a photo of it, whose QR code is read: its
statement's signature is checked with the office's key (with --public-key and --offline, with nothing but
that key: no database is opened), each stated fact is looked for on the PDF's page, and, unless offline, the
facts are set beside the records.

Exit status: 0 it matches, 1 superseded or revoked, 2 unknown (or not a valid code), 3 not genuine: the
signature is not the office's, or the page prints other facts than the QR code states.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands.session import open_store
from monitoring import compliance_report, visit_form
from monitoring.routes import printout
from planning.documents import catalogue
from planning.documents.reading import Reading, check_statement, read_file
from planning.documents.signing import key_id_of, load_public_key, public_keys
from planning.documents.statement import Statement
from planning.documents.verification import Status, Verification, display, revoke, verify
from planning.errors import ValidationError

#: Every module that prints documents: importing them registers their kinds, whose facts `verify` reloads.
PRINTING_MODULES = (catalogue, compliance_report, printout, visit_form)

EXIT = {Status.MATCH: 0, Status.SUPERSEDED: 1, Status.REVOKED: 1, Status.UNKNOWN: 2}
NOT_GENUINE = 3


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("verify", help="check a printed document: its code, or the PDF, scan or photo of it")
    parser.add_argument("code", metavar="CODE|FILE",
                        help="e.g. HW-7K3QX-M2P9A (case, spaces and hyphens do not matter), or a PDF or image file")
    parser.add_argument("--public-key", type=Path, metavar="PEM",
                        help="the office's public key (homeward office public-key) to check the signature with")
    parser.add_argument("--offline", action="store_true",
                        help="with --public-key and a FILE: check with the key alone, without the database")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)
    revoke_parser = sub.add_parser("revoke", help="withdraw an issued document (lost, stolen, issued in error)")
    revoke_parser.add_argument("code", metavar="CODE")
    revoke_parser.add_argument("--reason", required=True, help="why: verification will say it")
    revoke_parser.set_defaults(handler=run_revoke)


def _public_key(path: Path) -> bytes:
    try:
        return load_public_key(path.read_bytes())
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ValidationError("--public-key", "verification.unknown_key", str(path), path=str(path),
                              reason=reason) from None


def run(args: argparse.Namespace) -> int:
    path = Path(args.code)
    if path.is_file():
        return run_file(args, path)
    if args.offline:
        raise ValidationError("--offline", "verification.offline_needs_file", args.code)
    store = open_store(args.db)
    try:
        result = verify(store, args.code)
    finally:
        store.engine.dispose()
    print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) if args.json else render(result))
    return EXIT[result.status]


def run_file(args: argparse.Namespace, path: Path) -> int:
    text, page = read_file(path)
    keys: dict[str, bytes] = {}
    if args.public_key is not None:
        public = _public_key(args.public_key)
        keys[key_id_of(public)] = public
    result: Verification | None = None
    if not args.offline:
        store = open_store(args.db)
        try:
            with store.reading() as session:
                keys.update({key_id: key.public_key for key_id, key in public_keys(session).items()})
            result = verify(store, Statement.parse(text).code)
        finally:
            store.engine.dispose()
    reading = check_statement(text, keys, page)
    genuine = reading.signature_valid is True and not reading.not_on_page
    if args.json:
        print(json.dumps({"signature_valid": reading.signature_valid, "not_on_page": list(reading.not_on_page),
                          "page_read": reading.page_read, "statement": dict(reading.statement.fields()),
                          "records": result.as_dict() if result is not None else None},
                         indent=2, ensure_ascii=False))
    else:
        print(render_reading(reading))
        if result is not None:
            print(render(result))
    if not genuine:
        return NOT_GENUINE
    return EXIT[result.status] if result is not None else 0


def render_reading(reading: Reading) -> str:
    statement = reading.statement
    if reading.signature_valid is None:
        verdict = (f"SIGNATURE NOT CHECKED: no public key for {statement.key} (give the office's key with "
                   "--public-key)")
    elif reading.signature_valid:
        verdict = f"SIGNATURE VALID: signed with the office key {statement.key}"
    else:
        verdict = f"SIGNATURE INVALID: the QR code was not signed by the office key {statement.key} as it reads"
    lines = [f"{statement.code}: the QR code states", *(f"  {name}: {value}" for name, value in statement.fields()),
             verdict]
    if reading.page_read:
        if reading.not_on_page:
            lines.append("NOT GENUINE: the page does not print what its QR code states: "
                         + ", ".join(reading.not_on_page))
        else:
            lines.append("The page prints every fact its QR code states.")
    else:
        lines.append("Compare each fact above with the page by eye: an image's text is not read.")
    return "\n".join(lines)


def run_revoke(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        result = revoke(store, args.code, args.reason)
    finally:
        store.engine.dispose()
    print(render(result))
    return 0


def render(result: Verification) -> str:
    if result.status is Status.UNKNOWN:
        return f"{result.display_code}: UNKNOWN: no document with this code was issued from this database"
    head = (f"{result.display_code}: {result.kind} for {result.subject}, issued on {result.issued_on} "
            f"by {result.issued_by}")
    if result.status is Status.MATCH:
        return f"{head}\nMATCH: the document says what the records say"
    verdict = "REVOKED" if result.status is Status.REVOKED else "SUPERSEDED"
    lines = [head, f"{verdict}: do not rely on this document"]
    lines += [f"  - {reason}" for reason in result.reasons]
    if result.superseded_by:
        lines.append(f"  the current issue is {display(result.superseded_by)}")
    differing = [fact for fact in result.facts if fact.differs]
    if differing:
        lines.append("  the document states, the records say:")
        lines += [f"    {fact.name}: {fact.stated or '—'} | {fact.records or '—'}" for fact in differing]
    return "\n".join(lines)
