"""The HTML docs as a browser renders them: every operation and every error is on its page.

The site is built by ``smsspec docs`` into a temporary directory from generated/ (what
``make docs`` publishes in site/). ``tools/check_pages.cjs`` opens every page in Debian's
chromium, headless, through playwright-core, and reports the visible text of every Redoc route
(the reference pages render one route at a time) and of every element with an id; the tests
check it against the bundled spec and the error catalogue. No request may leave the browser.
Screenshots of the index and of every API's pages are saved in ``artifacts/docs/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.codegen.typescript import node_env
from generator.docs import anchor, build_docs, load_api
from generator.paths import GENERATED_DIR, REPO_ROOT

from .conftest import APIS

pytestmark = pytest.mark.npm

CHECKER = REPO_ROOT / "tools" / "check_pages.cjs"
ARTIFACTS = REPO_ROOT / "artifacts" / "docs"
# Redoc 3 always shows its "API docs by Redocly" logo from a CDN; the page's CSP refuses it.
REDOC_LOGO = "https://cdn.redoc.ly/"


def chromium() -> str:
    """Debian's chromium (``make chromium`` installs it), or the browser in $SMSSPEC_CHROMIUM."""
    path = os.environ.get("SMSSPEC_CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail("chromium is not installed: run `make chromium` (Debian's package, apt-get)")
    return path


@dataclass
class Site:
    root: Path
    pages: dict[str, dict[str, Any]]  # "index", "<api>/reference", "<api>/errors", …


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    executable = chromium()
    root = tmp_path_factory.mktemp("docs") / "site"
    build_docs(APIS, root)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pages: list[dict[str, Any]] = [{"name": "index", "fullPage": True}]
    for api in APIS:
        pages += [{"name": f"{api}/reference", "crawl": True}, {"name": f"{api}/errors"}]
        if (root / api / "migration.html").is_file():
            pages.append({"name": f"{api}/migration"})
    for page in pages:
        page["url"] = (root / f"{page['name']}.html").as_uri()
        page["screenshot"] = str(ARTIFACTS / f"{page['name'].replace('/', '-')}.png")
    request = root.parent / "request.json"
    request.write_text(json.dumps({"executablePath": executable, "pages": pages}))
    proc = subprocess.run(
        ["node", str(CHECKER), str(request)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=node_env(),
        timeout=600,
    )
    assert proc.returncode == 0, f"{CHECKER.name} failed:\n{proc.stderr[-4000:]}"
    result = json.loads(proc.stdout)
    return Site(root, {page["name"]: page for page in result["pages"]})


def page_of(site: Site, name: str) -> dict[str, Any]:
    page = site.pages[name]
    assert "error" not in page, f"{name}: {page['error']}"
    return page


def test_every_page_renders_offline(site: Site) -> None:
    for name in site.pages:
        page = page_of(site, name)
        assert page["text"], f"{name} renders no text"
        assert not page["pageErrors"], f"{name}: {page['pageErrors']}"
        assert not page["consoleErrors"], f"{name}: {page['consoleErrors']}"
        assert not page["blocked"], f"{name} requested {page['blocked']}"
        refused = [v for v in page["cspViolations"] if not v["uri"].startswith(REDOC_LOGO)]
        assert not refused, f"{name}: the Content-Security-Policy refused {refused}"


def test_local_links_resolve(site: Site) -> None:
    for name in site.pages:
        base = (site.root / name).parent
        for href in page_of(site, name)["links"]:
            if href.startswith(("http:", "https:", "mailto:", "#", "/")):
                continue  # external (the vendor's contact e-mail), or a Redoc route
            assert (base / href.split("#")[0]).is_file(), f"{name} links to missing {href}"


def test_index_links_every_api(site: Site) -> None:
    index = page_of(site, "index")
    for api in APIS:
        docs = load_api(api)
        assert docs.title in index["ids"][api]
        pages = ["reference.html", "errors.html", "openapi.yaml", "openapi.json"]
        pages += ["migration.html"] if docs.migration else []
        for target in pages:
            assert f"{api}/{target}" in index["links"], f"the index does not link {api}/{target}"
    screenshot = ARTIFACTS / "index.png"
    assert screenshot.read_bytes().startswith(b"\x89PNG"), screenshot


def test_reference_shows_every_operation(site: Site, api: str) -> None:
    routes: dict[str, str | None] = page_of(site, f"{api}/reference")["routes"]
    problems = []
    for op in load_api(api).operations:
        # Redoc's route of an operation is "/<tag>/<operationId in lower case>".
        texts = [t for r, t in routes.items() if r.rsplit("/", 1)[-1] == op.operation_id.lower()]
        heading = f"{op.method.upper()} {op.path}"
        if not texts:
            problems.append(f"{op.operation_id}: no route in the rendered navigation")
        elif not any(t and op.summary in t and heading in t for t in texts):
            problems.append(
                f"{op.operation_id}: its section does not show {op.summary!r}, {heading}"
            )
        elif op.deprecated and not any(t and "Deprecated" in t for t in texts):
            problems.append(f"{op.operation_id}: not shown as deprecated")
    assert not problems, "\n".join(problems)
    assert (ARTIFACTS / f"{api}-reference.png").stat().st_size > 0


def test_error_catalogue_shows_every_error(site: Site, api: str) -> None:
    page = page_of(site, f"{api}/errors")
    catalogue = json.loads((GENERATED_DIR / api / "errors.json").read_text(encoding="utf-8"))
    assert catalogue["errors"], f"{api} documents no error"
    for entry in catalogue["errors"]:
        status = entry["status"]
        row_id = anchor(entry["id"]) + (f"-{status}" if status is not None else "")
        row = page["ids"].get(row_id)
        assert row is not None, f"no row for {entry['id']} ({status})"
        assert row.startswith(entry["id"]), row
        assert str(status if status is not None else "per item") in row
        for text in [entry["message"], *entry["operations"], *entry["in_band_operations"]]:
            assert " ".join(text.split()) in row, f"{entry['id']} ({status}): {text!r} not shown"


def test_migration_guide_is_published(site: Site, api: str) -> None:
    docs = load_api(api)
    if docs.migration is None:
        assert f"{api}/migration" not in site.pages
        return
    text = page_of(site, f"{api}/migration")["text"]
    for op in docs.operations:
        assert f"{op.operation_id} ({op.method.upper()} {op.path})" in text
    assert "replaced by" in text
