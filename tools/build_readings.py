"""Build ``src/newsclean/data/pinyin_readings.txt`` from pypinyin's public interface.

    python tools/build_readings.py            # rewrites the data file
    python tools/build_readings.py --check    # exit 1 if the file differs from a fresh build

Every Han code point (``\\p{Han}`` in the BMP and the supplementary planes) is asked of
``pypinyin.pinyin(char, style=Style.TONE, heteronym=True)``: the tone-marked readings of
the character, in pypinyin's order, NFC.  Characters pypinyin does not know are left out.

The third column is a rough measure of how ordinary the character is: the number of
entries of pypinyin's phrase dictionary (``pypinyin.phrases_dict.phrases_dict``, written in
simplified characters) that contain the character or its OpenCC ``t2s`` form, capped at
999.  The filter uses it only to tell a mirror's glosses on everyday characters (發 588,
業 119) from a language note on a rare one (盱 1, 亳 0).

Run at development time only: newsclean reads the generated file, never pypinyin's own
data files, so a change of pypinyin's private layout cannot silently stop the stripping,
and ``tests/test_pinyin_readings.py`` checks that the file still matches the installed
pypinyin.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

OUT = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data" / "pinyin_readings.txt"
HAN = regex.compile(r"\p{Han}")
PLANES = ((0x2E80, 0xA000), (0xF900, 0xFB00), (0x20000, 0x33000))
PHRASE_CAP = 999


def han_code_points() -> list[str]:
    return [chr(cp) for low, high in PLANES for cp in range(low, high) if HAN.match(chr(cp))]


def char_readings(char: str) -> list[str]:
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.TONE, heteronym=True, errors=lambda _: [[]])
    if not found or not found[0]:
        return []
    out: list[str] = []
    for reading in found[0]:
        reading = unicodedata.normalize("NFC", reading)
        if reading and reading not in out:
            out.append(reading)
    return out


def phrase_counts() -> Counter[str]:
    from pypinyin.phrases_dict import phrases_dict

    counts: Counter[str] = Counter()
    for phrase in phrases_dict:
        counts.update(set(phrase))
    return counts


def build() -> str:
    import pypinyin
    from opencc import OpenCC

    t2s = OpenCC("t2s")
    counts = phrase_counts()
    rows = []
    for char in han_code_points():
        readings = char_readings(char)
        if not readings:
            continue
        simplified = t2s.convert(char)
        common = max(counts[char], counts[simplified] if len(simplified) == 1 else 0)
        rows.append(f"{char}\t{','.join(readings)}\t{min(common, PHRASE_CAP)}")
    header = [
        "# Tone-marked readings of Han characters, for the pinyin-gloss filter.",
        "# Format: character<TAB>readings (comma-separated, NFC, pypinyin's order)<TAB>phrases",
        "#   phrases: entries of pypinyin's phrase dictionary containing the character or its",
        f"#   OpenCC t2s form, capped at {PHRASE_CAP} (a rough measure of an everyday character).",
        f"# Source: pypinyin {pypinyin.__version__} (MIT License, https://github.com/mozillazg/python-pinyin),",
        "#   through its public interface: pypinyin.pinyin(char, style=Style.TONE, heteronym=True)",
        "#   and pypinyin.phrases_dict.phrases_dict.",
        "# Made by: python tools/build_readings.py",
        f"# Entries: {len(rows)}",
    ]
    return "\n".join(header + rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
