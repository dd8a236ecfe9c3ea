"""Declarative algorithm specs (Qt-free): what each algorithm takes, gives and applies."""
