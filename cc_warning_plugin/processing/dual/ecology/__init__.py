"""The 双评价 ecology algorithms (specs in specs/ecology.py)."""
