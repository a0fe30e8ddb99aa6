"""newsclean: turn scraped, polluted Chinese news pages into clean, simplified, structured articles.

>>> from newsclean import clean
>>> clean("標題\\n\\n來源: 新華社\\n\\n  正文。\\n").to_dict()["source"]
'新华社'
"""

from newsclean.document import Document, Evidence, LineRecord, Removal, Warning
from newsclean.errors import InputError, NewscleanError
from newsclean.pipeline import CleanConfig, clean, clean_bytes

__version__ = "0.1.0"

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
