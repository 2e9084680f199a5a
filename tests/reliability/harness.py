"""Start a mock over real HTTP for a suite, and talk to it.

Two ways to run it, both with the production server settings of ``smsspec mock`` (uvicorn,
httptools, uvloop):

* ``MockServer(api)`` runs ``tests.reliability.serve`` on a listening socket bound here and
  inherited by the child, with the state probe the load and fault suites check against;
* ``MockServer(api, cli=True)`` runs the ``smsspec mock`` command itself (the corpus and the
  secrets scan test exactly what users run); readiness is its health endpoint answering.

Everything the child writes to stdout and stderr goes to ``output`` (a file), so suites can
scan it.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from generator.contract import auth_headers
from generator.paths import REPO_ROOT
from tests.conftest import spec_of

VENV_BIN = Path(sys.executable).parent
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_kib(pid: int) -> int:
    """Resident set size of ``pid`` in KiB (Linux ``/proc``)."""
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) if match else 0


class MockServer:
    """One mock process; use as a context manager."""

    def __init__(
        self,
        api: str,
        output: Path,
        *,
        cli: bool = False,
        rate_limits: bool = False,
        access_log: bool = False,
        log_level: str = "warning",
    ) -> None:
        self.api = api
        self.output = output
        self.cli = cli
        self.rate_limits = rate_limits
        self.access_log = access_log
        self.log_level = log_level
        self.prefix = spec_of(api).server_path
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self._sock: socket.socket | None = None
        self._client: httpx.Client | None = None

    # -- lifecycle ----------------------------------------------------------------------------

    def __enter__(self) -> MockServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        for attempt in range(3):
            try:
                self._start()
                return
            except RuntimeError:
                # Only the CLI can lose a race for its port (free_port() to bind); retry.
                self.stop()
                if not self.cli or attempt == 2:
                    raise

    def _start(self) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with self.output.open("ab") as out:
            if self.cli:
                self.port = free_port()
                cmd = [
                    str(VENV_BIN / "smsspec"),
                    "mock",
                    self.api,
                    "--port",
                    str(self.port),
                    "--log-level",
                    self.log_level,
                ]
                cmd += [] if self.rate_limits else ["--no-rate-limits"]
                cmd += ["--access-log"] if self.access_log else []
                self.proc = subprocess.Popen(
                    cmd, stdout=out, stderr=out, cwd=REPO_ROOT, env=env, start_new_session=True
                )
            else:
                self._sock = socket.socket()
                self._sock.bind(("127.0.0.1", 0))
                self._sock.listen(2048)
                self.port = int(self._sock.getsockname()[1])
                cmd = [
                    sys.executable,
                    "-m",
                    "tests.reliability.serve",
                    self.api,
                    "--fd",
                    str(self._sock.fileno()),
                    "--log-level",
                    self.log_level,
                ]
                cmd += ["--rate-limits"] if self.rate_limits else []
                cmd += ["--access-log"] if self.access_log else []
                self.proc = subprocess.Popen(
                    cmd,
                    stdout=out,
                    stderr=out,
                    cwd=REPO_ROOT,
                    env=env,
                    pass_fds=[self._sock.fileno()],
                    start_new_session=True,
                )
        self._client = httpx.Client(base_url=self.root, timeout=30.0)
        self._wait_ready()

    def _wait_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"mock for {self.api} exited with {self.proc.returncode}:\n"
                    + self.output.read_text(errors="replace")[-4000:]
                )
            try:
                # With an inherited socket this first request waits in the listen backlog
                # until the server accepts it; the CLI's port opens a moment after start-up.
                if self.health()["status"] == "ok":
                    return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            self.proc = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    # -- addresses and keys -------------------------------------------------------------------

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """Where the API's paths start (the root plus the spec's server path)."""
        return self.root + self.prefix

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def rss_kib(self) -> int:
        return rss_kib(self.pid)

    @property
    def client(self) -> httpx.Client:
        assert self._client is not None
        return self._client

    def keys(self) -> dict[str, str]:
        body: dict[str, str] = self.client.get("/__smsspec/keys").json()
        return body

    def auth(self, role: str = "default") -> dict[str, str]:
        return auth_headers(spec_of(self.api), self.keys()[role])

    # -- admin and probe ----------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        body: dict[str, Any] = self.client.get("/__smsspec/health").json()
        return body

    def reset(self) -> None:
        self.client.post("/__smsspec/reset", json={}).raise_for_status()

    def push_faults(self, faults: list[str]) -> None:
        response = self.client.post("/__smsspec/faults", json={"faults": faults})
        response.raise_for_status()

    def state(self) -> dict[str, Any]:
        assert not self.cli, "the probe runs only with MockServer(cli=False)"
        body: dict[str, Any] = self.client.get("/__reliability/state").json()
        return body

    def items(self, name: str) -> list[dict[str, Any]]:
        assert not self.cli, "the probe runs only with MockServer(cli=False)"
        response = self.client.get("/__reliability/items", params={"name": name})
        response.raise_for_status()
        body: list[dict[str, Any]] = response.json()
        return body

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Return once no request is being processed (stalled faults included)."""
        if self.cli:
            return
        response = self.client.get(
            "/__reliability/idle", params={"timeout": timeout}, timeout=timeout + 5
        )
        response.raise_for_status()
