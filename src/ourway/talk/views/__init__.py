"""Pages of a repair conversation (pages.py) and the actions people take in it (actions.py)."""
