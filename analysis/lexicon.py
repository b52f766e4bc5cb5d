"""Kept for older imports: the language tables now live in :mod:`analysis.normalise.lexicon`."""

from __future__ import annotations

from .normalise.lexicon import LANGUAGES, Lexicon, lexicon

__all__ = ["LANGUAGES", "Lexicon", "lexicon"]
