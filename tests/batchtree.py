"""Build input trees for the batch tests: mixed encodings, faults, symlinks."""

from __future__ import annotations

import os
from pathlib import Path

from newsclean.batch.manifest import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "000_da2a06443414a7f3.txt"

#: Short pages in traditional script that Big5 can encode.
SNIPPETS = (
    "新聞標題：經濟發展很快\n\n來源: 新華社\n\n  今年經濟發展很快，人民生活水準不斷提高。\n",
    "網路時代的報紙\n\n  記者在網路上發佈新聞，讀者留言討論。\n\n  編輯認為這是好事。\n",
)


def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def big5_page(text: str) -> bytes:
    """The lines of ``text`` Big5 can hold, encoded in Big5."""
    kept = [line for line in text.split("\n") if _encodable(line, "big5")]
    return "\n".join(kept).encode("big5")


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def build_tree(root: Path) -> dict[str, str]:
    """A tree with every kind of input; returns {relative path: what it is}."""
    text = reference_text()
    files: dict[str, bytes] = {
        "utf8.txt": text.encode("utf-8"),
        "news/2025/bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "news/2025/gb18030.txt": text.encode("gb18030"),
        "news/2025/07/big5.htm.txt": big5_page(text),
        "news/snippet-gbk.txt": SNIPPETS[0].encode("gbk"),
        "news/snippet-big5.txt": SNIPPETS[1].encode("big5"),
        "x.txt/inside-dir-named-x.txt": SNIPPETS[1].encode("utf-8"),
        "binary.txt": bytes(range(256)) * 8,
        "empty.txt": b"",
        "notes.md": "不是 txt，默认不处理。\n".encode(),
    }
    for relpath, data in files.items():
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    os.symlink("no-such-file.txt", root / "dangling.txt")
    os.symlink(".", root / "news" / "loop")  # a directory loop
    os.symlink("self-loop.txt", root / "self-loop.txt")
    os.symlink("utf8.txt", root / "alias.txt")  # inside the tree: taken
    return {
        "utf8.txt": "cleaned",
        "news/2025/bom.txt": "cleaned",
        "news/2025/gb18030.txt": "cleaned",
        "news/2025/07/big5.htm.txt": "cleaned",
        "news/snippet-gbk.txt": "cleaned",
        "news/snippet-big5.txt": "cleaned",
        "x.txt/inside-dir-named-x.txt": "cleaned",
        "alias.txt": "cleaned",
        "binary.txt": "failed",
        "empty.txt": "failed",
        "dangling.txt": "skipped",
        "self-loop.txt": "skipped",
    }


def build_many(root: Path, count: int) -> None:
    """``count`` distinct pages spread over folders (utf-8, with a few GB18030)."""
    text = reference_text()
    for i in range(count):
        target = root / f"d{i % 17:02d}" / f"p{i:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        page = text + f"\n  第{i}篇补充段落，编号{i * 7919 % 100003}。\n"
        target.write_bytes(page.encode("gb18030" if i % 10 == 0 else "utf-8"))


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every regular file under ``root`` by relative path (symlinks not followed), the
    batch's manifest left out."""
    found: dict[str, bytes] = {}
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            if name.startswith(MANIFEST):
                continue
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink():
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found
