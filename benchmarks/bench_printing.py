"""Figures for printing (issue: PDF badges). Prints them; asserts nothing.

    .venv/bin/python benchmarks/bench_printing.py [--count 10000] [--decode] [--mask 0]

- 136 demo badges: first job in a fresh process (fonts, Thai dictionary) and a second one
- N badges with the longest real-looking Thai names: time per badge against a bare
  reportlab loop drawing the same shaped strings and the same QR rectangles, each in a
  fresh process so its peak memory (ru_maxrss) is its own
- --decode: rasterise every page of the N badges and decode every QR code back
- --mask M: a fixed QR mask pattern instead of scoring all eight
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.printing.people import EVENT, long_named_people

from registration.domain.badge_code import format_badge_code
from registration.printing import qr
from registration.printing.badges import geometry, render_badges
from registration.printing.fonts import BOLD, REGULAR, register_fonts
from registration.printing.layouts import get_layout
from registration.printing.thai_wrap import words


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_loop(out: Path, people: list, layout_name: str) -> None:  # type: ignore[type-arg]
    """The same strings shaped (shapeStr, no cache) and drawn at fixed sizes, the same QR
    drawing: no fitting, wrapping, colour bands or warnings."""
    layout = get_layout(layout_name)
    slots = list(layout.slots())
    canvas = Canvas(str(out), pagesize=layout.page_size, pageCompression=1)
    for start in range(0, len(people), layout.per_page):
        for slot, person in zip(slots, people[start : start + layout.per_page], strict=False):
            g = geometry(slot.width, slot.height)
            canvas.saveState()
            canvas.translate(slot.x, slot.y)
            texts = [
                (EVENT.name, REGULAR, 7),
                (person.full_name, BOLD, 12),
                (person.nickname, BOLD, 12),
                (person.province.name_th, REGULAR, 10),
                (person.organisation, REGULAR, 8),
                (person.issue_area.name_th, BOLD, 11),
            ]
            y = g.height - 12
            for text, font, size in texts:
                canvas.setFont(font, size)
                canvas.drawString(g.pad, y, shapeStr(text, font, size))
                y -= size * 1.3
            qr.draw_qr(canvas, person.badge_code, g.qr_x, g.qr_y, g.qr_side)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawCentredString(g.qr_x + 30, g.qr_y - 8, format_badge_code(person.badge_code))
            canvas.restoreState()
        canvas.showPage()
    canvas.save()


def run_part(part: str, count: int, out: Path) -> dict[str, float]:
    register_fonts()
    words("เตรียมพจนานุกรม")  # load the Thai dictionary outside the timing
    people = long_named_people(count)
    started, cpu = time.perf_counter(), time.process_time()
    if part == "ours":
        render_badges(out, EVENT, people, "a4-10")
    else:
        bare_loop(out, people, "a4-10")
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "peak_mb": peak_mb(),
        "bytes": out.stat().st_size,
    }


def demo_badges(folder: Path) -> None:
    from registration.services import registry
    from registration.services.demo import load_demo_event
    from registration.storage.migrate import open_database

    db = open_database(f"sqlite:///{folder / 'demo.sqlite'}")
    event = load_demo_event(db)
    people = registry.list_participants(db, event.id)
    for label in ("first job in the process", "second job"):
        started, cpu = time.perf_counter(), time.process_time()
        result = render_badges(folder / "demo.pdf", event, people, "a4-8")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"136 demo badges, {label}: {seconds:.2f} s wall, {cpu:.2f} s CPU "
            f"({result.pages} pages)"
        )
    db.dispose()


def decode_all(out: Path, count: int) -> None:
    from tests.printing.pdf_tools import decoded_pages

    started = time.perf_counter()
    found: set[str] = set()
    for page in decoded_pages(out):
        found |= page
    codes = {p.badge_code for p in long_named_people(count)}
    print(
        f"decoded {len(found & codes)} of {len(codes)} QR codes, {len(found - codes)} unexpected "
        f"({time.perf_counter() - started:.0f} s to rasterise and decode)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--decode", action="store_true")
    parser.add_argument("--mask", type=int, choices=range(8))
    parser.add_argument("--part", choices=["ours", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mask is not None:
        qr.MASK_PATTERN = args.mask
    if args.part:
        print(json.dumps(run_part(args.part, args.count, args.out)))
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo_badges(folder)
        figures = {}
        for part in ("bare", "ours"):
            command = [sys.executable, __file__, "--part", part, "--count", str(args.count)]
            command += ["--out", str(folder / f"{part}.pdf")]
            if args.mask is not None:
                command += ["--mask", str(args.mask)]
            lines = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            figures[part] = json.loads(lines.strip().splitlines()[-1])
        for part, label in (("bare", "bare reportlab loop"), ("ours", "render_badges")):
            f = figures[part]
            print(
                f"{args.count} long-name badges, {label}: {f['seconds']:.1f} s wall, "
                f"{f['cpu']:.1f} s CPU, {1000 * f['cpu'] / args.count:.2f} ms CPU/badge, "
                f"peak {f['peak_mb']:.0f} MB, "
                f"{f['bytes'] / 1e6:.1f} MB PDF"
            )
        ratio = figures["ours"]["cpu"] / figures["bare"]["cpu"]
        print(f"CPU time per badge, render_badges / bare loop: {ratio:.2f}x")
        if args.decode:
            decode_all(folder / "ours.pdf", args.count)


if __name__ == "__main__":
    main()
