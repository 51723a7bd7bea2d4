"""The readiness check's reasons and safeguard headings in the interface language.

A reason carries its code and the values of its text (`Reason.params`); the English templates of
each code (`planning/readiness/texts.py`) are repeated here, marked for translation, and filled with
those values as the interface writes them: dates and numbers in the interface locale, vocabulary
words as the interface names them, names and references as they are. A code unknown here shows
the English text the check wrote.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.i18n import QT_TR_NOOP, current_locale, right_to_left, tr
from desktop.labels import day, label, number
from planning.readiness.reasons import Reason, Safeguard
from planning.readiness.texts import Params, Phrase, Value

HEADINGS = {
    Safeguard.S1: QT_TR_NOOP("Voluntariness"),
    Safeguard.S2: QT_TR_NOOP("Refusal stops everything"),
    Safeguard.S3: QT_TR_NOOP("No force, ever"),
    Safeguard.S4: QT_TR_NOOP("Protection claims are referred, not decided"),
    Safeguard.S5: QT_TR_NOOP("Readmission assurance"),
    Safeguard.S6: QT_TR_NOOP("No-punishment guarantee"),
    Safeguard.S7: QT_TR_NOOP("Monitoring authorisation"),
    Safeguard.S8: QT_TR_NOOP("Advisories"),
    Safeguard.S9: QT_TR_NOOP("Breach escalation"),
    Safeguard.S10: QT_TR_NOOP("Travel readiness"),
}

#: The message and the resolution of each reason code, as `planning.readiness.texts.TEXTS` words them.
TEXTS = {
    # S1 Voluntariness
    "S1.no_declaration": (
        QT_TR_NOOP("{person} has no recorded decision to return"),
        QT_TR_NOOP("Counsel {person} and record their informed declaration")),
    "S1.uninformed": (
        QT_TR_NOOP("The declaration of {declared_on} by {person} does not record the counsellor, the language "
                   "and the information given"),
        QT_TR_NOOP("Record a new informed declaration for {person}")),
    "S1.stale": (
        QT_TR_NOOP("{person}'s decision was last expressed on {expressed_on}, more than {days} days before {on}"),
        QT_TR_NOOP("Reconfirm {person}'s decision within {days} days of travel")),
    "S1.not_reconfirmed": (
        QT_TR_NOOP("{person} has not reconfirmed the decision on the day of departure ({on})"),
        QT_TR_NOOP("Ask {person} at check-in and record the reconfirmation")),
    "S1.no_best_interests": (
        QT_TR_NOOP("{person} is an unaccompanied minor with no best-interests decision"),
        QT_TR_NOOP("Record a best-interests determination for {person}")),
    "S1.not_in_best_interests": (
        QT_TR_NOOP("The best-interests determination of {decided_on} found return is not in {person}'s best "
                   "interests"),
        QT_TR_NOOP("Only a new best-interests determination finding return in the child's interests can lift "
                   "this")),
    "S1.reception_unconfirmed": (
        QT_TR_NOOP("No reception arrangement is confirmed for {person} in the country of return"),
        QT_TR_NOOP("Confirm who receives {person} on arrival and record the confirmation")),
    # S2 Refusal stops everything
    "S2.refused": (
        QT_TR_NOOP("{person} refused on {occurred_on}; the whole household is out of every planned movement and "
                   "back in counselling"),
        QT_TR_NOOP("Counsel the household again; only a new declaration by {person} after that counselling lifts "
                   "this")),
    "S2.withdrawn": (
        QT_TR_NOOP("{person} withdrew on {occurred_on}; the whole household is out of every planned movement and "
                   "back in counselling"),
        QT_TR_NOOP("Counsel the household again; only a new declaration by {person} after that counselling lifts "
                   "this")),
    # S3 No force, ever
    "S3.force_needed": (
        QT_TR_NOOP("On {occurred_on} it was recorded that physical force would be needed to move {person}; the "
                   "organisation's involvement has ended"),
        QT_TR_NOOP("None: the case can never be scheduled again")),
    # S4 Protection claims are referred, not decided
    "S4.protection_granted": (
        QT_TR_NOOP("{person} was found to need international protection ({reference})"),
        QT_TR_NOOP("None: a person in need of protection is not returned")),
    "S4.not_referred": (
        QT_TR_NOOP("{person} expressed a fear of return on {raised_on}; the case is on hold"),
        QT_TR_NOOP("Refer the claim to the national asylum authority or UNHCR")),
    "S4.pending": (
        QT_TR_NOOP("{person}'s protection claim was referred on {referred_on} and awaits a decision"),
        QT_TR_NOOP("Record the authority's final decision")),
    "S4.no_fresh_decision": (
        QT_TR_NOOP("After the final negative decision of {decided_on} on {person}'s claim, no new voluntary "
                   "decision has been recorded"),
        QT_TR_NOOP("Counsel {holder} and record a new declaration dated after {decided_on}")),
    # S5 Readmission assurance
    "S5.no_readmission": (
        QT_TR_NOOP("No readmission assurance from {country} covers {person} on {on}: {why}"),
        QT_TR_NOOP("Obtain a readmission assurance from {country} covering {person} ({nationality} national) "
                   "valid on the travel date")),
    # S6 No-punishment guarantee
    "S6.no_guarantee": (
        QT_TR_NOOP("{country} punishes irregular exit and no guarantee of non-punishment covers {person} on {on}: "
                   "{why}"),
        QT_TR_NOOP("Obtain {country}'s guarantee that returnees are not punished for leaving irregularly, valid on "
                   "the travel date (or record that the exit was regular)")),
    # S7 Monitoring authorisation
    "S7.no_authorisation": (
        QT_TR_NOOP("{country} has given no monitoring authorisation valid on {on}"),
        QT_TR_NOOP("Obtain {country}'s authorisation to monitor returnees")),
    "S7.active_needed": (
        QT_TR_NOOP("{person}'s profile calls for active monitoring, but {country} authorises only passive "
                   "monitoring"),
        QT_TR_NOOP("Obtain {country}'s authorisation for active monitoring")),
    # S8 Advisories
    "S8.suspended": (
        QT_TR_NOOP("Returns to {where} are suspended by {issued_by} {until}: {summary}"),
        QT_TR_NOOP("Wait until the advisory is lifted or ends")),
    "S8.suspended_profile": (
        QT_TR_NOOP("Returns of {profile} to {where} are suspended by {issued_by} {until}: {summary}"),
        QT_TR_NOOP("Wait until the advisory is lifted or ends")),
    # S9 Breach escalation
    "S9.under_review": (
        QT_TR_NOOP("{country}'s assurances ({kinds}) are under review after a reported breach"),
        QT_TR_NOOP("A coordinator with the review role must record the review decision for {country}")),
    # S10 Travel readiness
    "S10.no_document": (
        QT_TR_NOOP("{person} holds no travel document valid on {on}: {why}"),
        QT_TR_NOOP("Record a valid passport or emergency travel document for {person}")),
    "S10.no_clearance": (
        QT_TR_NOOP("{person} has medical needs and no fit-to-travel clearance valid on {on}: {why}"),
        QT_TR_NOOP("Record a fit-to-travel clearance for {person} valid on the travel date")),
    "S10.medical_escort": (
        QT_TR_NOOP("{needed} member(s) need a medical escort; the booking holds {booked}"),
        QT_TR_NOOP("Reserve medical escort places on the movement")),
    "S10.minor_escort": (
        QT_TR_NOOP("{needed} minor(s) need an escort; the booking holds {booked}"),
        QT_TR_NOOP("Reserve escort places for minors on the movement")),
}

#: The wordings of parts of a reason (`planning.readiness.texts.PHRASES`): (template, disambiguation).
PHRASES: dict[str, tuple[str, str | None]] = {
    "assurance_later": (QT_TR_NOOP("the assurance {reference} only takes effect on {valid_from}"), None),
    "assurance_expired": (QT_TR_NOOP("the assurance {reference} expired on {valid_to}"), None),
    "assurance_requested": (QT_TR_NOOP("the assurance {reference} has been requested but not given"), None),
    "no_assurance": (QT_TR_NOOP("none is recorded", "no assurance"), "no assurance"),
    "document_expired": (QT_TR_NOOP("the {document} expires on {valid_until}"), None),
    "no_document": (QT_TR_NOOP("none is recorded", "no travel document"), "no travel document"),
    "unfit": (QT_TR_NOOP("assessed unfit to travel on {assessed_on}"), None),
    "clearance_expired": (QT_TR_NOOP("the clearance ran out on {valid_until}"), None),
    "no_clearance": (QT_TR_NOOP("no clearance is recorded"), None),
    "country_region": (QT_TR_NOOP("{country}, {region}"), None),
    "until": (QT_TR_NOOP("until {date}"), None),
    "no_end_date": (QT_TR_NOOP("with no end date"), None),
    "decision_recorded": (QT_TR_NOOP("decision recorded"), None),
}


#: Names, references and places up to this length stay on one line in right-to-left text.
UNBROKEN = 32


def heading(safeguard: Safeguard) -> str:
    """'Voluntariness', 'Readmission assurance'… in the interface language."""
    return tr(HEADINGS[safeguard]) if safeguard in HEADINGS else safeguard.heading


def message(reason: Reason) -> str:
    """What stops the case, in the interface language."""
    templates = TEXTS.get(reason.code)
    return reason.message if templates is None else _text(templates[0], None, reason.params, reason.message)


def resolution(reason: Reason) -> str:
    """What would resolve it, in the interface language."""
    templates = TEXTS.get(reason.code)
    return reason.resolution if templates is None else _text(templates[1], None, reason.params, reason.resolution)


def line(reason: Reason) -> str:
    """'S5: <message>', as lists of reasons name them (the movement planner, errors)."""
    return tr("{safeguard}: {message}").format(safeguard=reason.safeguard.value, message=message(reason))


def english(reason: Reason) -> tuple[str, str]:
    """The English templates of the reason filled as the interface fills them (for tests: with no
    locale installed they give back the check's own text)."""
    templates = TEXTS[reason.code]
    return _fill(templates[0], reason.params), _fill(templates[1], reason.params)


def _text(template: str, disambiguation: str | None, params: Params, fallback: str) -> str:
    try:
        return _fill(tr(template, disambiguation), params)
    except (KeyError, IndexError, ValueError):  # a translation that lost or misspelled a placeholder
        try:
            return _fill(template, params)
        except (KeyError, IndexError, ValueError):
            return fallback


def _fill(template: str, params: Params) -> str:
    return template.format_map({name: _value(value) for name, value in params})


def _value(value: Value) -> str:
    if isinstance(value, Phrase):
        if value.key not in PHRASES:
            return ""
        template, disambiguation = PHRASES[value.key]
        return _text(template, disambiguation, value.params, "")
    if isinstance(value, StrEnum):
        word = label(value)
        return word[:1].lower() + word[1:]
    if isinstance(value, tuple):
        words = [_value(v) for v in value]
        locale = current_locale()
        return locale.createSeparatedList(words) if locale is not None else ", ".join(words)
    if isinstance(value, date):
        written = day(value)
        # Right to left the locale's date holds direction marks, where lines would otherwise break.
        return "\u2060".join(written) if right_to_left() else written
    if value is None:
        return "None" if current_locale() is None else "—"
    if isinstance(value, int):
        return number(value)
    if right_to_left() and len(value) <= UNBROKEN:
        # A name or a reference broken over two lines of right-to-left text puts its hyphen or slash on the
        # wrong side: kept whole.
        return value.replace(" ", "\u00a0").replace("-", "-\u2060").replace("/", "/\u2060")
    return value
