"""Translation catalogues: English source string -> translation, one module per language.

French has two modules: `fr` for the dashboard's own text and `fr_data` for text that comes from
the data package (survey wording, statuses, units, descriptions, column headers). Where both hold
a message, the two translations must agree (tests/test_i18n.py checks it); `fr` wins.
"""

from dashboard.locales.en_columns import ENGLISH_COLUMNS
from dashboard.locales.fr import FRENCH as _FRENCH_CODE
from dashboard.locales.fr_data import FRENCH_COLUMNS, FRENCH_DATA

FRENCH: dict[str, str] = {**FRENCH_DATA, **_FRENCH_CODE}
CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "fr": FRENCH}
# Table column name -> header on screen, kept apart from messages (see fr_data.COLUMNS).
COLUMN_CATALOGUES: dict[str, dict[str, str]] = {"en": ENGLISH_COLUMNS, "fr": FRENCH_COLUMNS}
