"""newsrewind: a time machine for breaking news.

The flow runs one way: read → split → clock → extract → store → query → present.
"""

__version__ = "0.1.0"
