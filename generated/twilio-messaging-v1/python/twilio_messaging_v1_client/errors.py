"""Exceptions raised by this client (defined in ``_exceptions``; re-exported here)."""

from ._exceptions import *  # noqa: F403
from ._exceptions import __all__ as __all__
