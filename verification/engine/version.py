"""Recorded on every verification run, so a reviewer knows which engine produced a verdict."""

ENGINE_VERSION = "2.0"  # 2.0: concepts and frames for every kind of news, alignment as scored matching
