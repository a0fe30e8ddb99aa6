"""Build newsclean's OpenCC-derived data files from an OpenCC source tree.

    version=$(python -c 'import importlib.metadata as m; print(m.version("opencc"))')
    pip download --no-deps --no-binary :all: "opencc==$version" -d /tmp/occ
    tar xzf /tmp/occ/opencc-*.tar.gz -C /tmp/occ
    python tools/build_opencc_tables.py /tmp/occ/opencc-*/

writes ``src/newsclean/data/opencc_chains.txt`` (characters a single pass of a
to-simplified configuration leaves convertible, computed with the installed binding),
``src/newsclean/data/traditional_only.txt`` (Han characters outside GB2312 that t2s
changes and no to-simplified conversion writes: the evidence that a page is
traditional), ``src/newsclean/data/opencc_kept.txt`` (characters each configuration
writes inside a phrase but converts alone), ``opencc_kept_phrases.txt`` (those phrases:
only inside them are such characters left alone on simplified pages) and
``src/newsclean/data/script_variants.txt`` (the Taiwan-only and Hong-Kong-only character
forms and regional phrases of OpenCC's dictionaries, the evidence ``--convert auto`` reads).
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import sys

import opencc

CONFIGS = ("t2s", "tw2s", "hk2s", "tw2sp")
DATA = os.path.join(os.path.dirname(__file__), "..", "src", "newsclean", "data")


def read_dictionary(root: str, name: str) -> list[tuple[str, list[str]]]:
    path = os.path.join(root, "data", "dictionary", name)
    entries = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            key, _, values = line.rstrip("\n").partition("\t")
            entries.append((key, values.split()))
    return entries


def header(kind: str) -> list[str]:
    version = importlib.metadata.version("opencc")
    return [
        f"# {kind}",
        f"# Source: OpenCC {version} (https://github.com/BYVoid/OpenCC), data/dictionary/*.txt",
        "# of its PyPI source distribution; licence Apache-2.0.",
        "# Made by: python tools/build_opencc_tables.py OPENCC_SOURCE_TREE (see that script),",
        f"# with the installed opencc {version} binding; tests/test_convert.py checks it.",
    ]


def chains(root: str) -> list[str]:
    chars: set[str] = set()
    for name in os.listdir(os.path.join(root, "data", "dictionary")):
        if name.endswith(".txt"):
            for key, values in read_dictionary(root, name):
                chars.update(c for c in [key, *values] if len(c) == 1)
    rows = []
    for config in CONFIGS:
        convert = opencc.OpenCC(config).convert
        for char in sorted(chars):
            once = convert(char)
            if len(once) == 1 and once != char and convert(once) != once:
                final = once
                for _ in range(5):
                    nxt = convert(final)
                    if nxt == final:
                        break
                    final = nxt
                rows.append(f"{config}\t{once}\t{final}")
    return sorted(set(rows))


def variants(root: str) -> list[str]:
    def forms(name: str) -> set[str]:
        found = set()
        for key, values in read_dictionary(root, name):
            found.update(v for v in values if v != key and len(v) == 1)
        return found

    taiwan, hong_kong = forms("TWVariants.txt"), forms("HKVariants.txt")
    rows = [f"char\ttw\t{c}" for c in sorted(taiwan - hong_kong)]
    rows += [f"char\thk\t{c}" for c in sorted(hong_kong - taiwan)]
    for name, region in (("TWPhrases.txt", "tw"), ("HKPhrases.txt", "hk")):
        for key, values in read_dictionary(root, name):
            rows += [f"phrase\t{region}\t{v}" for v in values if len(v) >= 2 and v != key]
    return sorted(set(rows))


#: Where Han characters live: the BMP blocks and the supplementary ideographic plane.
HAN_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00), (0x20000, 0x30000))
#: Extensions G and H: newsclean counts them as Han (``charmodel.is_han``).
SIMPLIFIED_EXTRA = (0x30000, 0x323B0)


def simplified_outputs(root: str) -> set[str]:
    """Every character OpenCC's to-simplified configurations write for some entry of its
    dictionaries (陳志昇 -> 陈志昇 keeps 昇): such a character is no evidence that a
    page is traditional, since newsclean's own output may hold it."""
    return set().union(*(_written(root, config) for config in ("t2s", "tw2s", "hk2s")))


def kept_in_phrases(root: str) -> list[str]:
    """Per configuration, the characters it writes inside a phrase of its output but
    converts on their own (乾 in 旋乾转坤, 麽 in 幺麽): converting such output again
    changes it, so newsclean leaves them alone on a page that is already simplified."""
    rows = []
    for config in ("t2s", "tw2s", "hk2s"):
        convert = opencc.OpenCC(config).convert
        chars = sorted(c for c in _written(root, config) if c.strip() and convert(c) != c)
        rows.append(f"{config}\t{''.join(chars)}")
    return rows


def kept_phrases(root: str) -> list[str]:
    """Per configuration, the phrases of its output that hold a character of
    ``kept_in_phrases`` (旋乾转坤, 幺麽, 陈志昇): only inside one of them is such a character
    OpenCC's own output; elsewhere on a simplified page (於 in 并於本月) it is converted."""
    rows = []
    kept = {row.split("\t")[0]: set(row.split("\t")[1]) for row in kept_in_phrases(root)}
    words = _dictionary_text(root).split("\n")
    for config in ("t2s", "tw2s", "hk2s"):
        outputs = opencc.OpenCC(config).convert("\n".join(words)).split("\n")
        phrases = {o for o in outputs if len(o) > 1 and not kept[config].isdisjoint(o)}
        rows.extend(f"{config}\t{phrase}" for phrase in sorted(phrases))
    return rows


@functools.cache
def _written(root: str, config: str) -> frozenset[str]:
    """The characters ``config`` writes for the entries of OpenCC's dictionaries (one
    conversion of them all, shared by the two tables that need it)."""
    return frozenset(opencc.OpenCC(config).convert(_dictionary_text(root)))


@functools.cache
def _dictionary_text(root: str) -> str:
    keys: set[str] = set()
    for name in os.listdir(os.path.join(root, "data", "dictionary")):
        if name.endswith(".txt"):
            for key, values in read_dictionary(root, name):
                keys.update([key, *values])
    return "\n".join(sorted(keys))


def traditional_only(root: str | None) -> list[str]:
    """Han characters outside GB2312 that OpenCC's t2s changes, each on its own, and that
    no to-simplified conversion writes (``simplified_outputs``; not applied without an
    OpenCC source tree, ``root`` None)."""
    outputs = simplified_outputs(root) if root is not None else set()
    candidates = []
    for low, high in HAN_RANGES:
        for code in range(low, high):
            char = chr(code)
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                candidates.append(char)
    converted = opencc.OpenCC("t2s").convert("\n".join(candidates)).split("\n")
    return [c for c, s in zip(candidates, converted, strict=True) if s != c and c not in outputs]


def simplified_only() -> list[str]:
    """Han characters t2s leaves as they are (or makes several of) and s2t changes, each on
    its own, into one other character: the forms only the simplified script writes, which
    ``slip_script`` reads (asking OpenCC's s2t at run time cost each process a tenth of a
    second to load its dictionaries)."""
    candidates = [
        chr(code) for low, high in (*HAN_RANGES, SIMPLIFIED_EXTRA) for code in range(low, high)
    ]
    text = "\n".join(candidates)
    to_simplified = opencc.OpenCC("t2s").convert(text).split("\n")
    to_traditional = opencc.OpenCC("s2t").convert(text).split("\n")
    return [
        char
        for char, simple, traditional in zip(candidates, to_simplified, to_traditional, strict=True)
        if (simple == char or len(simple) != 1) and len(traditional) == 1 and traditional != char
    ]


#: The traditional standards: a character one of them writes is no simplified-only form.
TRADITIONAL_CONFIGS = ("s2t", "s2tw", "s2hk")


def traditional_written(root: str) -> list[str]:
    """The characters of ``simplified_only`` that a traditional standard writes all the
    same: alone (s2tw keeps 床 and 峰, s2hk keeps 台) or inside a word of OpenCC's
    dictionaries (s2t keeps 里 in 公里, 后 in 皇后, 于 in 于丹).  A Taiwan or Hong Kong
    writer prints them, so a traditional line holding them is no mixed line and one of them
    is no slip's.  Rows: character, configuration, the word that shows it (one each)."""
    words = _dictionary_text(root).split("\n")
    convert = {config: opencc.OpenCC(config).convert for config in TRADITIONAL_CONFIGS}
    outputs = {config: convert[config]("\n".join(words)).split("\n") for config in convert}
    rows = []
    for char in simplified_only():
        witness = next((config for config in convert if convert[config](char) == char), None)
        if witness is not None:
            rows.append(f"{char}\t{witness}\t{char}")
            continue
        for config in TRADITIONAL_CONFIGS:
            word = next((w for w, o in zip(words, outputs[config], strict=True) if char in o), None)
            if word is not None:
                rows.append(f"{char}\t{config}\t{word}")
                break
    return rows


def write_simplified_only(root: str) -> None:
    written = traditional_written(root)
    kept = {row.split("\t")[0] for row in written}
    with open(os.path.join(DATA, "simplified_only.txt"), "w", encoding="utf-8") as out:
        lines = header(
            "Simplified-only characters: kept by OpenCC's t2s, changed by its s2t into one"
            " other character, and written by no traditional standard (traditional_written.txt)."
        )
        lines.append("# Format: one character a line (read by filters/slip_script.py).")
        out.write("\n".join(lines + [c for c in simplified_only() if c not in kept]) + "\n")
    with open(os.path.join(DATA, "traditional_written.txt"), "w", encoding="utf-8") as out:
        lines = header(
            "Characters s2t changes alone that a traditional standard (s2t, s2tw, s2hk) writes"
            " all the same, alone or inside a word of OpenCC's dictionaries."
        )
        lines.append("# Format: char<TAB>config<TAB>the word it converts keeping char")
        lines.append("# (left out of simplified_only.txt; tests/test_convert.py checks each).")
        out.write("\n".join(lines + written) + "\n")


def main() -> None:
    root = sys.argv[1]
    with open(os.path.join(DATA, "opencc_chains.txt"), "w", encoding="utf-8") as out:
        lines = header("Characters one pass of OpenCC leaves convertible, per configuration.")
        lines.append("# Format: config<TAB>character after one pass<TAB>its fixed point")
        out.write("\n".join(lines + chains(root)) + "\n")
    with open(os.path.join(DATA, "traditional_only.txt"), "w", encoding="utf-8") as out:
        lines = header(
            "Traditional-only characters: outside GB2312, changed by OpenCC's t2s, and never"
            " written by a to-simplified conversion."
        )
        lines.append("# Format: one character a line (read by filters/script.py).")
        out.write("\n".join(lines + traditional_only(root)) + "\n")
    write_simplified_only(root)
    with open(os.path.join(DATA, "opencc_kept.txt"), "w", encoding="utf-8") as out:
        lines = header("Characters OpenCC writes inside a phrase but converts on their own.")
        lines.append("# Format: config<TAB>the characters (read by filters/convert.py).")
        out.write("\n".join(lines + kept_in_phrases(root)) + "\n")
    with open(os.path.join(DATA, "opencc_kept_phrases.txt"), "w", encoding="utf-8") as out:
        lines = header("The phrases of OpenCC's output that hold a character of opencc_kept.")
        lines.append("# Format: config<TAB>a phrase (read by filters/convert.py).")
        out.write("\n".join(lines + kept_phrases(root)) + "\n")
    with open(os.path.join(DATA, "script_variants.txt"), "w", encoding="utf-8") as out:
        lines = header("Regional evidence for --convert auto: Taiwan / Hong Kong forms.")
        lines.append("# Format: char|phrase<TAB>tw|hk<TAB>form (forms used by one region's")
        lines.append("# standard and not by the other's, from TW/HKVariants and TW/HKPhrases).")
        out.write("\n".join(lines + variants(root)) + "\n")


if __name__ == "__main__":
    main()
