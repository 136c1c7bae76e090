"""The README's sample outputs, regenerated from the tool itself and checked against it.

Every fenced block of README.md whose first line is ``$ armscontrol ...`` shows
what that command prints. A block either shows the whole output, or an excerpt:
lines of the output with ``...`` standing for what is left out (a line of its
own, or the end of a line). Dates that depend on the day the command runs (a
command without ``--on`` answers for today) are normalised before comparing.

    python docs/readme_outputs.py            # check: one line per block that differs, exit 1 if any
    python docs/readme_outputs.py --write    # rewrite README.md with what the tool prints now

``--write`` replaces a whole block with the new output, and in an excerpt each
shown line with the line of the new output it stands for, so an excerpt keeps
its shape while its figures follow the tool.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
WIDTH = 240
"""Terminal columns the commands print for: wide enough that no table is wrapped."""
ELLIPSIS = "..."
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass
class Command:
    """One command of a README block: its line, the lines shown under it, and where they stand in the README."""

    argv: list[str]
    shown: list[str]
    start: int  # index in the README's lines of the first shown line
    end: int  # index after the last shown line


def commands(lines: list[str]) -> list[Command]:
    """The ``$ armscontrol ...`` commands of README's fenced blocks, each with the lines shown under it."""
    found: list[Command] = []
    inside = False
    current: Command | None = None
    for i, line in enumerate(lines):
        if line.startswith("```"):
            if inside and current is not None:
                current.end = _trim(lines, current.start, i)
                found.append(current)
                current = None
            inside = not inside
            continue
        if inside and line.startswith("$ armscontrol"):
            if current is not None:
                current.end = _trim(lines, current.start, i)
                found.append(current)
            current = Command(shlex.split(line[2:])[1:], [], i + 1, i + 1)
    for command in found:
        command.shown = lines[command.start : command.end]
    return found


def _trim(lines: list[str], start: int, end: int) -> int:
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def run(argv: list[str]) -> list[str]:
    """What ``armscontrol ARGV`` prints (standard output, then standard error), as lines."""
    env = {**os.environ, "COLUMNS": str(WIDTH), "NO_COLOR": "1", "TERM": "dumb", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", "from armscontrol.cli import main; main()", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = [line.rstrip() for line in (done.stdout + done.stderr).splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _pattern(shown: str, dated: bool) -> re.Pattern[str]:
    """A shown line as a pattern: ``...`` inside it stands for anything, and (without ``--on``) so does a date."""
    text = shown.rstrip()
    parts = [re.escape(part) for part in text.split(ELLIPSIS)]
    body = ".*".join(parts)
    if dated:
        body = DATE.sub(r"\\d{4}-\\d{2}-\\d{2}", body.replace(r"\-", "-"))
    return re.compile(r"\s*".join(re.split(r"\\?\s+", body)) + r"\s*")


def match(command: Command, output: list[str]) -> tuple[list[str], list[str]]:
    """The block as the tool prints it now, and the shown lines that no line of the output matches."""
    dated = "--on" not in command.argv
    if not any(line.strip() == ELLIPSIS or line.rstrip().endswith(ELLIPSIS) for line in command.shown):
        same = len(output) == len(command.shown) and all(
            _pattern(s, dated).fullmatch(o) for s, o in zip(command.shown, output)
        )
        return output, (
            []
            if same
            else [s for s in command.shown if not any(_pattern(s, dated).fullmatch(o) for o in output)]
            or ["(the output has other lines)"]
        )
    new, missing, at = [], [], 0
    for shown in command.shown:
        if shown.strip() == ELLIPSIS:
            new.append(shown)
            continue
        pattern = _pattern(shown, dated)
        hit = next((j for j in range(at, len(output)) if pattern.fullmatch(output[j])), None)
        if hit is None:
            missing.append(shown)
            nearest = difflib.get_close_matches(shown.strip(), [o.strip() for o in output[at:]], n=1, cutoff=0.6)
            if nearest and ELLIPSIS not in shown:  # the same line with other figures: the new one stands in for it
                hit = at + [o.strip() for o in output[at:]].index(nearest[0])
                new.append(output[hit])
                at = hit + 1
            else:
                new.append(shown)
        else:
            new.append(shown if ELLIPSIS in shown else output[hit])
            at = hit + 1
    return new, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite README.md with what the tool prints now")
    args = parser.parse_args(argv)
    lines = README.read_text(encoding="utf-8").splitlines()
    failures = 0
    for command in reversed(commands(lines)):  # from the end, so that earlier indices stay valid
        new, missing = match(command, run(command.argv))
        for line in missing:
            failures += 1
            print(
                f"README.md:{command.start}: armscontrol {shlex.join(command.argv)}: not in the output: "
                f"{line.strip()[:160]}"
            )
        if args.write:
            lines[command.start : command.end] = new
    if args.write:
        README.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if failures and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
