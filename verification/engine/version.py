"""Recorded on every verification run, so a reviewer knows which engine produced a verdict."""
ENGINE_VERSION = "1.0"
