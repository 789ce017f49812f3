"""Meta's intake repairs lone surrogates with the helper both channels share (core/unicode_repair.py)."""

from core.unicode_repair import REPLACEMENT, may_hold_surrogates, repair, repair_text  # noqa: F401
