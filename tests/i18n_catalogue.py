"""The interface catalogues (`resources/translations/homeward_*.ts`): extraction, filling and checks.

    python -m tests.i18n_catalogue update            # lupdate: new strings in, vanished strings out
    python -m tests.i18n_catalogue fill F.json ...   # translations from fragments into the catalogues
    python -m tests.i18n_catalogue check             # unfinished translations, placeholder mismatches
    python -m tests.i18n_catalogue lint [FILE ...]   # user-visible literals that skip tr()

A fragment is a JSON list of {"source", "comment" (optional), "fr", "ar"}; a plural (`%n`) source
takes a list of forms per language (French 2, Arabic 6).
"""

from __future__ import annotations

import ast
import fcntl
import importlib
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")
#: English needs only its plural forms ("%n household(s)" → "1 household", "2 households").
PLURAL_ONLY = ("en",)
ALL = LANGUAGES + PLURAL_ONLY
#: Command-line modules speak English to logs and terminals; the rest of desktop/ is the interface.
NOT_INTERFACE = ("commands", "cli.py")


def interface_sources() -> list[Path]:
    return sorted(p for p in DESKTOP.rglob("*.py")
                  if not any(part in NOT_INTERFACE for part in p.relative_to(DESKTOP).parts))


def catalogue(language: str) -> Path:
    return CATALOGUES / f"homeward_{language}.ts"


def lupdate() -> str:
    return str(Path(PySide6.__file__).resolve().parent / "lupdate")


@contextmanager
def locked() -> Iterator[None]:
    """One writer of the catalogues at a time."""
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    with open(CATALOGUES / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def extract(target: Path, language: str, sources: Iterable[Path] | None = None) -> None:
    """Run lupdate over the interface sources into `target` (kept translations stay, vanished go)."""
    files = [str(p) for p in (sources or interface_sources())]
    plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
    result = subprocess.run([lupdate(), "-silent", "-no-obsolete", "-locations", "none", *plural_only,
                             "-target-language", language, *files, "-ts", str(target)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed: {result.stderr.strip()}")


def update() -> None:
    with locked():
        write_service_messages()
        for language in ALL:
            extract(catalogue(language), language)


@dataclass(frozen=True)
class Message:
    source: str
    comment: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]


def messages(path: Path) -> list[Message]:
    found = []
    for element in ET.parse(path).getroot().iter("message"):
        translation = element.find("translation")
        assert translation is not None
        forms = tuple(f.text or "" for f in translation.findall("numerusform"))
        numerus = element.get("numerus") == "yes"
        texts = forms if numerus else (translation.text or "",)
        finished = translation.get("type") not in ("unfinished", "vanished", "obsolete") and all(texts)
        found.append(Message(element.findtext("source") or "", element.findtext("comment") or "", numerus,
                             finished, texts))
    return found


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(fragments: Iterable[Path]) -> dict[str, int]:
    """Put the fragments' translations into the catalogues; returns how many were filled per language."""
    table: dict[tuple[str, str], dict[str, object]] = {}
    for fragment in fragments:
        for entry in json.loads(fragment.read_text(encoding="utf-8")):
            table[(entry["source"], entry.get("comment") or "")] = entry
    filled = {}
    with locked():
        for language in ALL:
            path = catalogue(language)
            extract(path, language)
            tree = ET.parse(path)
            count = 0
            for element in tree.getroot().iter("message"):
                key = (element.findtext("source") or "", element.findtext("comment") or "")
                entry = table.get(key)
                if entry is None or language not in entry:
                    continue
                translation = element.find("translation")
                assert translation is not None
                value = entry[language]
                if element.get("numerus") == "yes":
                    forms = translation.findall("numerusform")
                    values = list(value) if isinstance(value, list) else [str(value)]
                    values += [values[-1]] * (len(forms) - len(values))
                    for form, text in zip(forms, values, strict=False):
                        form.text = text
                else:
                    translation.text = str(value)
                translation.attrib.pop("type", None)
                count += 1
            write(tree, path)
            extract(path, language)  # back to lupdate's own layout
            filled[language] = count
    return filled


PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*(?:![rs])?(?::[^{}]*)?\}|%n|%\d|&(?=[A-Za-z\u0600-\u06FF])")


def placeholders(text: str) -> list[str]:
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(text) if m.group(0) != "&")


def problems(language: str, path: Path | None = None) -> list[str]:
    """What keeps a catalogue from being complete: unfinished strings and placeholder mismatches."""
    found = []
    for message in messages(path or catalogue(language)):
        label = repr(message.source) + (f" ({message.comment})" if message.comment else "")
        if not message.finished:
            found.append(f"{language}: untranslated {label}")
            continue
        expected = [p for p in placeholders(message.source) if p != "%n"]
        for text in message.translations:
            if [p for p in placeholders(text) if p != "%n"] != expected:
                found.append(f"{language}: placeholders differ in {label}: {text!r}")
    return found


# --- user-visible literals that skip tr() -------------------------------------------------------

#: Methods whose string arguments a user reads.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle", "setLabelText",
    "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "addItem", "addItems",
    "insertItem", "addRow", "insertRow", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setHeaderLabels", "showMessage", "setInformativeText", "setDetailedText", "setSuffix", "setPrefix",
    "setSpecialValueText", "setWhatsThis", "setButtonText", "setCancelButtonText", "setOkButtonText",
    "addButton", "setAccessibleName", "setSubTitle", "setDefaultSuffix", "setNameFilter", "setLabel",
    "setNotation", "setTitleText", "setLabelFormat", "append", "setHtml", "setPlainText",
    "setItemText", "setName", "critical", "warning", "information", "question", "about", "getText",
    "getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getItem",
    "getInt", "getDouble", "getMultiLineText", "insertSeparator", "setEmptyText",
    "add_row", "show_message", "add_field",
}
#: Constructors that take a visible label.
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QTreeWidgetItem", "QProgressDialog",
    "QMessageBox", "QCommandLinkButton", "QBarSet", "QLineSeries", "QPieSlice", "QBarSeries",
    "QValueAxis", "QBarCategoryAxis", "QCategoryAxis", "QDateTimeAxis",
}
#: Methods whose argument is a key or a style, never shown as such.
NOT_TEXT = {"setObjectName", "setStyleSheet", "setProperty", "value"}
LOGGERS = {"log", "logger", "logging", "warnings"}
ALLOWED = {"Homeward", "HW-XXXXX-XXXXX", "Noto Sans"}


def visible(node: ast.expr) -> bool:
    """A literal (or f-string, or concatenation) that a person would read."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and re.search(r"[A-Za-z]{2}", str(v.value)) for v in node.values)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        return bool(re.search(r"[A-Za-z]{2}", text)) and text not in ALLOWED
    if isinstance(node, ast.BinOp):
        return visible(node.left) or visible(node.right)
    if isinstance(node, ast.IfExp):
        return visible(node.body) or visible(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(visible(e) for e in node.elts)
    return False


def call_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return ""


def untranslated(path: Path) -> list[str]:
    """`file:line: text` for each user-visible literal handed to Qt without tr()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue
        if name in NOT_TEXT or name in ("tr", "QT_TR_NOOP") or not (name in TEXT_METHODS or name in TEXT_CLASSES):
            continue
        arguments = list(node.args) + [k.value for k in node.keywords if k.arg not in ("objectName", "styleSheet")]
        for argument in arguments:
            if visible(argument):
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{where}:{argument.lineno}: {ast.unparse(argument)[:80]}")
    return found


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "update":
        update()
        return 0
    if command == "fill":
        print(fill(Path(p) for p in rest))
        return 0
    if command == "check":
        found = [p for language in ALL for p in problems(language)]
        print("\n".join(found) or "catalogues complete")
        return 1 if found else 0
    if command == "lint":
        paths = [Path(p).resolve() for p in rest] or interface_sources()
        found = [line for p in paths for line in untranslated(p)]
        print("\n".join(found) or "no untranslated literal")
        return 1 if found else 0
    print(__doc__)
    return 2



# --- the keyed messages (planning/, monitoring/, the interface): templates the interface translates ------

SERVICES = (ROOT / "planning", ROOT / "monitoring")
SERVICE_MESSAGES = DESKTOP / "service_messages.py"


def message_tables() -> list[str]:
    """Import every module of planning/ and monitoring/ that registers a table of keyed messages, and the
    interface's own (`desktop/texts.py`; the command line's speaks English); their names."""
    names = []
    for path in [p for folder in SERVICES for p in sorted(folder.rglob("*.py"))] + [DESKTOP / "texts.py"]:
        if "messages.register(" in path.read_text(encoding="utf-8") and path.name != "messages.py":
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            importlib.import_module(name)
            names.append(name)
    return names


def service_messages_source() -> str:
    from planning import labels, messages
    from planning.readiness import texts

    tables = set(message_tables())

    def listed(entries: dict[str, str]) -> list[tuple[str, str]]:
        """A table's entries that come from the tables read here (not the command line's, in English)."""
        return sorted((key, text) for key, text in entries.items() if messages.ORIGINS.get(key) in tables)

    def block(name: str, doc: str, values: Iterable[str | tuple[str, str]]) -> list[str]:
        lines = [f"#: {doc}", f"{name}: tuple[str, ...] = ("]
        for value in values:
            text, comment = value if isinstance(value, tuple) else (value, None)
            marked = json.dumps(text, ensure_ascii=False) + (f", {json.dumps(comment)}" if comment else "")
            lines.append(f"    QT_TR_NOOP({marked}),")
        return [*lines, ")", ""]

    readiness = [t for pair in texts.TEXTS.values() for t in pair]
    vocabulary = [(text, labels.context(type(value))) for value, text in labels.entries()]
    phrases = [(template, key) if disambiguation else template
               for key, template in listed(messages.PHRASES)
               for disambiguation in [messages.disambiguation(key)]]
    keyed = [(template, key) if disambiguation else template
             for key, template in listed(messages.TEMPLATES)
             for disambiguation in [messages.disambiguation(key, messages.TEMPLATES)]]
    # Sorted by key: the tables register in whatever order the packages were imported.
    plurals = [other.replace("{n}", "%n") for key, (_one, other) in sorted(messages.PLURALS.items())
               if messages.ORIGINS.get(key) in tables]

    lines = ['"""The services\' messages as templates the interface translates (generated: make translations).',
             "",
             "`tests/i18n_catalogue.py` reads the keyed message tables of planning/, monitoring/ and the",
             "interface (`planning.messages`, `desktop/texts.py`) and writes their templates, phrases, counted",
             "nouns and field names here, so that the catalogues know them; `desktop/words.py` translates and",
             "fills them.", '"""',
             "", "from desktop.i18n import QT_TR_NOOP, tr", "",
             *block("KEYED", "Keyed messages (`planning.messages.TEMPLATES`), `{name}` where a value goes; one "
                             "wording used by several keys is told apart by its key.", keyed),
             "",
             "def counted_nouns() -> None:",
             '    """Never called: marks each counted noun (`planning.messages.PLURALS`) with its plural forms."""',
             *[f"    tr({json.dumps(source, ensure_ascii=False)}, None, 0)" for source in plurals],
             *([] if plurals else ["    return"]),
             "",
             *block("FIELDS", "The fields validation errors name (`planning.messages.FIELDS`).",
                    sorted(set(messages.FIELDS.values()))),
             *block("VOCABULARY", "The label of every vocabulary value (`planning.labels`), its enum as context; "
                                  "`desktop.labels.label` shows it.", vocabulary),
             *block("READINESS", "The readiness check's messages and resolutions (planning/readiness/).", readiness),
             *block("PHRASES", "Parts of texts (`planning.messages.PHRASES`): readiness reasons, kinds of record…; "
                               "one wording used by several keys is told apart by its key.", phrases)]
    return "\n".join(lines).rstrip() + "\n"


def write_service_messages() -> bool:
    """Regenerate desktop/service_messages.py; True when it changed."""
    source = service_messages_source()
    if SERVICE_MESSAGES.exists() and SERVICE_MESSAGES.read_text(encoding="utf-8") == source:
        return False
    SERVICE_MESSAGES.write_text(source, encoding="utf-8")
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
