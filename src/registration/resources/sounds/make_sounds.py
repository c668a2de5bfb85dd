"""Writes the desk's three short sounds (ok, repeat, error) as 16-bit mono WAV files.

Run once after changing a tone: ``python make_sounds.py``; the WAVs are committed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
# name -> list of (frequency in Hz, duration in seconds); 0 Hz is a pause.
TONES: dict[str, list[tuple[float, float]]] = {
    "ok": [(880.0, 0.09), (1320.0, 0.12)],  # rising: counted
    "repeat": [(660.0, 0.10), (0.0, 0.05), (660.0, 0.10)],  # two equal beeps: already in
    "error": [(220.0, 0.30)],  # low buzz: not counted
}


def samples(parts: list[tuple[float, float]]) -> bytes:
    frames = bytearray()
    for frequency, seconds in parts:
        count = int(RATE * seconds)
        for n in range(count):
            fade = min(1.0, n / 200, (count - n) / 200)  # no clicks at the edges
            value = math.sin(2 * math.pi * frequency * n / RATE) if frequency else 0.0
            if frequency and frequency < 300:
                value = 1.0 if value >= 0 else -1.0  # square wave: a buzz
            frames += struct.pack("<h", int(value * fade * 0.4 * 32767))
    return bytes(frames)


def main() -> None:
    folder = Path(__file__).resolve().parent
    for name, parts in TONES.items():
        with wave.open(str(folder / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(samples(parts))


if __name__ == "__main__":
    main()
