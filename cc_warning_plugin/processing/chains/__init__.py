"""Whole-chain algorithms: one run through several steps, composed from
the steps' specs (``specs/chains.py``)."""
