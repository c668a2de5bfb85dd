"""Embedded font subsets with a tag of their own ("AAAAAA+Sarabun-Regular",
"BAAAAA+Sarabun-Bold").

reportlab numbers the subsets of each font from zero, so the first subset of every
font gets the same tag `AAAAAA+`; PDF 32000-1 (9.6.4) asks for a tag that tells
different subsets apart. The tag is reportlab's `SUBSETN` of the subset number; a
font here adds its own offset while reportlab writes its subsets.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.pdfbase import ttfonts

_writing = threading.Lock()  # the module-level SUBSETN is swapped while one font writes


class TaggedTTFont(ttfonts.TTFont):  # type: ignore[misc]
    """A TrueType font whose subset tags start at `100000 × index` (B…, C…)."""

    def __init__(self, name: str, path: str, index: int) -> None:
        super().__init__(name, path)
        self.tag_offset = 100_000 * index

    def addObjects(self, doc: Any) -> None:
        original = ttfonts.SUBSETN
        with _writing:
            ttfonts.SUBSETN = lambda n: original(n + self.tag_offset)
            try:
                super().addObjects(doc)
            finally:
                ttfonts.SUBSETN = original
