"""Bytes to text: the first step of the pipeline.

Strict UTF-8 is tried first because it is both the common case and a strong
signal (random GBK or Big5 bytes almost never form valid UTF-8), and it keeps
charset-normalizer off the start-up path.  Only when UTF-8 fails is the
detector imported and asked to choose among the encodings Chinese pages use.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from newsclean.errors import InputError

#: Encodings the detector may choose from; gb18030 is a superset of gbk and gb2312.
CHINESE_CANDIDATES = ("utf_8", "gb18030", "big5hkscs", "big5", "utf_16", "utf_32")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: More NUL bytes than this share of the input means binary, not text.
MAX_NUL_SHARE = 0.01
#: More control bytes (other than tab, newlines, form feed, escape) than this share means binary.
MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])
#: More undecodable bytes than this share of the text means it is not text in any encoding we know.
MAX_REPLACED_SHARE = 0.3
#: UTF-8 with a few broken sequences (a truncated character, a stray byte) is still UTF-8:
#: at most this share of its non-ASCII bytes is undecodable, where GBK, Big5 or Latin-1
#: text read as UTF-8 loses more than half.  Without this, the detector reads the whole
#: page as GB18030 and every character comes out wrong.
MAX_UTF8_DAMAGE = 0.05
_ASCII_BYTES = bytes(range(128))


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # U+FFFD inserted for undecodable bytes


def _decode_replacing(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, text.count("\ufffd"))


def _check_mostly_decoded(decoded: Decoded, what: str) -> Decoded:
    if decoded.replaced > MAX_REPLACED_SHARE * max(len(decoded.text), 1):
        raise InputError(f"{what}: mostly undecodable ({decoded.replaced} bad bytes)")
    return decoded


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def detect_encoding(data: bytes) -> str:
    """Name the encoding of ``data`` (assumed not valid UTF-8), among CHINESE_CANDIDATES."""
    import charset_normalizer  # deferred: ~20 ms of import that UTF-8 input never needs

    best = charset_normalizer.from_bytes(data, cp_isolation=list(CHINESE_CANDIDATES)).best()
    if best is not None:
        return str(best.encoding)
    # Nothing decodes cleanly: take the candidate that loses the fewest bytes.
    return min(("gb18030", "big5"), key=lambda enc: _decode_replacing(data, enc).replaced)


#: Codecs Python registers that do not turn bytes of a page into its text.
NOT_TEXT_CODECS = frozenset({"idna", "punycode", "undefined"})


def check_encoding(encoding: str) -> str:
    """The codec name of ``encoding`` if it decodes text; ``InputError`` (one line) if not.

    >>> check_encoding("GBK"), check_encoding("auto")
    ('gbk', 'auto')
    >>> check_encoding("hex")
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: 'hex' is not a text encoding (try utf-8, gb18030 or big5)
    """
    if encoding == "auto":
        return encoding
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    # hex, base64, zlib, rot13 ... are bytes<->bytes or str<->str transforms.
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_TEXT_CODECS:
        raise InputError(f"{encoding!r} is not a text encoding (try utf-8, gb18030 or big5)")
    return info.name


def decode_bytes(data: bytes, encoding: str = "auto") -> Decoded:
    """Decode a page; raise ``InputError`` for empty, binary or undecodable input.

    >>> decode_bytes("發展".encode("big5")).text
    '發展'
    """
    if not data.strip():
        raise InputError("empty input")
    bom = _bom_encoding(data)
    if bom is None:
        if data.count(0) > MAX_NUL_SHARE * len(data):
            raise InputError("binary input (NUL bytes): not a text file")
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        if controls > MAX_CONTROL_SHARE * len(data):
            raise InputError("binary input (control bytes): not a text file")
    if encoding != "auto":
        check_encoding(encoding)
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeError:
            return _check_mostly_decoded(
                _decode_replacing(data, encoding),
                f"not {encoding} text (try --encoding auto)",
            )
    if bom is not None:
        return _check_mostly_decoded(_decode_replacing(data, bom), f"not {bom} text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _decode_replacing(data, "utf-8")
    if damaged.replaced <= MAX_UTF8_DAMAGE * len(data.translate(None, _ASCII_BYTES)):
        return damaged
    from newsclean.filters.codec_choice import likelier_codec  # the model: non-UTF-8 only

    detected = likelier_codec(data, detect_encoding(data))
    try:
        return Decoded(data.decode(detected), detected)
    except UnicodeDecodeError:
        return _check_mostly_decoded(
            _decode_replacing(data, detected), "binary or undecodable input (try --encoding)"
        )
