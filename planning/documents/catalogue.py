"""The documents planning prints, by their command-line name; importing this registers them all for `verify`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from planning.documents import assurance_summary, declaration, manifest, travel_letter, voucher
from planning.documents.printing import Printed
from planning.storage.store import Store


@dataclass(frozen=True)
class DocumentKind:
    name: str
    title: str
    #: What REF names: 'case reference', 'movement code or id', 'country code'.
    subject: str
    produce: Callable[[Store, str], Printed]


KINDS = {kind.name: kind for kind in (
    DocumentKind(declaration.KIND, "Declaration of voluntary return", "case reference",
                 declaration.print_declaration),
    DocumentKind(travel_letter.KIND, "Travel letter", "case reference", travel_letter.print_travel_letter),
    DocumentKind(manifest.KIND, "Movement manifest", "movement code or id", manifest.print_manifest),
    DocumentKind(assurance_summary.KIND, "Country assurance summary", "country code",
                 assurance_summary.print_assurance_summary),
    DocumentKind(voucher.KIND, "Reintegration voucher or handover certificate", "package allocation number",
                 voucher.print_voucher),
)}
