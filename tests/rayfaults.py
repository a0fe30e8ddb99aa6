"""Fault injection for the Ray tests, installed in every Ray worker by a setup hook.

``install`` wraps ``newsclean.batch.job.clean_file`` in the worker.  The wrapper logs
each attempt (file name and worker pid) to ``attempts.log`` in the directory named by
``NEWSCLEAN_TEST_FAULTS``, and looks there for instructions, one file per page name:

* ``crash-once/NAME``: the first worker to reach NAME claims the file and dies
  (``os._exit``), as a killed or OOM-killed worker would; the retry goes through.
* ``crash-always/NAME``: every worker reaching NAME dies, so the shard exhausts
  Ray's retries.
"""

from __future__ import annotations

import os
from typing import Any

ENV = "NEWSCLEAN_TEST_FAULTS"


def install() -> None:
    from newsclean.batch import job

    original = job.clean_file

    def clean_file(item: Any, options: Any) -> Any:
        root = os.environ.get(ENV)
        if root:
            name = os.path.basename(item.path)
            with open(os.path.join(root, "attempts.log"), "a", encoding="utf-8") as log:
                log.write(f"{name} {os.getpid()}\n")
            try:
                os.unlink(os.path.join(root, "crash-once", name))
            except FileNotFoundError:
                pass
            else:
                os._exit(1)
            if os.path.exists(os.path.join(root, "crash-always", name)):
                os._exit(1)
        return original(item, options)

    job.clean_file = clean_file
