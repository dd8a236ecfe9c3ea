"""Maps and reports algorithms (specs in specs/maps.py)."""
