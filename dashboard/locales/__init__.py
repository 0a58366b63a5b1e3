"""Translation catalogues: English source string -> translation, one module per language."""

from dashboard.locales.fr import FRENCH

CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "fr": FRENCH}
