"""Algorithms of the methods evaluators also use (docs/methods_extra.md)."""
