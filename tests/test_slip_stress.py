"""benchmarks/slip_stress.py: its decodings follow the mechanism, and its floors hold.

The script slips real clean lines byte by byte (six shapes, six decodings) and measures
the line repair on them; ``--check`` fails when a shape's flagged share falls under its
floor (``FLOORS``), a clean line gets a warning, or more than ``MAX_WRONG`` repairs are
wrong.  Holding it here makes a fall visible in the suite, not only when someone runs it.
"""

from __future__ import annotations

import random

from conftest import benchmark

stress = benchmark("slip_stress")

LINE = "冬日的北京，阳光万里，碧空如洗。"


def test_each_decoding_renders_the_unreadable_pair_its_way() -> None:
    # The first byte of 京 lost (GBK): its trail byte and the lead of ， pair as one
    # character, and the next pair (A3, 0xD1 of 阳) cannot be read.
    data = LINE.encode("gbk")
    data = data[:8] + data[9:]
    shown = {how: stress.decode(data, "gbk", how) for how in stress.HOWS}
    # Skipping the one unreadable byte, the decoder is aligned again right after it.
    assert shown["mark"] == "冬日的北?，阳光万里，碧空如洗。"
    assert shown["replace"] == "冬日的北\ufffd，阳光万里，碧空如洗。"
    assert shown["ignore"] == "冬日的北，阳光万里，碧空如洗。"
    # Taking it with the byte after it as one lost character, it stays one byte off.
    assert shown["pair-mark"].startswith("冬日的北??") and "碧空" not in shown["pair-mark"]
    assert shown["byte-marks"].startswith("冬日的北\ufffd\ufffd\ufffd\ufffd")
    assert shown["pair-drop"] == shown["pair-mark"].replace("?", "")


def test_the_end_shape_damages_the_line_to_its_end() -> None:
    text = LINE
    shapes = dict(stress.slipped(text, "gbk", random.Random(1), random.Random(2)))
    bad = stress.decode(shapes["end"], "gbk", "ignore")
    start, end = stress.damage(text, bad)
    assert start >= len(text) - 5 and end == len(bad)


def test_the_round_36_shapes_draw_as_before() -> None:
    # The late draws (the end shape) have their own generator: the earlier shapes' bytes
    # stay those of round 36, whose figures the report compares with.
    text = LINE
    first = dict(stress.slipped(text, "gbk", random.Random(36), random.Random(0)))
    again = dict(stress.slipped(text, "gbk", random.Random(36), random.Random(99)))
    assert {k: v for k, v in first.items() if k != "end"} == {
        k: v for k, v in again.items() if k != "end"
    }


def test_the_floors_hold() -> None:
    report = stress.run(36, 0)
    assert stress.below_floors(report) == []
