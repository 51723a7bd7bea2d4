"""`homeward self-test [--json]`: does this installation work here? Each part Homeward needs, tried on throwaway data.

It opens a new encrypted database in a temporary folder (its key in the OS keychain, or, with no keychain, a
passphrase, as the app would ask for one: never a file keyring), brings it to the current schema, plans a small
synthetic week with CP-SAT (in a solver process, as the app plans) and a small round of visits with OR-Tools'
routing, prints a travel letter in English and Arabic to PDF and reads it back (its text, and its QR code's signed
statement), starts Qt's platform plugin, loads the interface's catalogues and shows the main window on the
throwaway database. It touches nothing of the user's: the database, its key and the letter are removed at the end.
Exit status 0 when every check passes, 1 when one fails (it is named, with why).

`--window DB` shows the window on DB instead, only where no account can sign in yet (a database `homeward demo`
filled; commands act there as `system` too), and `--json` says when it was shown: tests/bundle/check_bundle.sh and
tests/benchmarks/bench_bundle.py start the frozen app this way. `--only CHECK` runs the named checks alone.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from planning.errors import ValidationError

#: The case the travel letter is printed for, and its household: a name written in Arabic, with its Latin spelling.
LETTER_CASE = "C-2026-00001"
ARABIC_NAME = "ليلى حسن"
LATIN_NAME = "Layla Hassan"
#: The Arabic column of the letter's instructions holds far more letters than this.
MIN_ARABIC_LETTERS = 200
#: Arabic letters, and the presentation forms a shaped PDF's text may hold instead.
ARABIC_SCRIPT = (("\u0600", "\u06ff"), ("\ufb50", "\ufdff"), ("\ufe70", "\ufeff"))


@dataclass
class Context:
    """What the checks share: the temporary folder, and the database once it is open."""

    folder: Path
    platform: str | None
    #: `--window DB`: the database the window opens on (else the throwaway one).
    window_db: str | None = None
    engine: object | None = None
    key_in_keychain: Path | None = None
    window_engine: object | None = None
    #: When the main window was shown (seconds since the epoch: a caller that started the process compares).
    window_shown_at: float | None = None
    versions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    check: str
    passed: bool
    detail: str
    seconds: float


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("self-test", help="check that this installation works here: database, planner, "
                                              "routes, PDF, Qt and translations, on throwaway data")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--platform", metavar="NAME",
                        help="the Qt platform plugin to load (default $QT_QPA_PLATFORM, else offscreen where "
                             "there is no display, else the system's)")
    parser.add_argument("--window", metavar="DB",
                        help="open the main window on DB instead of the throwaway database (one where no account "
                             "can sign in yet, as `homeward demo` leaves it), and say when it was shown")
    parser.add_argument("--only", metavar="CHECK", action="append", default=[],
                        help="run only this check (repeatable): " + ", ".join(name for name, _check in CHECKS))
    parser.set_defaults(handler=run)


# --- the checks ------------------------------------------------------------------------------------------------


def check_database(context: Context) -> str:
    """A new SQLCipher database, its key in the OS keychain or (without one) a passphrase."""
    import sqlcipher3
    from sqlalchemy import text

    from planning.security import keychain
    from planning.storage.engine import open_engine
    from planning.storage.location import resolve

    path = context.folder / "self-test.db"
    asked: list[bool] = []

    def passphrase(_path: Path, _new: bool) -> str:
        asked.append(True)
        return secrets.token_urlsafe(24)  # held in memory only, as a typed passphrase would be

    engine = open_engine(resolve(str(path)), passphrase)
    context.engine = engine
    with engine.connect() as conn:
        cipher = conn.execute(text("PRAGMA cipher_version")).scalar()
        conn.execute(text("CREATE TABLE probe (value TEXT)"))
        conn.execute(text("INSERT INTO probe VALUES ('written')"))
        read = conn.execute(text("SELECT value FROM probe")).scalar()
        conn.execute(text("DROP TABLE probe"))
    if not cipher:
        raise RuntimeError("the SQLite library is not SQLCipher: the database would not be encrypted")
    if read != "written":
        raise RuntimeError("a row written to the database did not read back")
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError("the database file is not encrypted")
    context.versions["SQLCipher"] = str(cipher)
    context.versions["SQLite"] = str(sqlcipher3.sqlite_version)
    if asked:
        refused = keychain.refused()
        why = (f"the keyring backend {refused} is not an OS keychain and is not used" if refused
               else "the OS keychain cannot be reached")
        return (f"no keychain: {why}; the app will ask for a passphrase for its database (encrypted file "
                f"opened with a passphrase, SQLCipher {cipher})")
    context.key_in_keychain = path
    backend = ", ".join(keychain.name_of(link) for link in keychain.usable())
    return f"encrypted file opened with a new key kept in the OS keychain ({backend}), SQLCipher {cipher}"


def check_migrations(context: Context) -> str:
    """The schema built by Alembic's scripts, up to the newest revision."""
    from sqlalchemy import Engine, inspect

    from planning.storage import migrate

    engine = context.engine
    if not isinstance(engine, Engine):
        raise RuntimeError("the database did not open")
    migrate.upgrade(engine)
    current, head = migrate.current_revision(engine), migrate.head_revision()
    if current != head:
        raise RuntimeError(f"the database is at revision {current}, not at the newest ({head})")
    drift = migrate.pending_diff(engine)
    if drift:
        raise RuntimeError(f"the migrated schema differs from the models: {drift[0]}")
    tables = len(inspect(engine).get_table_names())
    return f"migrated to revision {head}: {tables} tables"


def check_planner(context: Context) -> str:
    """A small synthetic week (40 households) planned with CP-SAT in a solver process, as the app plans (started
    the way the frozen application starts one), the plan checked against every rule."""
    import ortools

    from planning import solver_process
    from planning.scheduling import generator, validator
    from planning.scheduling.outcome import Engine
    from planning.scheduling.solver import plan

    instance = generator.generate("small", seed=1)
    result = solver_process.run(plan, instance, solver="movements", log_folder=context.folder, time_limit=5.0,
                                workers=1, engine=Engine.CP_SAT)
    broken = validator.check(instance, result.assignments)
    if broken:
        raise RuntimeError(f"the plan breaks a rule: {broken[0].message.english()}")
    if not result.assignments:
        raise RuntimeError(f"no household placed (status {result.status})")
    version = str(getattr(ortools, "__version__", "?"))
    context.versions["OR-Tools"] = version
    engines = ", ".join(sorted({report.engine for report in result.countries}))
    return (f"{len(result.assignments)} of {len(instance.cases)} households placed on {len(instance.movements)} "
            f"movements, {result.status} ({engines}, OR-Tools {version}) in {result.wall_seconds:.1f} s, in a solver "
            "process")


def check_routes(context: Context) -> str:
    """A small round of visits (12 households, 2 days) routed by OR-Tools, the routes checked."""
    from monitoring.routes import generator, validator
    from monitoring.routes.solver import solve

    instance = generator.generate(seed=1, visits=12, days=2)
    routes = solve(instance, time_limit_seconds=2.0)
    problems = validator.violations(instance, routes)
    if problems:
        raise RuntimeError(f"the routes break a rule: {problems[0]}")
    if routes.visits_scheduled == 0:
        raise RuntimeError("no visit scheduled")
    return (f"{routes.visits_scheduled} of {len(instance.visits)} visits on {len(routes.days)} day routes, "
            f"{routes.total_travel_minutes} minutes of travel")


def check_travel_letter(context: Context) -> str:
    """A travel letter in English and Arabic rendered to PDF, its text and signed QR code read back."""
    import reportlab
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from planning.documents import layout, travel_letter_page
    from planning.documents.office import Letterhead
    from planning.documents.reading import check_statement, read_file
    from planning.documents.signing import SigningKey, display_key_id, key_id_of, public_bytes
    from planning.documents.statement import Statement
    from planning.documents.verification import Issued, display, new_code, plain

    facts = plain(letter_facts())
    private = Ed25519PrivateKey.generate()
    public = public_bytes(private.public_key())
    code, today = new_code(), date.today()
    unsigned = Statement(display(code), travel_letter_page.KIND, LETTER_CASE, today.isoformat(),
                         display_key_id(key_id_of(public)), travel_letter_page.stated(facts))
    statement = replace(unsigned, signature=SigningKey("self-test", private).sign(unsigned.signed_part()))
    issued = Issued(1, code, travel_letter_page.KIND, LETTER_CASE, "", today, "self-test", statement)
    office = Letterhead("Homeward self-test", "Rue Montoyer 40\n1000 Brussels", "+32 2 287 70 00", None,
                        "+32 470 00 11 22", "en", saved=True)
    meta = layout.Meta(title="Travel letter", reference=f"TL-{LETTER_CASE}-0001", issued=issued,
                       subtitle=travel_letter_page.subtitle(facts))
    pdf = layout.render(office, meta, travel_letter_page.story(facts))
    target = context.folder / "travel-letter.pdf"
    target.write_bytes(pdf)
    text, page = read_file(target)
    reading = check_statement(text, {key_id_of(public): public}, page)
    if reading.signature_valid is not True:
        raise RuntimeError("the QR code's statement read back does not carry a valid signature")
    if reading.not_on_page:
        raise RuntimeError("the page's text does not show " + ", ".join(reading.not_on_page))
    arabic = sum(1 for char in page or "" if any(low <= char <= high for low, high in ARABIC_SCRIPT))
    if arabic < MIN_ARABIC_LETTERS:
        raise RuntimeError(f"the page's text holds {arabic} Arabic letters: the Arabic instructions are missing")
    context.versions["ReportLab"] = reportlab.Version
    return (f"{len(pdf) // 1024} KB PDF; the Arabic name, the travel date and the document read back from its text, "
            f"its QR code's statement signed (ReportLab {reportlab.Version})")


def check_qt(context: Context) -> str:
    """Qt's platform plugin started, with the image, print and chart modules the app uses."""
    import PySide6
    from PySide6.QtCharts import QChart
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication, QImageReader
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if context.platform:
            os.environ["QT_QPA_PLATFORM"] = context.platform
        app = QApplication(["homeward-self-test"])
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg"} - formats
    if missing:
        raise RuntimeError("Qt cannot read " + ", ".join(sorted(missing)) + " images (imageformats plugins)")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(context.folder / "qt-print.pdf"))
    chart = QChart()
    chart.setTitle("self-test")
    context.versions["Qt"] = qVersion()
    context.versions["PySide6"] = PySide6.__version__
    return (f"platform plugin '{QGuiApplication.platformName()}' started, PNG and JPEG images, printing and charts "
            f"(Qt {qVersion()}, PySide6 {PySide6.__version__})")


def check_window(context: Context) -> str:
    """The main window, every page built, shown on the throwaway database (or `--window DB`)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget
    from sqlalchemy import Engine

    from desktop.app import prepare
    from desktop.commands.session import ask_passphrase_on_terminal
    from desktop.main_window import MainWindow
    from desktop.ops import writer_pool
    from planning.overview import has_cases
    from planning.security.accounts import sign_in_required
    from planning.storage import migrate
    from planning.storage.engine import open_engine
    from planning.storage.location import resolve
    from planning.storage.store import SYSTEM, Store

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("Qt did not start")
    engine = context.engine
    if context.window_db is not None:
        location = resolve(context.window_db)
        engine = open_engine(location, ask_passphrase_on_terminal)
        context.window_engine = engine
        migrate.ensure_current(engine)
        store = Store(engine, SYSTEM, location)
        if sign_in_required(store):
            raise RuntimeError(f"accounts sign in to {location.describe()}: start the app and sign in there instead")
    elif isinstance(engine, Engine):
        store = Store(engine, SYSTEM, resolve(str(context.folder / "self-test.db")))
    else:
        raise RuntimeError("the database did not open")
    prepare(app, organisation="HomewardSelfTest")
    window = MainWindow(store)
    window.show()
    deadline = QDeadlineTimer(10_000)
    while not window.isVisible() and not deadline.hasExpired():
        QCoreApplication.processEvents()
    shown = window.isVisible()
    context.window_shown_at = time.time()
    # The pages' first loads run in the background: let them finish and deliver before the window goes.
    for pool in (QThreadPool.globalInstance(), writer_pool()):
        pool.waitForDone(30_000)
    QCoreApplication.processEvents()
    widgets = len(window.findChildren(QWidget))
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    if not shown:
        raise RuntimeError("the main window was not shown within 10 s")
    cases = "with cases" if has_cases(store) else "empty"
    return f"main window shown on {'the throwaway' if context.window_db is None else 'the given'} database " \
           f"({cases}): {widgets} widgets"


def check_translations(context: Context) -> str:
    """The interface's catalogues (French, Arabic) compiled or shipped, and loaded."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from desktop import i18n

    app = QApplication.instance()
    if app is None:
        raise RuntimeError("Qt did not start")
    loaded = []
    for language in [name for name in i18n.LANGUAGES if name != "en"]:
        catalogue = i18n.compiled(language, context.folder / "translations")
        if catalogue is None:
            raise RuntimeError(f"the {i18n.LANGUAGES[language]} catalogue is missing or does not compile")
        translator = QTranslator()
        if not translator.load(str(catalogue)) or translator.isEmpty():
            raise RuntimeError(f"the {i18n.LANGUAGES[language]} catalogue does not load ({catalogue.name})")
        loaded.append(f"{i18n.LANGUAGES[language]} ({catalogue.stat().st_size // 1024} KB)")
    return "catalogues loaded: " + ", ".join(loaded)


#: Each check in order, by the name it reports under; a check that needs an earlier one fails with it.
CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("database", check_database),
    ("migrations", check_migrations),
    ("planner", check_planner),
    ("routes", check_routes),
    ("travel letter", check_travel_letter),
    ("qt", check_qt),
    ("translations", check_translations),
    ("window", check_window),
)


def letter_facts() -> dict[str, object]:
    """A travel letter's facts for one household of one, returning to Iraq by way of Istanbul in ten days."""
    day = date.today() + timedelta(days=10)
    leaves, transit = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9), timedelta(hours=3)
    legs = [{"sequence": 1, "origin": "BRU", "destination": "IST", "departure_at": leaves,
             "arrival_at": leaves + transit, "carrier": "TK", "flight_number": "1938", "transit_visa_required": False,
             "origin_zone": "Europe/Brussels", "destination_zone": "Europe/Istanbul"},
            {"sequence": 2, "origin": "IST", "destination": "BGW", "departure_at": leaves + 2 * transit,
             "arrival_at": leaves + 3 * transit, "carrier": "TK", "flight_number": "792",
             "transit_visa_required": False, "origin_zone": "Europe/Istanbul", "destination_zone": "Asia/Baghdad"}]
    return {
        "case": LETTER_CASE, "country": {"code": "IRQ", "name": "Iraq"}, "region": "Baghdad", "language": "ar",
        "office_language": "en",
        "movement": {"code": "TK-1938", "kind": "scheduled_flight", "origin": "BRU", "destination": "BGW",
                     "departure_at": leaves, "arrival_at": leaves + 3 * transit},
        "booking": {"seats": 1, "medical_escorts": 0, "minor_escorts": 0},
        "legs": legs,
        "travellers": [{"name": ARABIC_NAME, "name_latin": LATIN_NAME, "date_of_birth": date(1990, 4, 12),
                        "sex": "female", "nationality": "IRQ",
                        "document": {"kind": "passport", "number": "A1234567", "issuing_country": "IRQ",
                                     "valid_until": day + timedelta(days=700)},
                        "escort_need": None, "needs": []}],
        "reception": [],
        "field_office": {"name": "Baghdad field office", "address": "Karrada", "region": "Baghdad",
                         "opens_at": "08:00", "closes_at": "16:00"},
        "contacts": {"office": "Homeward self-test", "address": "Rue Montoyer 40\n1000 Brussels",
                     "phone": "+32 2 287 70 00", "emergency_phone": "+32 470 00 11 22", "email": None,
                     "signatory_name": None, "signatory_title": None},
    }


# --- running them ----------------------------------------------------------------------------------------------


def default_platform() -> str | None:
    """Qt's platform: as the environment says, else offscreen on a Linux without a display, else the system's."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return "offscreen"
    return None


@contextmanager
def throwaway_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="homeward-self-test-") as folder:
        yield Path(folder)


def run_checks(platform: str | None = None, window_db: str | None = None,
               only: tuple[str, ...] = ()) -> tuple[list[Outcome], Context]:
    """Every check in order (or those named in `only`); after a failure the others still run (those needing the
    database fail with it)."""
    outcomes: list[Outcome] = []
    with throwaway_folder() as folder:
        context = Context(folder, platform or default_platform(), window_db)
        try:
            for name, check in CHECKS:
                if only and name not in only:
                    continue
                started = time.perf_counter()
                try:
                    detail, passed = check(context), True
                except Exception as exc:  # a check's failure is its report
                    detail, passed = _failure(exc), False
                outcomes.append(Outcome(name, passed, detail, round(time.perf_counter() - started, 2)))
        finally:
            _clean_up(context)
    return outcomes, context


def _failure(exc: Exception) -> str:
    from planning.errors import HomewardError

    if isinstance(exc, HomewardError):
        return f"[{exc.key}] {exc.message}"
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"


def _clean_up(context: Context) -> None:
    from sqlalchemy import Engine

    from planning.security import keychain
    from planning.security.keys import SERVICE, account_for

    for engine in (context.engine, context.window_engine):
        if isinstance(engine, Engine):
            engine.dispose()
    if context.key_in_keychain is not None:
        keychain.delete_password(SERVICE, account_for(context.key_in_keychain))


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    unknown = [name for name in args.only if name not in dict(CHECKS)]
    if unknown:
        raise ValidationError("--only", "argument.unknown_check", unknown[0], check=unknown[0],
                              known=tuple(name for name, _check in CHECKS))
    outcomes, context = run_checks(args.platform, args.window, tuple(args.only))
    passed = all(outcome.passed for outcome in outcomes)
    if args.json:
        print(json.dumps({"passed": passed, "checks": [asdict(outcome) for outcome in outcomes],
                          "versions": context.versions, "frozen": bool(getattr(sys, "frozen", False)),
                          "window_shown_at": context.window_shown_at,
                          "seconds": round(time.perf_counter() - started, 2)}, indent=2, ensure_ascii=False))
    else:
        print(render(outcomes, context.versions, passed))
    return 0 if passed else 1


def render(outcomes: list[Outcome], versions: dict[str, str], passed: bool) -> str:
    lines = [f"{'ok    ' if outcome.passed else 'FAILED'} {outcome.check}: {outcome.detail}" for outcome in outcomes]
    lines.append("versions: " + ", ".join(f"{name} {version}" for name, version in versions.items()))
    failed = [outcome.check for outcome in outcomes if not outcome.passed]
    lines.append("every check passed" if passed else "FAILED: " + ", ".join(failed))
    return "\n".join(lines)
