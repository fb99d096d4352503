"""The chat widget, the search page and the meeting view in a real browser (Debian's Chromium via Playwright).

The index holds the repo's own documents (examples/minutes and tests/data/minutes) plus one file with markup, so
these tests run on a fresh clone without ../shared. A host page on another origin embeds the widget with one tag.
Screenshots are saved under test-output/ so a person can look at them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_DOCUMENTS, ROOT, free_port, run_cli, running, serve_command

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-output" / "screenshots"

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium saknas (apt-get install chromium)"),
]

# tests/data/minutes/byggnadsnamnden-2024-04-16.txt, § 47: the decision the widget tests ask about.
QUESTION = "Vad beslutades om bygglovet på Kvarnbacken 4?"
DECISION = "beviljar bygglov"

INJECTION = """Protokoll
Föreningen Ödlan <script>window.__pwned = 1</script>
Datum: 2024-12-01

1. Skadlig rubrik <img src=x onerror="window.__pwned = 2">
Texten om terrarier innehåller <script>window.__pwned = 3</script> och <b>fet</b> text.
Beslut: Styrelsen beslutar att <img src=x onerror="window.__pwned = 4"> terrarier ska utredas.
"""

HOST_PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title>
<style>button {{ background: red !important; font-size: 40px !important; }} * {{ font-family: serif; }}</style>
</head><body><h1>Intranätet</h1><p>Välkommen.</p>
<script src="{api}/widget.js" data-api="{api}"{key} defer></script>
</body></html>"""


@pytest.fixture(scope="module")
def web_index(tmp_path_factory):
    """The repo's documents plus the file with markup (odlan.txt), ingested with the real CLI."""
    data = tmp_path_factory.mktemp("web-index")
    extra = tmp_path_factory.mktemp("web-extra")
    (extra / "odlan.txt").write_text(INJECTION, encoding="utf-8")
    env = {"MINUTES_DATA_DIR": str(data), "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    result = run_cli("ingest", *map(str, REPO_DOCUMENTS), str(extra), env=env)
    assert result.returncode == 0, result.stderr
    return env


@pytest.fixture(scope="module")
def host_origin(tmp_path_factory):
    """A plain static server on another port: the intranet page's origin."""
    folder = tmp_path_factory.mktemp("host")
    port = free_port()
    with running([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
                 f"http://127.0.0.1:{port}/"):
        yield folder, f"http://127.0.0.1:{port}"


def api_server(web_index, host_origin, **settings):
    port = free_port()
    env = {**web_index, "MINUTES_CORS_ORIGINS": host_origin[1], **settings}
    return running(serve_command(port), f"http://127.0.0.1:{port}/healthz", env), f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def api(web_index, host_origin):
    server, base = api_server(web_index, host_origin)
    with server:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="sv-SE", viewport={"width": 1200, "height": 800})
    yield context.new_page()
    context.close()


def host_page(host_origin, api_base, name="intranat.html", key=None) -> str:
    folder, origin = host_origin
    key_attr = f' data-key="{key}"' if key else ""
    (folder / name).write_text(HOST_PAGE.format(api=api_base, key=key_attr), encoding="utf-8")
    return f"{origin}/{name}"


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=False)


def ask_widget(page, question: str):
    page.click("button.launcher")
    page.fill("textarea", question)
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.bot, .msg.error", timeout=30000)


def test_widget_on_another_origin_answers_and_its_citation_opens_the_item(page, api, host_origin):
    page.goto(host_page(host_origin, api))
    ask_widget(page, QUESTION)
    answer = page.locator(".msg.bot").first
    assert DECISION in answer.inner_text()
    chip = page.locator("a.chip", has_text="2024-04-16 · § 47")
    assert chip.count() == 1
    # The host page's CSS does not reach into the widget.
    assert page.locator("button.launcher").evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(11, 92, 173)"
    screenshot(page, "widget-open.png")
    with page.context.expect_page() as opened:
        chip.click()
    meeting = opened.value
    meeting.wait_for_selector("section.item.cited")
    target = meeting.locator("section.item.cited")
    assert "Kvarnbacken 4" in target.inner_text() and "Beslut" in target.inner_text()
    screenshot(meeting, "meeting-view.png")


def test_widget_is_keyboard_usable_keeps_the_conversation_and_fits_mobile(page, api, host_origin):
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(host_page(host_origin, api))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # opens the panel from the focused launcher
    page.keyboard.type("hörselscreening för elever")
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.bot", timeout=30000)
    box = page.locator(".panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    screenshot(page, "widget-mobile.png")
    page.reload()
    page.click("button.launcher")
    assert page.locator(".msg.user").first.inner_text() == "hörselscreening för elever"
    page.keyboard.press("Escape")
    assert page.locator(".panel").is_hidden()


def test_search_page_finds_filters_and_links_to_the_meeting(page, api):
    page.goto(f"{api}/")
    page.fill("#q", "protokollet")
    page.click("button[type=submit]")
    page.wait_for_selector(".result")
    all_dates = page.locator(".result a.citation").all_inner_texts()
    assert any("2025-02-11" in c for c in all_dates) and page.locator(".result mark").count() > 0
    page.fill("#date-from", "2024-01-01")
    page.fill("#date-to", "2024-12-31")
    page.click("button[type=submit]")
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('träffar')")
    filtered = page.locator(".result a.citation").all_inner_texts()
    assert filtered and all("2024-" in c for c in filtered)
    screenshot(page, "search-page.png")
    page.select_option("#body", label="Studentkåren Vega – styrelsen")
    page.fill("#date-from", "")
    page.fill("#date-to", "")
    page.click("button[type=submit]")
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('träffar')")
    assert all("Studentkåren Vega" in c for c in page.locator(".result a.citation").all_inner_texts())
    page.locator(".result a.citation").first.click()
    page.wait_for_selector("section.item.cited")
    assert page.locator(".decision").count() > 0


def test_widget_shows_each_quote_as_a_block_and_understands_a_follow_up(page, api, host_origin):
    page.goto(host_page(host_origin, api))
    ask_widget(page, QUESTION)
    block = page.locator(".msg.bot .cited").first
    assert DECISION in block.locator("blockquote.quote").inner_text()
    assert block.locator("a.chip").inner_text() == "2024-04-16 · § 47"
    # A follow-up names no topic of its own: the widget sends the earlier question along.
    page.fill("textarea", "och när beslutades det?")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('[data-minutes-widget]').shadowRoot"
                           ".querySelectorAll('.msg.bot').length === 2", timeout=30000)
    assert "2024-04-16" in page.locator(".msg.bot").last.inner_text()
    screenshot(page, "widget-quote-blocks.png")


def test_search_page_answers_above_the_hits_a_timeline_as_a_dated_list(page, api):
    page.goto(f"{api}/")
    page.fill("#q", "hur har frågan om sångboken utvecklats")
    page.click("button[type=submit]")
    page.wait_for_selector("#answer ol.timeline li")
    dates = page.locator("#answer ol.timeline .when").all_inner_texts()
    assert any("2024-10-22" in d for d in dates) and any("2024-12-03" in d for d in dates)
    assert dates == sorted(dates)
    assert page.locator("#answer .badge").count() >= 1  # the decision of 2024-12-03 is marked
    assert "18 000 kr" in page.locator("#answer").inner_text()
    screenshot(page, "search-page-timeline.png")
    page.fill("#q", "vilka beslut togs i december 2024")
    page.click("button[type=submit]")
    page.wait_for_function("() => document.querySelector('#answer h4')")
    assert "2024-12-03 · Studentkåren Vega – styrelsen" in page.locator("#answer h4").all_inner_texts()
    page.fill("#q", "xyzzy")
    page.click("button[type=submit]")
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('Inga träffar')")
    assert "Jag hittar inget" in page.locator("#answer").inner_text()
    assert page.locator(".result").count() == 0


def test_minutes_markup_stays_inert_in_all_three_views(page, api, host_origin):
    page.goto(f"{api}/")
    page.fill("#q", "terrarier")
    page.click("button[type=submit]")
    page.wait_for_selector(".result")
    assert "<script>window.__pwned = 3</script>" in page.locator(".result p").first.inner_text()
    assert page.evaluate("window.__pwned") is None
    page.locator(".result a.citation").first.click()
    page.wait_for_selector("section.item")
    assert "<img src=x" in page.locator("section.item h3").first.inner_text()
    assert page.locator("section.item img").count() == 0 and page.evaluate("window.__pwned") is None
    page.goto(host_page(host_origin, api))
    ask_widget(page, "Vad beslutades om terrarier?")
    assert "<img src=x" in page.locator(".msg.bot").first.inner_text()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None


def test_widget_gives_friendly_errors_when_limited_or_down(page, web_index, host_origin):
    server, base = api_server(web_index, host_origin, MINUTES_RATE_LIMIT_PER_MINUTE="1")
    with server:
        page.goto(host_page(host_origin, base, "begransad.html"))
        ask_widget(page, "bygglov")
        page.fill("textarea", "bygglov igen")
        page.keyboard.press("Enter")
        page.wait_for_selector(".msg.error", timeout=30000)
        assert "Vänta en stund" in page.locator(".msg.error").inner_text()
    # The API is gone now; the widget already on the page says so plainly.
    page.fill("textarea", "bygglov en gång till")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('[data-minutes-widget]').shadowRoot"
                           ".querySelectorAll('.msg.error').length === 2", timeout=30000)
    assert "svarar inte" in page.locator(".msg.error").last.inner_text()


def test_api_keys_are_required_and_sent_by_the_widget(page, web_index, host_origin):
    import httpx

    server, base = api_server(web_index, host_origin, MINUTES_API_KEYS="hemlig-nyckel")
    with server:
        refused = httpx.post(f"{base}/api/ask", json={"question": "bygglov"})
        assert refused.status_code == 401 and "API-nyckel" in refused.json()["detail"]
        page.goto(host_page(host_origin, base, "med-nyckel.html", key="hemlig-nyckel"))
        ask_widget(page, QUESTION)
        assert page.locator(".msg.bot").count() == 1


def test_oversized_requests_are_refused(api):
    import httpx

    response = httpx.post(f"{api}/api/search", content=b'{"query": "' + b"a" * 20000 + b'"}',
                          headers={"content-type": "application/json"})
    assert response.status_code == 413 and "för stor" in response.json()["detail"]


def test_widget_without_cors_says_what_to_check(page, web_index, host_origin):
    server, base = api_server(web_index, host_origin, MINUTES_CORS_ORIGINS="")
    with server:
        page.goto(host_page(host_origin, base, "utan-cors.html"))
        ask_widget(page, QUESTION)
        error = page.locator(".msg.error").inner_text()
    assert page.locator(".msg.bot").count() == 0
    assert "CORS" in error and "MINUTES_CORS_ORIGINS" in error and host_origin[1] in error
    screenshot(page, "widget-cors-hint.png")


def test_the_intranet_example_page_gets_answers_with_cors_allowed(page, api, host_origin):
    """examples/intranet.html, pointed at the test server instead of 127.0.0.1:8000."""
    folder, origin = host_origin
    example = (ROOT / "examples" / "intranet.html").read_text(encoding="utf-8")
    assert 'src="http://127.0.0.1:8000/widget.js" data-api="http://127.0.0.1:8000"' in example
    (folder / "intranet.html").write_text(example.replace("http://127.0.0.1:8000", api), encoding="utf-8")
    page.goto(f"{origin}/intranet.html")
    ask_widget(page, QUESTION)
    assert DECISION in page.locator(".msg.bot").first.inner_text()
    assert page.locator(".msg.error").count() == 0 and page.locator("a.chip").count() > 0
