"""The API docs (/docs) open on an intranet without internet, under the same strict CSP as every page.

A real `minutes serve` over an index of examples/minutes; Debian's Chromium via Playwright, with every
request that does not go to the server on loopback aborted.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.conftest import ROOT, free_port, run_cli, running, serve_command

CHROMIUM = Path("/usr/bin/chromium")
EXAMPLE_MINUTES = ROOT / "examples" / "minutes"
SCREENSHOTS = ROOT / "test-output" / "screenshots"

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def docs_server(tmp_path_factory):
    """`minutes serve` on loopback over an index of the example minutes; yields its base URL."""
    env = {"MINUTES_DATA_DIR": str(tmp_path_factory.mktemp("docs-index")), "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    result = run_cli("ingest", str(EXAMPLE_MINUTES), env=env)
    assert result.returncode == 0, result.stderr
    port = free_port()
    with running(serve_command(port), f"http://127.0.0.1:{port}/healthz", env):
        yield f"http://127.0.0.1:{port}"


def test_docs_page_has_a_strict_csp_and_serves_swagger_ui_itself(docs_server):
    page = httpx.get(f"{docs_server}/docs")
    csp = page.headers["content-security-policy"]
    assert page.status_code == 200 and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text and "cdn" not in page.text.lower()
    for asset in ("static/swagger-ui/swagger-ui-bundle.js", "static/swagger-ui/swagger-ui.css", "static/docs-init.js"):
        assert httpx.get(f"{docs_server}/{asset}").status_code == 200, asset
    assert httpx.get(f"{docs_server}/redoc").status_code == 404  # ReDoc needs inline styles: left out


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium saknas (apt-get install chromium)")
def test_docs_open_without_internet_and_show_the_operations(docs_server):
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    problems: list[str] = []

    def loopback_only(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page(locale="sv-SE", viewport={"width": 1200, "height": 900})
            page.route("**/*", loopback_only)
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(f"{docs_server}/docs")
            page.wait_for_selector(".opblock-summary-path", timeout=30000)
            paths = page.locator(".opblock-summary-path").all_inner_texts()
            assert {"/api/search", "/api/ask", "/api/meetings", "/healthz"} <= {p.strip() for p in paths}
            assert "Mötesanteckningar" in page.locator(".info .title").inner_text()
            page.locator(".opblock-summary-path", has_text="/api/search").click()
            page.wait_for_function("() => [...document.querySelectorAll('.opblock-body')]"
                                   ".some(body => body.innerText.includes('query'))", timeout=30000)
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "docs.png"))
        finally:
            browser.close()
    assert outside == [], outside
    assert problems == [], problems  # a CSP violation would show up here
