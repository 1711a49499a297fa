"""Bytes to text: the encoding detected, mojibake repaired, binary content refused with what it is."""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy

BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"PK\x03\x04": "zip data (an office document?)",
    b"\x1f\x8b": "gzip data",
    b"BZh": "bzip2 data",
    b"\x7fELF": "an executable",
    b"ID3": "MP3 audio",
    b"OggS": "Ogg media",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# More NULs than this share of the bytes (and no UTF-16/32 BOM): binary, not text with stray NULs.
MAX_NUL_SHARE = 0.05
# Accented letters of French text, to choose between encodings that decode a file equally cleanly.
FRENCH_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
CHAOS_TOLERANCE = 0.01
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, normalization="NFC")
# A line made only of these characters has nothing ftfy would repair: ASCII without `&` (HTML
# entities), French letters except Ã, Â and â (the lead bytes of UTF-8 letters and punctuation
# misread as cp1252) and the signs of French typography. Skipping ftfy on such lines makes
# ingest several times faster on clean text, with the same output.
_MAY_NEED_REPAIR = re.compile(r"[^\t\x20-\x25\x27-\x7eàäçéèêëîïôöùûüÿœæÀÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»“”‘’–—…°\xa0\u202f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?")


class UnreadableContent(Exception):
    """The bytes are not text: the document is `skipped`, with this message."""


def decode(data: bytes) -> str:
    """Bytes to text: BOM or UTF-8 first, else the detected encoding. `tidy` repairs it after.

    Raises UnreadableContent for bytes that are not text (images, PDFs, binaries).
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    kind = binary_kind(data)
    if kind:
        raise UnreadableContent(f"binary content ({kind}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_detected(data)


def _decode_detected(data: bytes) -> str:
    """The detected encoding; among equally clean guesses, the one that reads as French.

    cp1250 and cp1252 decode `crème` equally cleanly (`crčme` / `crème`):
    charset-normalizer's tie is broken by the share of French letters.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise UnreadableContent("binary content (no text encoding fits), not text")
    least_chaos = min(match.chaos for match in matches)
    clean = [match for match in matches if match.chaos <= least_chaos + CHAOS_TOLERANCE]
    return max((str(match) for match in clean), key=_french_letter_share)


def _french_letter_share(text: str) -> float:
    accented = [char for char in text if ord(char) > 127 and char.isalpha()]
    if not accented:
        return 0.0
    return sum(char in FRENCH_LETTERS for char in accented) / len(accented)


def tidy(text: str) -> str:
    """Mojibake repaired (`Ã©` → `é`), control characters dropped, line ends as `\\n`. Quotes stay as written."""
    lines = _LINE_BREAKS.sub("\n", text).split("\n")
    repaired = [ftfy.fix_text(line, FTFY_CONFIG) if _MAY_NEED_REPAIR.search(line) else line for line in lines]
    return _CONTROL.sub("", "\n".join(repaired))


def binary_kind(data: bytes) -> str:
    """What the bytes are when they are not text, else ''."""
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    sample = data[:8192]
    if sample and sample.count(0) / len(sample) > MAX_NUL_SHARE:
        return "binary data"
    return ""
