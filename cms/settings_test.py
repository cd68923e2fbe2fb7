"""Settings for the test suite: the development settings, made fast where speed changes nothing tested.

pytest uses this module (pyproject's DJANGO_SETTINGS_MODULE) and passes it on to the worker and server
processes that end-to-end tests start, through the environment.
"""

from cms.settings import *  # noqa: F403 - the test settings are the real ones plus the overrides below
from cms.settings import CELERY_BROKER_URL

# Password hashing is deliberately slow (PBKDF2, 1,000,000 iterations); tests create hundreds of users
# and check no password's strength.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# One process's memory: tests replace or clear it as they need, and nothing leaks between sessions.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "corroborate-tests"}}

if CELERY_BROKER_URL.startswith("filesystem://"):
    # Workers started by end-to-end tests look for new messages every 0.1 s instead of every second.
    CELERY_BROKER_TRANSPORT_OPTIONS = {**CELERY_BROKER_TRANSPORT_OPTIONS, "polling_interval": 0.1}  # noqa: F405
