"""Benchmarks run by `make bench` (manage.py bench); never by the test suite."""
