"""French catalogue. Survey wording here is the project's own translation (marked as such on screen)."""

FRENCH: dict[str, str] = {}
