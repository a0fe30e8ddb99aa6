"""Build src/newsclean/data/charmodel.txt, the character model of the mojibake filter.

    pip download --no-deps --no-binary :all: jieba==0.42.1 -d /tmp/jieba
    tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    python tools/build_charmodel.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt

The source is jieba's dictionary (jieba 0.42.1, MIT licence): 349,046 words, each with a
count from jieba's training corpus (People's Daily and other running text).  Every word is
converted with OpenCC t2s (the filter judges rarity on the simplified character, so a
traditional character and its simplified form share one entry), then

* a character's count is the sum of the counts of the words it occurs in;
* a character pair's count is the sum of the counts of the words it occurs in, adjacent.

Pairs are seen only inside words, so the table knows "投资" but not "的投"; the filter
backs off to the unigram across word boundaries.  Written out, quantised to half nats:

    u <TAB> cost <TAB> characters      cost = round(-2 ln P(c)), P(c) = count(c) / total
    b <TAB> a <TAB> bs <TAB> costs      for each b of bs, the letter at its place in costs
                                       is "a" + round(-2 ln (count(ab) / count(a)))

    c <TAB> cost <TAB> characters      the common characters: cost <= COMMON_COST, and
                                       every CJK character whose t2s form is one of them

Only pairs seen MIN_PAIR_COUNT times or more, with P(b | a) >= e^(-MAX_PAIR_COST / 2), are
kept (61,766 of 298,593): a rarer pair adds little to the unigram the filter backs off
to (on the test sentences and pages the scores do not change), and the table must load
fast.
"""

from __future__ import annotations

import argparse
import collections
import math
import sys
from pathlib import Path

import opencc

MIN_PAIR_COUNT = 10
MAX_PAIR_COST = 13  # P(b | a) >= about 0.15 %
COMMON_COST = 25  # P(c) >= about 4e-6: charmodel.COMMON_LOGPROB = -COMMON_COST / 2
OUT = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data" / "charmodel.txt"


def is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\U00020000"


def common_characters(chars: collections.Counter[str], total: int) -> list[str]:
    """Simplified characters of cost <= COMMON_COST, and the CJK characters t2s maps to them."""
    common = {c for c, n in chars.items() if round(-2 * math.log(n / total)) <= COMMON_COST}
    candidates = [chr(code) for code in range(0x4E00, 0xA000)]
    converted = opencc.OpenCC("t2s").convert("\n".join(candidates)).split("\n")
    for char, simple in zip(candidates, converted, strict=True):
        if simple in common:
            common.add(char)
    return sorted(common)


def build(dict_path: Path) -> str:
    words: list[str] = []
    counts: list[int] = []
    with dict_path.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) >= 2:
                words.append(fields[0])
                counts.append(int(fields[1]))
    converted = opencc.OpenCC("t2s").convert("\n".join(words)).split("\n")
    if len(converted) != len(words):
        raise SystemExit("OpenCC changed the number of lines")
    chars: collections.Counter[str] = collections.Counter()
    pairs: collections.Counter[str] = collections.Counter()
    for word, count in zip(converted, counts, strict=True):
        for i, char in enumerate(word):
            if not is_han(char):
                continue
            chars[char] += count
            if i and is_han(word[i - 1]):
                pairs[word[i - 1] + char] += count
    total = sum(chars.values())
    by_cost: dict[tuple[str, int], list[str]] = collections.defaultdict(list)
    for char, count in sorted(chars.items()):
        by_cost["u", round(-2 * math.log(count / total))].append(char)
    followers: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    kept = 0
    for pair, count in sorted(pairs.items()):
        cost = round(-2 * math.log(count / chars[pair[0]]))
        if count >= MIN_PAIR_COUNT and cost <= MAX_PAIR_COST:
            followers[pair[0]].append((pair[1], chr(ord("a") + cost)))
            kept += 1
    by_cost["c", COMMON_COST] = common_characters(chars, total)
    header = [
        "# newsclean character model for the mojibake filter (filters/charmodel.py).",
        "# Source: jieba 0.42.1 dict.txt (https://github.com/fxsjy/jieba, MIT licence),",
        "#   349,046 words with counts; words converted with OpenCC t2s.",
        "# Built by: python tools/build_charmodel.py <path to jieba/dict.txt>",
        f"#   with OpenCC {opencc.__version__}.",
        f"# {len(chars)} characters (total count {total}); {kept} character pairs seen",
        f"#   inside words at least {MIN_PAIR_COUNT} times,"
        f" with P(b | a) >= e^-{MAX_PAIR_COST / 2}.",
        "# Format: u<TAB>cost<TAB>characters   cost = round(-2 ln P(c))",
        "#         b<TAB>a<TAB>bs<TAB>costs     per b of bs, a letter: 'a' + round(-2 ln P(b | a))",
        f"#         c<TAB>{COMMON_COST}<TAB>characters     common: cost <= {COMMON_COST},"
        " or t2s of one",
    ]
    body = [f"{kind}\t{cost}\t{''.join(items)}" for (kind, cost), items in sorted(by_cost.items())]
    body += [
        f"b\t{first}\t{''.join(b for b, _ in pairs)}\t{''.join(c for _, c in pairs)}"
        for first, pairs in sorted(followers.items())
    ]
    return "\n".join(header + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dict_txt", type=Path, help="jieba's dict.txt")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.write_text(build(args.dict_txt), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
