"""The 2016 monitoring and early-warning method's algorithms (specs in specs/m2016.py)."""
