"""Docks and dialogs of cc_warning_plugin."""
