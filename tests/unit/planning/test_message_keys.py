"""Every key a raise site or a message names is registered: an unregistered key would otherwise be shown
as the key itself (`HomewardError` takes an unknown key for a not-yet-keyed English text)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from planning import messages
from tests.i18n_catalogue import ERRORS, ROOT, SERVICES, call_name, message_tables

KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
#: Where each call takes its key (the position among the arguments).
KEYED = {**ERRORS, "NotFoundError": None, "ConflictError": None, "Message.of": 0, "Phrase.of": 0}


def literal_keys() -> list[tuple[str, str, str]]:
    """(where, call, key) for each call of an error or a message with a literal key."""
    found = []
    for folder in SERVICES:
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = call_name(node)
                if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
                    name = f"{node.func.value.id}.{name}" if name == "of" else name
                position = KEYED.get(name)
                if position is None or len(node.args) <= position:
                    continue
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and KEY.match(argument.value):
                    found.append((f"{Path(path).relative_to(ROOT)}:{node.lineno}", name, argument.value))
    return found


def test_every_literal_key_is_registered() -> None:
    message_tables()
    keys = literal_keys()
    assert len(keys) > 100  # the scan finds the keyed raise sites
    tables = {"Phrase.of": messages.PHRASES}
    unknown = [f"{where}: {call}({key!r})" for where, call, key in keys
               if key not in tables.get(call, messages.TEMPLATES)]
    assert unknown == []
