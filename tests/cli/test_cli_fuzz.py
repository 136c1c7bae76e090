"""Fuzzing the command line as a careless user would: every command ends in output or a one-line error.

Random arguments, dates, party codes, numbers (huge ones included) and
generated scenario files (valid, broken, non-UTF-8) are run in-process. Each
run must exit 0 with output, or exit 2 with one ``error:`` line and no
traceback. The number of examples is bounded; the total count is printed
with ``-s``.
"""

from __future__ import annotations

import os
import tempfile

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli_support import run

TRIED = {"runs": 0, "errors": 0}

words = st.sampled_from(
    [
        "abm",
        "ABM Treaty",
        "new-start",
        "New START",
        "start-i",
        "npt",
        "ctbt",
        "ptbt",
        "new-strat",
        "tlatelolco-protocol-ii",
        "",
        " ",
        "x" * 300,
        "--json",
        "-",
        "[red]x",
        "🙂",
        "\x00",
        "sort",
        "inf",
    ]
)
parties = st.sampled_from(
    [
        "USA",
        "RUS",
        "SUN",
        "CHN",
        "Russia",
        "United States of America",
        "usa",
        "XXX",
        "",
        ",",
        "FIN",
        "IND",
        "Soviet Union",
        "Narnia",
        "123",
    ]
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "2023",
            "2023-06",
            "2023-13",
            "today",
            "yesterday",
            "",
            "0000-01-01",
            "99999-01-01",
            "2001-02-30",
            "1963-08-05",
            "0001-01-01",
            "9999-12-31",
            "1899-12-31",
            "2199-12-31",
        ]
    ),
)
numbers = st.one_of(
    st.integers(-5, 200).map(str),
    st.sampled_from(["99999999999999999999", "1e9", "-1", "nan", "0.5", "", "1000000000"]),
)
probabilities = st.one_of(
    st.floats(-1, 2, allow_nan=False).map(lambda x: f"{x:.3f}"), st.sampled_from(["nan", "inf", "x", ""])
)


@st.composite
def command_lines(draw) -> list[str]:
    command = draw(
        st.sampled_from(
            [
                "instruments",
                "show",
                "status",
                "check",
                "forces",
                "timeline",
                "reductions",
                "links",
                "cascade",
                "history",
                "engage",
            ]
        )
    )
    argv = [command]
    if command == "instruments":
        argv += draw(
            st.sampled_from([[], ["--kind", draw(st.sampled_from(["treaty", "zone", "", "treat", "protocol"]))]])
        )
        argv += ["--on", draw(dates)]
    elif command in {"show", "links"}:
        argv.append(draw(words))
    elif command == "status":
        argv += [draw(words), "--on", draw(dates)] + draw(st.sampled_from([[], ["--party", draw(parties)]]))
    elif command == "check":
        argv += (
            draw(st.sampled_from([[], [draw(words)]]))
            + ["--on", draw(dates)]
            + draw(st.sampled_from([[], ["--party", draw(parties)]]))
        )
    elif command == "forces":
        argv += [draw(parties), "--on", draw(dates)] + draw(
            st.sampled_from([[], ["--metric", draw(st.sampled_from(["deployed_warheads", "x", ""]))]])
        )
    elif command == "timeline":
        argv += [draw(words), "--party", draw(parties)]
    elif command == "reductions":
        argv += ["--parties", ",".join(draw(st.lists(parties, max_size=3)))]
    elif command == "cascade":
        argv += [draw(words)] + draw(
            st.sampled_from(
                [
                    ["--withdraw", draw(parties)],
                    ["--suspend", draw(parties)],
                    ["--expire"],
                    ["--enter-into-force"],
                    ["--stay", draw(parties)],
                    [],
                ]
            )
        )
        argv += draw(st.sampled_from([[], ["--what-if"], ["--on", draw(dates)], ["--what-if", "--on", draw(dates)]]))
    elif command == "history":
        argv += ["--until", draw(dates)]
    elif command == "engage":
        argv += [
            "--warheads",
            draw(numbers),
            "--interceptors",
            draw(numbers),
            "--sspk",
            draw(probabilities),
            "--shots",
            draw(st.sampled_from(["1", "2", "0", "11", "x"])),
            "--decoys",
            draw(st.sampled_from(["0", "1", "2", "25", "-1"])),
            "--doctrine",
            draw(st.sampled_from(["salvo", "shoot-look-shoot", "slow"])),
        ]
    if draw(st.booleans()):
        argv.append("--json")
    return argv


def check_result(result, argv) -> None:
    TRIED["runs"] += 1
    assert "Traceback" not in result.output, argv
    assert result.exit_code in (0, 2), (argv, result.exit_code, result.output[-500:])
    if result.exit_code == 2:
        TRIED["errors"] += 1
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert lines, argv
    else:
        assert result.exception is None or isinstance(result.exception, SystemExit), (argv, repr(result.exception))
        assert result.stdout.strip(), argv


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command_lines())
def test_every_command_line_ends_in_output_or_one_error(argv: list[str]) -> None:
    check_result(run(*argv), argv)


force = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["silos", "subs"]),
        "basing": st.sampled_from(["silo", "sea", "mobile", "air", "moon"]),
        "launchers": st.one_of(st.integers(0, 30), st.sampled_from([10**9, -1, "many"])),
        "warheads_per_launcher": st.one_of(st.integers(1, 4), st.sampled_from([0, 10**12])),
        "reliability": st.one_of(st.floats(0, 1), st.sampled_from([1.5, "x"])),
    }
)
layer = st.fixed_dictionaries(
    {
        "name": st.just("midcourse"),
        "interceptors": st.one_of(st.integers(0, 40), st.sampled_from([10**9, -3])),
        "sspk": st.floats(0, 1),
        "shots": st.integers(1, 3),
    },
    optional={"decoys": st.just(2), "doctrine": st.sampled_from(["salvo", "shoot-look-shoot", "volley"])},
)
side = st.fixed_dictionaries(
    {"forces": st.lists(force, max_size=2)},
    optional={"defence": st.lists(layer, max_size=1), "decoys_per_warhead": st.integers(0, 2)},
)
scenario = st.fixed_dictionaries(
    {"name": st.text(max_size=20), "sides": st.fixed_dictionaries({"A": side, "B": side})},
    optional={
        "criteria": st.fixed_dictionaries(
            {"assured_retaliation": st.integers(0, 30), "value_targets": st.sampled_from([10, 0, -1])}
        ),
        "sweep": st.fixed_dictionaries(
            {
                "side": st.sampled_from(["A", "C"]),
                "layer": st.sampled_from(["midcourse", "x"]),
                "interceptors": st.lists(st.integers(-1, 30), max_size=3),
            }
        ),
        "attack": st.just({"sspk": {"silo": 0.7}}),
    },
)
raw_files = st.one_of(
    scenario.map(lambda s: yaml.safe_dump(s, allow_unicode=True).encode("utf-8")),
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.sampled_from(
        [b"", b"\xff\xfe\x00\x00", b"name: [unclosed", b"- a list\n", b"name: x\nsides: 3\n", b"\x00\x01\x02"]
    ),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_files, st.sampled_from(["stability", "frontier"]), st.booleans())
def test_every_scenario_file_ends_in_output_or_one_error(raw: bytes, command: str, as_json: bool) -> None:
    handle, path = tempfile.mkstemp(suffix=".yaml")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
        argv = (
            [command, path]
            + (["--defence-range", "0:20:10"] if command == "frontier" else [])
            + (["--json"] if as_json else [])
        )
        check_result(run(*argv), argv)
    finally:
        os.unlink(path)


def teardown_module() -> None:
    print(
        f"\nCLI fuzz: {TRIED['runs']} command lines run, {TRIED['errors']} ended in a clean error, none in a traceback"
    )
