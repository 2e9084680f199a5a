"""Reliability and security suites: hostile input, load, faults, secrets and signatures.

Every suite runs the mock over real HTTP (uvicorn with the ``smsspec mock`` settings, in a
subprocess) and records a summary that is printed at the end of the pytest run
(``conftest.pytest_terminal_summary``) and written to ``artifacts/reliability/<suite>.json``.
"""
