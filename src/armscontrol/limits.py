"""The largest inputs the tool accepts: every size a user can give has a bound here.

The bounds keep every question answerable on an ordinary machine within
seconds, and refuse at once, with the bound's name, what would otherwise run
for minutes or exhaust memory. They sit well above any force in the open
literature: the largest stockpile ever held by one state was about 40,000
warheads (the Soviet Union, 1986).

======================  =========  ==========================================
bound                   value      what it limits
======================  =========  ==========================================
MAX_WARHEADS            50,000     warheads in one engagement, or on one side
MAX_INTERCEPTORS        50,000     interceptors of one defence layer
MAX_LAUNCHERS           20,000     launchers of one force element
MAX_WARHEADS_PER_LAUNCHER 20       warheads on one launcher
MAX_DECOYS              20         credible decoys per warhead
MAX_OBJECTS             250,000    warheads × (1 + decoys) one layer must sort
MAX_SHOTS               10         interceptors fired at one object
MAX_ELEMENTS            50         force elements of one side
MAX_LAYERS              5          defence layers of one side
MAX_BASES               10,000     bases of one force element
MAX_SWEEP_POINTS        1,000      defence sizes in one sweep or frontier
MAX_DEPTH               100        nesting of a YAML or JSON document
MAX_NODES               100,000    values in one YAML document
READER_MAX_SENTENCE     1,500      characters of one sentence the reader reads as a
                                   unit; a longer run without a full stop is read in
                                   pieces of at most this size
READER_MAX_FIGURES      1,000      figures listed for one statement
READER_MAX_CLAIMS       500        claims listed for one statement
READER_MAX_MENTIONS     200        mentions listed for one instrument
READER_MAX_DATES        1,000      dates listed for one statement
READER_MAX_UNRESOLVED   200        names the registry lacks, listed for one statement
======================  =========  ==========================================

The reader's bounds keep its answer linear in its input: past a bound, the
answer lists the first items in text order and counts the rest under
``omitted`` (the statement itself is at most :data:`READER_MAX_BYTES`, 200,000 bytes).
The bounds of uncertainty, sensitivity and sweeps follow, then those of the
API, the store and the server; docs/limits.md and docs/sweeps.md list each.
"""

from __future__ import annotations

from armscontrol.errors import UserError

MAX_WARHEADS = 50_000
MAX_INTERCEPTORS = 50_000
MAX_LAUNCHERS = 20_000
MAX_WARHEADS_PER_LAUNCHER = 20
MAX_DECOYS = 20
MAX_OBJECTS = 250_000
MAX_SHOTS = 10
MAX_ELEMENTS = 50
MAX_LAYERS = 5
MAX_BASES = 10_000
MAX_SWEEP_POINTS = 1_000
MAX_DEPTH = 100
MAX_NODES = 100_000
READER_MAX_SENTENCE = 1_500
READER_MAX_FIGURES = 1_000
READER_MAX_CLAIMS = 500
READER_MAX_MENTIONS = 200
READER_MAX_DATES = 1_000
READER_MAX_UNRESOLVED = 200


def within(field: str, value: int | float, bound: int, name: str) -> None:
    """Refuse ``value`` above ``bound`` with a message naming the field and the bound.

    Parameters
    ----------
    field : str
        What the user gave (an option such as ``--warheads`` or a scenario path).
    value : int or float
        The value given.
    bound : int
        The largest value accepted.
    name : str
        The bound's name in this module, so a user can look it up.
    """
    if value > bound:
        shown = f"{value:,}" if isinstance(value, int) and abs(value) < 10**30 else f"{value:.3g}"
        raise UserError(
            f"{field}: {shown} is above the limit of {bound:,} ({name}; the tool's limits are listed in "
            f"docs/limits.md)",
            field=field,
        )


MAX_SCENARIO_BYTES = 1_000_000
"""The largest scenario file or text read, in bytes (a scenario is a page of YAML)."""
READER_MAX_BYTES = 200_000
"""The longest statement the reader takes, in UTF-8 bytes (a file, standard input, or the API's text with the token)."""

# Uncertainty, sensitivity and sweeps (docs/sweeps.md, "Limits").
MAX_SAMPLES = 1_000_000
"""The most samples of ``uncertainty`` (every sample's outputs are kept for the quantiles)."""
MAX_EVALUATIONS = 200_000
"""The most model runs of ``sensitivity`` (Sobol: N·(k + 2); Morris: N·(k + 1)), its design held in memory."""
MAX_GRID_POINTS = 10_000_000
"""The most points of ``sweep`` written to a file (``--out``)."""
MAX_ROWS_IN_MEMORY = 100_000
"""The most points of ``sweep`` without ``--out`` (they are kept in memory and printed)."""
MAX_GRID_AXES = 8
"""The most ``--grid`` options of one sweep."""
MAX_SCALE = 10.0
"""The largest force scale a grid may ask for (``scale``, ``scale.SIDE``)."""
MAX_CHUNK_SIZE = 100_000
"""The most rows of one chunk handed to a worker."""
MAX_UNCERTAIN_INPUTS = 64
"""The most uncertain inputs one scenario may hold (a Sobol design costs N·(k + 2) runs)."""
MAX_CHOICE_VALUES = 1_000
"""The most values a ``choice`` distribution may list."""
MAX_MAGNITUDE = 1e12
"""The largest size of a number in a distribution (far above any count or probability a scenario holds)."""
MAX_SEED = 2**32 - 1
"""The largest seed of a run (NumPy's seed sequence takes any, the API states this one)."""

# The API and the store (docs/limits.md, "The API and the store").
MAX_REQUEST_BYTES = 2_000_000
"""The largest request body the API accepts, in bytes (413 above): a 1 MB scenario with room for JSON escapes."""
MAX_NAME_CHARS = 200
"""The longest name a saved scenario may have."""

# The server's own bounds on work (docs/limits.md, "The server"); the work budget is armscontrol.budget.
TASK_SECONDS = 60
"""The longest one computation of a request may run in the server's pool before it is stopped (503)."""
POOL_WORKERS = 0
"""Worker processes of the server's pool of computations; 0: the machine's cores."""
POOL_WAITING = 4
"""Computations that may wait for a worker of the pool; one more is refused at once (503 with Retry-After)."""
REPORT_SECONDS = 600
"""The longest a PDF report made in the background may take (its own pool of one worker); past it the build fails, said
so."""
REPORT_WAITING = 8
"""PDF reports that may wait for the report worker; one more build fails at once (busy) and is tried again on the next
request."""
REPORT_HTML_KEPT = 32
"""HTML reports a server keeps in memory once made, each for the report asked, its date and its data version (the least
recently used dropped): the same report asked again is served without computing it."""
JOB_SECONDS = 3_600
"""The longest a job may compute; it stops at its next progress report after (failed, with the reason)."""
MAX_JOBS_WAITING = 8
"""Jobs queued or running at once; one more is refused with 429 and Retry-After."""
MAX_ID = 2**31 - 1
"""The largest id the store gives (32-bit on every database)."""


def parse_id(text: str, field: str, what: str = "an id") -> int:
    """A store id from text: ASCII digits only (``"²".isdigit()`` is true, ``int(" 7")`` accepts spaces), 1 to
    :data:`MAX_ID`.

    Parameters
    ----------
    text : str
        What the user gave.
    field : str
        The parameter it came in (for the error).
    what : str
        What the id names, for the error (``a saved scenario's id``).
    """
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_ID):
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise UserError(
            f"{field}: expected {what}, a whole number from 1 to {MAX_ID:,} in digits 0-9, got '{shown}'", field=field
        )
    return int(text)
