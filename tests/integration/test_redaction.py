"""Database URLs reach logs, messages and the command line's output only with the password hidden."""

from __future__ import annotations

import logging

import pytest

from desktop.cli import main
from planning.errors import ValidationError
from planning.storage.location import resolve

URL = "postgresql://homeward:S3cret-pw@127.0.0.1:1/homeward"


def test_every_form_of_a_location_hides_the_password() -> None:
    location = resolve(URL)
    for text in (location.redacted(), location.describe(), repr(location), str(location)):
        assert "S3cret-pw" not in text
    assert location.redacted() == "postgresql+psycopg://homeward:***@127.0.0.1:1/homeward"


def test_a_malformed_url_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValidationError) as caught:
        resolve("postgresql://homeward:S3cret-pw@[::1/homeward")
    assert "S3cret-pw" not in str(caught.value) and caught.value.value == "<hidden>"


@pytest.mark.parametrize("command", [["db", "current"], ["db", "rekey"], ["demo", "--cases", "1"],
                                     ["backup", "out.hwbak"]])
def test_commands_report_an_unreachable_server_without_the_password(
        command: list[str], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert main(["--verbose", "--db", URL, *command]) == 2
    captured = capsys.readouterr()
    assert "cannot be reached" in captured.err or "embedded" in captured.err
    for text in (captured.out, captured.err, caplog.text):
        assert "S3cret-pw" not in text
