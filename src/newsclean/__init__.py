"""newsclean: turn scraped, polluted Chinese news pages into clean, simplified, structured articles.

>>> from newsclean import clean
>>> clean("標題\\n\\n來源: 新華社\\n\\n  正文。\\n").to_dict()["source"]
'新华社'

The names below load on first use (PEP 562), so that ``newsclean.entry`` can take Ctrl-C
while the pipeline is still being imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsclean.config import CleanConfig
    from newsclean.document import Document, Evidence, LineRecord, Removal, Warning
    from newsclean.errors import InputError, NewscleanError
    from newsclean.pipeline import clean, clean_bytes

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_WHERE = {
    "CleanConfig": "newsclean.config",
    "clean": "newsclean.pipeline",
    "clean_bytes": "newsclean.pipeline",
    "Document": "newsclean.document",
    "Evidence": "newsclean.document",
    "LineRecord": "newsclean.document",
    "Removal": "newsclean.document",
    "Warning": "newsclean.document",
    "InputError": "newsclean.errors",
    "NewscleanError": "newsclean.errors",
}

__all__ = [
    "CleanConfig",
    "Document",
    "Evidence",
    "InputError",
    "LineRecord",
    "NewscleanError",
    "Removal",
    "Warning",
    "__version__",
    "clean",
    "clean_bytes",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
