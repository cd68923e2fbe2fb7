"""The newsroom's date formats, for everything Django formats without an explicit format (the admin's
lists and forms, core.words): "21 May 2026" and "21 May 2026, 16:13", in the newsroom's TIME_ZONE."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
