"""Listing batch inputs: order, globs, symlinks, loops, and what is never listed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from batchtree import build_tree

from newsclean.batch.walk import InputFile, Rejected, Walker


@dataclass
class Listing:
    files: list[InputFile] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def walk_inputs(paths: list[str], **kwargs: object) -> Listing:
    """What the Walker yields, as two lists."""
    listing = Listing()
    for event in Walker(paths, **kwargs):  # type: ignore[arg-type]
        (listing.files if isinstance(event, InputFile) else listing.rejected).append(event)  # type: ignore[arg-type]
    return listing


def _touch(root: Path, *relpaths: str) -> None:
    for relpath in relpaths:
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("正文。\n", encoding="utf-8")


def _rels(root: Path, **kwargs: object) -> list[str]:
    return [f.relpath for f in walk_inputs([str(root)], **kwargs).files]  # type: ignore[arg-type]


def test_recursive_sorted_default_include(tmp_path: Path) -> None:
    _touch(tmp_path, "b.txt", "a/z.txt", "a/b/c.txt", "a.htm.txt", "page.html", "notes.md")
    assert _rels(tmp_path) == ["a/b/c.txt", "a/z.txt", "a.htm.txt", "b.txt"]


def test_input_file_fields(tmp_path: Path) -> None:
    _touch(tmp_path, "a/b.txt")
    (item,) = walk_inputs([str(tmp_path)]).files
    path = tmp_path / "a" / "b.txt"
    identity = (path.stat().st_dev, path.stat().st_ino)
    assert item == InputFile(str(path), "a/b.txt", str(tmp_path), identity)


def test_include_and_exclude(tmp_path: Path) -> None:
    _touch(tmp_path, "a.txt", "a.html", "keep/b.txt", "drafts/c.txt", "keep/drafts/d.txt")
    assert _rels(tmp_path, include=("*.txt", "*.html")) == [
        "a.html",
        "a.txt",
        "drafts/c.txt",
        "keep/b.txt",
        "keep/drafts/d.txt",
    ]
    # A name glob prunes directories of that name anywhere; a path glob matches from the root.
    assert _rels(tmp_path, exclude=("drafts",)) == ["a.txt", "keep/b.txt"]
    assert _rels(tmp_path, exclude=("keep/*",)) == ["a.txt", "drafts/c.txt"]
    assert _rels(tmp_path, include=("keep/*.txt",)) == ["keep/b.txt", "keep/drafts/d.txt"]


def test_directory_named_like_a_file_is_walked(tmp_path: Path) -> None:
    _touch(tmp_path, "x.txt/inner.txt")
    assert _rels(tmp_path) == ["x.txt/inner.txt"]


def test_symlinks_and_loops(tmp_path: Path) -> None:
    expected = build_tree(tmp_path)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("外面。\n", encoding="utf-8")
    os.symlink(outside, tmp_path / "leaves.txt")
    os.symlink(tmp_path / "news", tmp_path / "linked-dir.txt")
    listing = walk_inputs([str(tmp_path)])
    taken = {f.relpath for f in listing.files}
    assert taken == {rel for rel, status in expected.items() if status != "skipped"}
    reasons = {Path(r.path).name: (r.status, r.reason) for r in listing.rejected}
    assert reasons == {
        "dangling.txt": ("skipped", "broken symlink"),
        "self-loop.txt": ("skipped", "symlink loop"),
        "leaves.txt": ("skipped", "symlink leads outside the input tree"),
        "linked-dir.txt": ("skipped", "symlink to a directory (not followed)"),
    }
    assert not any("loop/" in rel for rel in taken)


def test_skips_output_dir_and_temporary_files(tmp_path: Path) -> None:
    _touch(tmp_path, "a.txt", "out/a.txt", ".a.txt.x1y2.tmp", "sub/.b.txt.abc.tmp")
    listing = walk_inputs([str(tmp_path)], include=("*",), skip=[str(tmp_path / "out")])
    assert [f.relpath for f in listing.files] == ["a.txt"]


def test_several_paths_prefix_their_name(tmp_path: Path) -> None:
    _touch(tmp_path, "site1/a.txt", "site2/a.txt", "single.html")
    paths = [str(tmp_path / "site1"), str(tmp_path / "site2"), str(tmp_path / "single.html")]
    listing = walk_inputs(paths)
    # A file named on the command line is taken whatever the globs say.
    assert [f.relpath for f in listing.files] == ["site1/a.txt", "site2/a.txt", "single.html"]


def test_same_file_twice_listed_once(tmp_path: Path) -> None:
    _touch(tmp_path, "a/b.txt")
    listing = walk_inputs([str(tmp_path / "a"), str(tmp_path / "a" / "b.txt")])
    assert [f.relpath for f in listing.files] == ["a/b.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_skipped_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    listing = walk_inputs([str(tmp_path)])
    assert listing.files == []
    assert [(r.status, r.reason) for r in listing.rejected] == [("skipped", "not a regular file")]


def test_order_is_depth_first_with_sorted_entries(tmp_path: Path) -> None:
    """A directory's files come where its name sorts among its siblings: ``a/`` before
    ``a-b.txt`` and ``a.txt``, although "a-b.txt" < "a/x.txt" as strings."""
    _touch(tmp_path, "a.txt", "a-b.txt", "a/x.txt", "a/b/y.txt", "b.txt")
    assert _rels(tmp_path) == ["a/b/y.txt", "a/x.txt", "a-b.txt", "a.txt", "b.txt"]
    # Walker (what the batch iterates) and walk_inputs give the same order.
    walker = Walker([str(tmp_path)])
    assert [e.relpath for e in walker if isinstance(e, InputFile)] == _rels(tmp_path)


def test_nested_directories_given_list_each_file_once(tmp_path: Path) -> None:
    _touch(tmp_path, "top.txt", "sub/a.txt", "sub/deep/b.txt")
    root, sub = str(tmp_path), str(tmp_path / "sub")
    outer_first = walk_inputs([root, sub]).files
    name = tmp_path.name
    expected = [f"{name}/sub/a.txt", f"{name}/sub/deep/b.txt", f"{name}/top.txt"]
    assert [f.relpath for f in outer_first] == expected
    inner_first = walk_inputs([sub, root]).files
    assert [f.relpath for f in inner_first] == ["sub/a.txt", "sub/deep/b.txt", f"{name}/top.txt"]
    assert len(walk_inputs([root, root]).files) == 3
    # What the earlier path did not take (here excluded by a glob relative to it) the
    # later one still takes.
    listing = walk_inputs([root, sub], exclude=("sub/*",))
    assert [f.relpath for f in listing.files] == [f"{name}/top.txt", "sub/a.txt", "sub/deep/b.txt"]
    listing = walk_inputs([sub, str(tmp_path / "sub" / "a.txt")], exclude=("a.txt",))
    assert [f.relpath for f in listing.files] == ["sub/deep/b.txt", "a.txt"]


def test_walker_holds_no_listing(tmp_path: Path) -> None:
    """The walk's memory does not grow with the number of files it has yielded."""
    import tracemalloc

    def peak(count: int) -> int:
        root = tmp_path / str(count)
        for i in range(count):
            directory = root / f"d{i // 100:03d}"
            directory.mkdir(parents=True, exist_ok=True)
            (directory / f"p{i:05d}.txt").write_bytes(b"")
        tracemalloc.start()
        try:
            assert sum(1 for _ in Walker([str(root)])) == count
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(1000), peak(3000)
    assert large < small * 1.1 + 16_000, (small, large)
