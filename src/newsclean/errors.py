"""The one exception family the library raises on purpose."""


class NewscleanError(Exception):
    """Base class: every error newsclean raises deliberately derives from it."""


class InputError(NewscleanError):
    """The input cannot be cleaned: empty, binary, undecodable, too large, unreadable."""


class UsageError(NewscleanError):
    """The command cannot run as given (missing input, OUTDIR inside DIR, …): exit status 2."""
