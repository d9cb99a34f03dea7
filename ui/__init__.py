"""Bagdar's Qt user interface: thin widgets over the ``guidance`` core.

Widgets get what they need (the atlas, the language manager) passed in; nothing reaches for a
global application object.
"""
