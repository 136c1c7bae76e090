"""Input the reader refuses with a clear one-line error, and input it accepts (HTML, UTF-16, stdin)."""

from __future__ import annotations

import pytest

from armscontrol.errors import UserError
from armscontrol.reader import MAX_BYTES, read_bytes, read_file, read_text
from armscontrol.reader.source import decode


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty statement"),
        (b"   \n\t\n", "empty statement"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"%PDF-1.7\n\x00\x01\x02", "binary data"),
        ("caf\u00e9".encode("latin-1"), "not UTF-8 text"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10 text", "binary data"),
    ],
)
def test_bad_input_is_a_clear_error(data, message):
    with pytest.raises(UserError, match=message) as info:
        decode(data, where="letter.txt")
    assert str(info.value).startswith("letter.txt: ") and "\n" not in str(info.value)


def test_input_over_the_limit_is_refused():
    with pytest.raises(UserError, match=f"more than {MAX_BYTES:,} bytes"):
        read_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(UserError, match="limit"):
        read_text("a" * (MAX_BYTES + 1))


def test_html_is_read_as_its_text():
    page = b"<html><head><title>x</title><style>p{}</style></head><body><p>The ABM Treaty</p><p>is in force.</p></body></html>"
    answer = read_bytes(page, "1999-01-01")
    assert [i.id for i in answer.instruments] == ["abm"]


def test_utf16_with_byte_order_mark_is_read():
    answer = read_bytes("\ufeffThe New START Treaty was extended.".encode("utf-16"), "2021-06-01")
    assert [c.verdict for c in answer.claims] == ["consistent"]


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        read_file(str(tmp_path / "nope.txt"))
    with pytest.raises(UserError, match="is a folder"):
        read_file(str(tmp_path))


def test_bad_date():
    with pytest.raises(UserError, match="--date: '2000-13-01' is not a date"):
        read_text("The ABM Treaty.", "2000-13-01")


def test_no_date_anywhere_means_today():
    import datetime as dt

    answer = read_text("The ABM Treaty ended.")
    assert answer.date_source == "not_read" and answer.date == dt.date.today()
