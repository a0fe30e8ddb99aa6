"""Clean many files: one run frame (``run``) over an engine (``local`` or ``ray_engine``).

Modules, one job each: ``options`` (the settings), ``walk`` and ``plan`` (what to clean),
``files`` (the one read path and the one atomic writer), ``job`` (one input -> one
``FileResult``), ``sink`` (jsonl, report and summary, delivered in input order),
``stop`` (signals), ``run`` (the frame), ``engine`` (the protocol the local pool and
Ray implement), ``result`` (FileResult and its report record).

Nothing is imported here, so that ``newsclean.batch.files`` costs the one-file command
line no more than itself.
"""
