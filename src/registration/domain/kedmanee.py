"""Undo a keyboard-wedge scan typed while the Thai (Kedmanee) layout was active.

A scanner sends key positions, not characters. With the Thai layout active the
operating system turns each key into the Thai character on that key, so the code
``K7QM...`` arrives as ``าึๆท...``. Mapping every character back to the key it
sits on (either shift level) restores what the scanner meant to type.
"""

# Each row: the US key, then what Kedmanee gives unshifted and shifted on that key.
_KEYS: tuple[tuple[str, str, str], ...] = (
    ("`", "_", "%"),
    ("1", "ๅ", "+"),
    ("2", "/", "๑"),
    ("3", "-", "๒"),
    ("4", "ภ", "๓"),
    ("5", "ถ", "๔"),
    ("6", "ุ", "ู"),
    ("7", "ึ", "฿"),
    ("8", "ค", "๕"),
    ("9", "ต", "๖"),
    ("0", "จ", "๗"),
    ("-", "ข", "๘"),
    ("=", "ช", "๙"),
    ("q", "ๆ", "๐"),
    ("w", "ไ", '"'),
    ("e", "ำ", "ฎ"),
    ("r", "พ", "ฑ"),
    ("t", "ะ", "ธ"),
    ("y", "ั", "ํ"),
    ("u", "ี", "๊"),
    ("i", "ร", "ณ"),
    ("o", "น", "ฯ"),
    ("p", "ย", "ญ"),
    ("[", "บ", "ฐ"),
    ("]", "ล", ","),
    ("\\", "ฃ", "ฅ"),
    ("a", "ฟ", "ฤ"),
    ("s", "ห", "ฆ"),
    ("d", "ก", "ฏ"),
    ("f", "ด", "โ"),
    ("g", "เ", "ฌ"),
    ("h", "้", "็"),
    ("j", "่", "๋"),
    ("k", "า", "ษ"),
    ("l", "ส", "ศ"),
    (";", "ว", "ซ"),
    ("'", "ง", "."),
    ("z", "ผ", "("),
    ("x", "ป", ")"),
    ("c", "แ", "ฉ"),
    ("v", "อ", "ฮ"),
    ("b", "ิ", "ฺ"),
    ("n", "ื", "์"),
    ("m", "ท", "?"),
    (",", "ม", "ฒ"),
    (".", "ใ", "ฬ"),
    ("/", "ฝ", "ฦ"),
)

KEDMANEE_TO_US: dict[str, str] = {}
for _key, _plain, _shifted in _KEYS:
    KEDMANEE_TO_US[_plain] = _key
    KEDMANEE_TO_US[_shifted] = _key

US_TO_KEDMANEE_PLAIN: dict[str, str] = {key: plain for key, plain, _ in _KEYS}
US_TO_KEDMANEE_SHIFTED: dict[str, str] = {key: shifted for key, _, shifted in _KEYS}

_THAI_BLOCK = range(0x0E00, 0x0E80)


def looks_typed_in_kedmanee(text: str) -> bool:
    """True when the text holds Thai characters, i.e. the Thai layout was active."""
    return any(ord(ch) in _THAI_BLOCK for ch in text)


def kedmanee_to_us_keys(text: str) -> str:
    """Map every character to the US key it sits on; unknown characters pass through."""
    return "".join(KEDMANEE_TO_US.get(ch, ch) for ch in text)


def type_as_kedmanee(text: str) -> str:
    """What a scanner 'typing' `text` produces with the Thai layout active.

    Upper-case letters are sent with Shift, as scanners do. Used by tests and the
    benchmark to replay scans.
    """
    out = []
    for ch in text:
        if ch.isupper():
            out.append(US_TO_KEDMANEE_SHIFTED[ch.lower()])
        else:
            out.append(US_TO_KEDMANEE_PLAIN.get(ch, ch))
    return "".join(out)
