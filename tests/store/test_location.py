"""Team-server addresses: parsed, checked, and never shown with their password."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdmo_desktop.store.errors import BadServerURL
from cdmo_desktop.store.location import ServerURL, is_server_url


def test_a_server_url_is_told_from_a_file() -> None:
    assert is_server_url("postgresql://dana@db:5432/desk")
    assert is_server_url("postgres://db/desk")
    assert not is_server_url("/home/dana/desk.sqlite")
    assert not is_server_url("desk.sqlite")
    # A Path is always a file, even one whose name looks like an address.
    assert not is_server_url(Path("postgresql:/db/desk"))


def test_parts_defaults_and_what_the_user_sees() -> None:
    url = ServerURL.parse("postgresql://dana@db.example.com/desk?sslmode=require")
    assert (url.host, url.port, url.database, url.user) == ("db.example.com", 5432, "desk", "dana")
    assert url.query == {"sslmode": "require"}
    assert url.display == "desk on db.example.com:5432 as dana"
    assert url.redacted == "postgresql://dana@db.example.com:5432/desk?sslmode=require"
    sa_url = url.sqlalchemy_url()
    assert sa_url.drivername == "postgresql+psycopg"
    assert sa_url.query["sslmode"] == "require"


def test_a_password_in_the_url_is_used_but_never_shown() -> None:
    url = ServerURL.parse("postgresql://dana:s3cret%21@db:6543/desk")
    assert url.password == "s3cret!"
    for shown in (url.display, url.redacted, str(url), repr(url)):
        assert "s3cret" not in shown
    assert url.sqlalchemy_url().password == "s3cret!"
    assert url.sqlalchemy_url("other").password == "other"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("http://db/desk", "must start with postgresql://"),
        ("postgresql:///desk", "names no server"),
        ("postgresql://db", "names no database"),
        ("postgresql://db:99999/desk", "port that is not a number"),
        ("postgresql://db:abc/desk", "port that is not a number"),
        ("postgresql://db/desk?sslmode=sometimes", "sslmode 'sometimes'"),
        ("postgresql://db/desk?password=x", "unknown setting 'password'"),
    ],
)
def test_bad_addresses_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(BadServerURL) as caught:
        ServerURL.parse(text)
    sentence = caught.value.sentence()
    assert says in sentence
    assert sentence.startswith("The server address ")
