"""The 双评价 grid algorithms (specs in specs/dual.py and specs/ecology.py)."""
