"""Prints every reliability suite's summary at the end of the run."""

from __future__ import annotations

import pytest

from tests.reliability.summary import ARTIFACTS, line, summaries


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    found = summaries()
    if not found:
        return
    terminalreporter.section("smsspec reliability summary")
    for suite, entries in found.items():
        terminalreporter.write_line(f"[{suite}]")
        for key, data in entries.items():
            terminalreporter.write_line("  " + line(key, data))
    terminalreporter.write_line(f"(details: {ARTIFACTS.relative_to(ARTIFACTS.parents[1])}/)")
