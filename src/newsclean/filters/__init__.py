"""The cleaning filters, one job each.  Each works on text and returns what it
did as data (``Evidence``, verdicts, spans) so the pipeline can record it."""
