"""``python -m generator.diff OLD NEW`` runs ``smsspec diff``."""

import sys

from .cli import main_diff

sys.exit(main_diff())
