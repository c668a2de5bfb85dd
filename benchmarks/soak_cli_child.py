"""A desk that checks people in through the command line, for bench_soak.py: the same
`registration-cli checkin … --json` a script would run, called in a loop in one process
(each call opens and closes the database, as a separate command does).

    python benchmarks/soak_cli_child.py URL DESK REPORT.json --seconds 600 CODE…

Writes every acknowledged check-in (exit code 0) as [participant id, session id, check-in
id], and how many calls ended how.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import time
from collections import Counter
from pathlib import Path

from registration.cli import run as cli


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("desk")
    parser.add_argument("report", type=Path)
    parser.add_argument("sessions", help="session ids, comma-separated")
    parser.add_argument("codes", nargs="+")
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--pause-ms", type=int, default=100)
    args = parser.parse_args()
    sessions = [int(s) for s in args.sessions.split(",")]
    rng = random.Random(args.desk)
    acks: list[tuple[int, int, int]] = []
    exits: Counter[int] = Counter()
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        code, session = rng.choice(args.codes), rng.choice(sessions)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli(
                [
                    "--database",
                    args.url,
                    "checkin",
                    code,
                    "--session",
                    str(session),
                    "--desk",
                    args.desk,
                    "--json",
                ]
            )
        exits[status] += 1
        if status == 0:
            record = json.loads(out.getvalue())["check_in"]
            acks.append((record["participant_id"], record["session_id"], record["id"]))
        time.sleep(args.pause_ms / 1000)
    args.report.write_text(json.dumps({"acks": acks, "exits": dict(exits)}))


if __name__ == "__main__":
    main()
