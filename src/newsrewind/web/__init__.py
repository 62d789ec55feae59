"""``rewind serve``: the web time machine (API + one page). Import ``newsrewind.web.app`` lazily."""
