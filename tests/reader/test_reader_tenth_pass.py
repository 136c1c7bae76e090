"""Rules of the tenth pass on the reader, each on short invented text."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text


def _claims(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text).claims}


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, February 13, 2026. New START expired on February 5 and was not extended.",
        "MOSCOW, February 13, 2026. With New START having expired on February 5, the parties are released.",
        "NEW YORK, 6 February 2026. The minister said the expiration of New START marks a new phase.",
        "GENEVA, 3 March 2010. The termination of START I in December 2009 left no verification in place.",
    ],
)
def test_an_expiry_told_after_the_day_is_the_treaty_not_in_force(text):
    claims = _claims(text)
    assert {c for c in claims if c[0] == "not_in_force"} and all(
        c[3] == "consistent" for c in claims if c[0] == "not_in_force"
    )


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, 3 March 2025. Talks ahead of the expiration of New START in 2026 are needed.",
        "WASHINGTON, 3 March 2025. New START will have expired by then, and nothing will replace it.",
        "WASHINGTON, 3 March 2025. The treaty's expiry in February 2026 worries the allies; New START is in force.",
    ],
)
def test_an_expiry_to_come_is_no_claim(text):
    assert not {c for c in _claims(text) if c[0] == "not_in_force"}
