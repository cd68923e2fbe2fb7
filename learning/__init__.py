"""Models learned from the evaluation corpus, in plain Python: no Django, no app of the project. The cleaner, the
claim engine and their training commands may all import it (pyproject.toml's import contracts)."""
