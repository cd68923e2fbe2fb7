"""Plumbing shared by the apps: refusals, background runs and their task base, dispatch to the broker,
locks, the API's refusal handling, permission checks and slugs. It imports no other app of the project."""
