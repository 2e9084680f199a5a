"""Real HTTP for the validating proxy's tests: a drifting upstream and ``smsspec proxy``.

``Upstream(api, log)`` serves :mod:`tests.drifting_upstream` on a socket bound here and
inherited by the child (its port is known before it starts). ``Proxy(api, upstream, log)``
runs the ``smsspec proxy`` command itself in front of it, on a free port (retried if another
process takes the port first); it is ready once its port accepts connections. Stopping the
proxy sends SIGINT, as Ctrl-C does, so it prints its summary; everything both processes
write goes to their log files.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from generator.paths import REPO_ROOT
from tests.conftest import spec_of

VENV_BIN = Path(sys.executable).parent
START_TIMEOUT = 60.0
STARTUP_FAILURE = 3  # uvicorn's exit status when it cannot bind


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes] | None, sig: int = signal.SIGTERM) -> None:
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(sig)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class Upstream:
    """The drifting vendor of one API, over HTTP."""

    def __init__(self, api: str, log: Path) -> None:
        self.api = api
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self._sock: socket.socket | None = None

    @property
    def url(self) -> str:
        """The base URL, as the spec's servers write it (with its path)."""
        return f"http://127.0.0.1:{self.port}{spec_of(self.api).server_path}"

    def seen(self) -> int:
        """How many API requests reached the upstream."""
        answer = httpx.get(f"http://127.0.0.1:{self.port}/__upstream/seen", timeout=10)
        return int(answer.json()["requests"])

    def __enter__(self) -> Upstream:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(256)
        self.port = int(self._sock.getsockname()[1])
        cmd = [
            sys.executable,
            "-m",
            "tests.drifting_upstream",
            self.api,
            "--fd",
            str(self._sock.fileno()),
        ]
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                cmd,
                stdout=out,
                stderr=out,
                cwd=REPO_ROOT,
                pass_fds=[self._sock.fileno()],
                start_new_session=True,
            )
        return self

    def __exit__(self, kind: Any, exc: BaseException | None, tb: TracebackType | None) -> None:
        _stop(self.proc)
        if self._sock is not None:
            self._sock.close()


class Proxy:
    """``smsspec proxy`` in front of an upstream."""

    def __init__(self, api: str, upstream: str, log: Path, *extra: str) -> None:
        self.api = api
        self.upstream = upstream
        self.log = log
        self.extra = list(extra)
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{spec_of(self.api).server_path}"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def __enter__(self) -> Proxy:
        for attempt in range(3):
            if self._start():
                return self
            if attempt == 2:
                break
        raise RuntimeError(f"smsspec proxy did not start:\n{self.output()}")

    def _start(self) -> bool:
        self.port = free_port()
        cmd = [
            str(VENV_BIN / "smsspec"),
            "proxy",
            self.api,
            "--upstream",
            self.upstream,
            "--port",
            str(self.port),
            *self.extra,
        ]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                cmd, stdout=out, stderr=out, cwd=REPO_ROOT, env=env, start_new_session=True
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if self.proc.returncode == STARTUP_FAILURE:
                    return False  # lost the port to another process: try another one
                raise RuntimeError(f"smsspec proxy exited early:\n{self.output()}")
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return True
            time.sleep(0.05)
        _stop(self.proc)
        raise RuntimeError(f"smsspec proxy did not listen within {START_TIMEOUT} s")

    def stop(self) -> None:
        """Stop as Ctrl-C does (the proxy prints its summary)."""
        _stop(self.proc, signal.SIGINT)

    def __exit__(self, kind: Any, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
