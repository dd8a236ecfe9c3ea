"""Algorithms of the monitoring and warning mechanism (specs in specs/actions.py):
measures and 奖惩, reminders and letters, targets, the cross-check and the
annual report. They call core/actions and report/ and add nothing but the
reading of layers and the writing of outputs."""
