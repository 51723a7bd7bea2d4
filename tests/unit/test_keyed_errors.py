"""Every error planning/, monitoring/ and desktop/ raise names a registered key, as a literal, and passes
exactly the values its template has a place for; every message line and phrase with a literal key too; every
field a validation names and every kind of record an error names is in a table, so it reads translated.

An unregistered key is a programming error (`HomewardError` refuses it), and a value the template has no
place for is lost in every language: both are found here, without running the code.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop
import monitoring
import planning
from planning import messages
from planning.errors import ConflictError, HomewardError, NotFoundError

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = (planning, monitoring, desktop)
#: Raise sites whose key is computed, each with why that is safe.
COMPUTED = {
    # one key per permission (`Permission.code`); test_permissions checks each is registered and its wording
    ("planning/security/permissions.py", "require"),
    # an impossible date's key says which order of day and month would have made it possible
    ("planning/referral_import/values.py", "_date"),
    # a failing keychain's error: each caller names its key, read below like a raise site's
    ("planning/security/keychain.py", "unavailable"),
}
#: The field checks of planning/validation.py and where they take the name of the field they may refuse.
FIELD_CHECKS = {"required_text": (0,), "optional_text": (0,), "plain_text": (0,), "country_code": (0,),
                "language_code": (0,), "past_or_today": (0,), "period": (0, 2)}
#: The command line speaks English: the fields it names are its options, not the interface's words.
ENGLISH_ONLY = Path("desktop/commands")


def modules() -> Iterator[str]:
    for package in PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations." not in info.name:
                yield info.name


def error_classes() -> dict[str, type[HomewardError]]:
    """Every HomewardError class, by name (each module imported, so each registers its tables)."""
    for name in modules():
        importlib.import_module(name)
    found: dict[str, type[HomewardError]] = {}
    pending: list[type[HomewardError]] = [HomewardError]
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    return found


def key_position(cls: type[HomewardError]) -> int | None:
    """Where the class takes its key among the positional arguments (None: it words its own text)."""
    if issubclass(cls, NotFoundError | ConflictError):
        return None
    parameters = [p for p in inspect.signature(cls.__init__).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)][1:]
    names = [p.name for p in parameters]
    return names.index("key") if "key" in names else None


def named_arguments(cls: type[HomewardError]) -> set[str]:
    """The class's own arguments (the bad value, a suggestion, the reasons…): not values of its text."""
    return {p.name for p in inspect.signature(cls.__init__).parameters.values() if p.kind is not p.VAR_KEYWORD}


@dataclass(frozen=True)
class Call:
    where: str
    function: str
    name: str
    key: ast.expr | None
    keywords: tuple[str, ...]
    spread: bool
    values: tuple[tuple[str, ast.expr], ...] = ()


def scoped_calls(tree: ast.AST, scope: str = "") -> Iterator[tuple[str, ast.Call]]:
    """Each call in the tree, with the name of the function it is in."""
    for node in ast.iter_child_nodes(tree):
        inner = node.name if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else scope
        if isinstance(node, ast.Call):
            yield scope, node
        yield from scoped_calls(node, inner)


def calls(classes: dict[str, type[HomewardError]]) -> Iterator[Call]:
    """Each construction of an error, a `Message.of` or a `Phrase.of` in the packages."""
    positions = {name: key_position(cls) for name, cls in classes.items()}
    own = {name: named_arguments(cls) for name, cls in classes.items()}
    for package in PACKAGES:
        folder = Path(package.__file__).parent
        for path in sorted(folder.rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for scope, node in scoped_calls(ast.parse(path.read_text(encoding="utf-8"))):
                func = node.func
                if isinstance(func, ast.Attribute) and func.attr == "of" and isinstance(func.value, ast.Name) \
                        and func.value.id in ("Message", "Phrase"):
                    name, position, skip = f"{func.value.id}.of", 0, set()
                elif isinstance(func, ast.Attribute) and func.attr == "unavailable" and len(node.args) > 1:
                    name, position, skip = "keychain.unavailable", 1, set()  # (its callers name the key)
                elif isinstance(func, ast.Name) and func.id in positions:
                    name, position, skip = func.id, positions[func.id], own[func.id]
                    if position is None:
                        continue
                else:
                    continue
                key = node.args[position] if len(node.args) > position else next(
                    (k.value for k in node.keywords if k.arg == "key"), None)
                values = tuple((k.arg, k.value) for k in node.keywords if k.arg is not None and k.arg not in skip)
                yield Call(f"{path.relative_to(ROOT)}:{node.lineno}", scope, name, key,
                           tuple(name for name, _value in values), any(k.arg is None for k in node.keywords), values)


@pytest.fixture(scope="module")
def found() -> list[Call]:
    return list(calls(error_classes()))


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}


def test_every_error_message_and_phrase_names_a_registered_key_as_a_literal(found: list[Call]) -> None:
    assert len(found) > 300  # the scan sees the raise sites
    wrong = []
    for call in found:
        if (call.where.split(":")[0], call.function) in COMPUTED:
            continue
        table = messages.PHRASES if call.name == "Phrase.of" else messages.TEMPLATES
        if not (isinstance(call.key, ast.Constant) and isinstance(call.key.value, str)):
            if not call.name.endswith(".of"):  # (a line or a phrase checks its computed key when made)
                wrong.append(f"{call.where}: {call.name} with a computed key")
        elif call.key.value not in table:
            wrong.append(f"{call.where}: {call.name}({call.key.value!r}) is not registered")
    assert wrong == []


def test_each_raise_site_passes_the_values_of_its_template(found: list[Call]) -> None:
    wrong = []
    for call in found:
        if not (isinstance(call.key, ast.Constant) and isinstance(call.key.value, str)):
            continue
        table = messages.PHRASES if call.name == "Phrase.of" else messages.TEMPLATES
        template = table.get(call.key.value)
        if template is None:
            continue
        if call.name == "keychain.unavailable":
            continue  # (the helper passes the failure's name)
        expected, given = placeholders(template), set(call.keywords)
        if given - expected:
            wrong.append(f"{call.where}: {call.key.value} has no place for {sorted(given - expected)}")
        if not call.spread and expected - given:
            wrong.append(f"{call.where}: {call.key.value} needs {sorted(expected - given)}")
    assert wrong == []


#: Calls that write a value as English text (or as one locale's text) where the value itself should be passed.
WRITES_TEXT = {"replace", "join", "format", "title", "capitalize", "strftime", "isoformat"}
#: Two words in a literal: a sentence, which belongs in a template.
WORDS = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,}")


def built_text(value: ast.expr) -> str | None:
    """How a value builds text at the raise site (None: it passes the value as it is). The key of a nested
    `Phrase.of`/`Message.of` may be computed: the line or phrase checks it when made."""
    keys = {id(node.args[0]) for node in ast.walk(value) if isinstance(node, ast.Call) and node.args
            and isinstance(node.func, ast.Attribute) and node.func.attr == "of"}
    pending: list[ast.AST] = [value]
    while pending:
        node = pending.pop()
        if id(node) in keys:
            continue
        if isinstance(node, ast.JoinedStr):
            return "an f-string"
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod) and any(
                isinstance(side, ast.Constant) and isinstance(side.value, str) for side in (node.left, node.right)):
            return "text put together"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITES_TEXT:
            return f"a value written by .{node.func.attr}()"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and WORDS.search(node.value):
            return f"English words {node.value!r}"
        pending.extend(ast.iter_child_nodes(node))
    return None


def test_each_value_is_passed_typed_not_written_in_english(found: list[Call]) -> None:
    """A date is a date, a status its word, a count a `Count`, a nested line a `Message`: the interface writes
    each in its language. Text built at the raise site reads in English (or ISO) in every language."""
    wrong = [f"{call.where}: {call.name} {name}= is {how}" for call in found for name, value in call.values
             for how in [built_text(value)] if how is not None]
    assert wrong == []


#: Values that name a place: a `Country` or a `Place`, which the reader's language names ('Géorgie').
PLACES = {"country", "office", "region", "city", "destination", "origin"}


def test_countries_and_places_are_passed_as_places_not_by_their_english_name(found: list[Call]) -> None:
    wrong = [f"{call.where}: {call.name} {name}={ast.unparse(value)}" for call in found for name, value in call.values
             if name in PLACES and isinstance(value, ast.Attribute) and value.attr == "name"]
    assert wrong == []


def literal_arguments(names: dict[str, tuple[int, ...]]) -> Iterator[tuple[str, str, str]]:
    """(where, call, literal) for each literal string at the given positions of the named calls."""
    for package in PACKAGES:
        folder = Path(package.__file__).parent
        for path in sorted(folder.rglob("*.py")):
            where = path.relative_to(ROOT)
            if "migrations" in path.parts or where.is_relative_to(ENGLISH_ONLY):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
                    for position in names[node.func.id]:
                        argument = node.args[position] if len(node.args) > position else None
                        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                            yield f"{where}:{node.lineno}", node.func.id, argument.value


def test_every_field_a_check_names_has_its_words(found: list[Call]) -> None:  # (found: every table imported)
    fields = list(literal_arguments({"ValidationError": (0,), **FIELD_CHECKS}))
    assert len(fields) > 200
    assert [f"{where}: {call}({name!r})" for where, call, name in fields if name not in messages.FIELDS] == []


def test_every_kind_of_record_an_error_names_has_its_words(found: list[Call]) -> None:
    from planning.storage.base import Base

    kinds = list(literal_arguments({"NotFoundError": (0,), "ConflictError": (0,)}))
    names = {name for _where, _call, name in kinds} | set(Base.metadata.tables)
    assert [name for name in sorted(names) if f"kind.{name}" not in messages.PHRASES] == []
