"""Text as it enters Bowout, from any door: without NUL characters.

PostgreSQL cannot store a NUL (U+0000) in text (a 500 where one got through), and no text a
person means holds one: an upload's NULs are the every-other-byte of UTF-16 read as something
else, or an attack. Files and documents (CSV imports, invitations, restored downloads,
captured postings, emails) drop them here, in ``without_nul``. Forms refuse them instead,
beside the field ("Null characters are not allowed."): Django's CharField carries that check
for every form, and tests/fuzz/test_forms.py posts a NUL into every field of every form.
"""

from typing import Any

NUL = "\x00"


def without_nul(value: Any) -> Any:
    """``value`` with every NUL taken out: of a string, of UTF-8 bytes, or of every string
    (keys too) inside lists and dicts, as a parsed JSON document holds them. Anything else as
    it is."""
    if isinstance(value, str):
        return value.replace(NUL, "")
    if isinstance(value, bytes):
        return value.replace(b"\x00", b"")
    if isinstance(value, list):
        return [without_nul(item) for item in value]
    if isinstance(value, dict):
        return {without_nul(key): without_nul(item) for key, item in value.items()}
    return value
