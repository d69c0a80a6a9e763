"""report-kg: turn Chinese government work reports into knowledge graphs.

The pipeline runs in one direction, one stage per module::

    read (kg.read)  ->  skeleton (kg.skeleton)  ->  annotate/resolve  ->  graph (kg.graph)  ->  write

Library code raises :class:`kg.errors.KgError` subclasses and never prints; the command line
(:mod:`kg.cli`) is the only place that talks to the user.
"""

__version__ = "0.1.0"

from kg.errors import KgError  # noqa: E402

__all__ = ["KgError", "__version__"]
