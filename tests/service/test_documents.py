"""Upload, removal and re-reading over HTTP (POST/DELETE /api/documents), with a real embedded index in a
temporary data folder: what was read comes back, the meeting is searchable, a bad file gets its Swedish
reason (413/415/422, never 500), and only admins may do any of it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.access import Policy, is_admin
from service.api import create_app
from service.auth import ANONYMOUS, Principal
from service.routers.documents import safe_name
from service.settings import Settings
from tests.conftest import free_port, running, serve_command

MINUTES = """Protokoll
Kulturnämnden i Lillby

Datum: 2024-05-02
Tid: 18.00–20.00
Plats: Stadshuset

Närvarande:
Karin Holm, ordförande
Jonas Ek, sekreterare

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Bidrag till sommarteatern
Föreningen Lillby sommarteater har ansökt om bidrag för föreställningarna i Rosenparken.
Beslut: Nämnden beviljar sommarteatern 40 000 kronor för säsongen 2024.

3. Biblioteket i Norrby
Förvaltningen redovisade besökssiffrorna för filialbiblioteket.
Beslut: Öppettiderna utökas med lördagar från och med september.

4. Mötets avslutande
Ordföranden avslutade mötet.
"""

RULES = """default = "allow"
admin_groups = ["minutes-admin"]
"""


def upload(client: TestClient, name: str, data: bytes, **kwargs):
    return client.post("/api/documents", files={"file": (name, data, "application/octet-stream")}, **kwargs)


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    data = tmp_path_factory.mktemp("documents-index")
    settings = Settings(data_dir=data, rate_limit_per_minute=0, max_file_mb=0.05)
    with TestClient(create_app(settings)) as client:
        yield client, settings


@pytest.fixture(scope="module")
def uploaded(api):
    client, _ = api
    response = upload(client, "../../tmp/Kulturnämnden 2024-05-02.txt", MINUTES.encode("utf-8"))
    assert response.status_code == 200, response.text
    return response.json()


def test_upload_answers_with_what_was_read(uploaded, api):
    _, settings = api
    assert uploaded["file"] == "Kulturnämnden_2024-05-02.txt"  # no directories from the client
    [meeting] = uploaded["meetings"]
    assert meeting["date"] == "2024-05-02"
    assert "Kulturnämnden" in meeting["body"]
    assert meeting["items"] == 4
    assert isinstance(meeting["flags"], list)
    assert uploaded["outcome"] == "ny"
    kept = settings.uploads_dir / "Kulturnämnden_2024-05-02.txt"
    assert kept.read_text(encoding="utf-8") == MINUTES
    assert [p.name for p in settings.uploads_dir.iterdir()] == [kept.name]  # no trial file left behind


def test_uploaded_meeting_is_searchable_and_listed(uploaded, api):
    client, _ = api
    meeting_id = uploaded["meetings"][0]["id"]
    results = client.post("/api/search", json={"query": "bidrag till sommarteatern"}).json()["results"]
    assert results and results[0]["meeting"]["id"] == meeting_id
    assert results[0]["meeting"]["date"] == "2024-05-02"
    listed = {m["id"]: m for m in client.get("/api/meetings").json()}
    assert listed[meeting_id]["items"] == 4 and "flags" in listed[meeting_id]


def test_same_upload_again_is_unchanged(uploaded, api):
    client, _ = api
    again = upload(client, "Kulturnämnden 2024-05-02.txt", MINUTES.encode("utf-8"))
    assert again.status_code == 200, again.text
    assert again.json()["outcome"] == "oförändrad"
    assert again.json()["meetings"][0]["id"] == uploaded["meetings"][0]["id"]


@pytest.mark.parametrize("name, data, status, words", [
    ("protokoll.exe", b"MZ...", 415, "Filtypen .exe läses inte"),
    ("protokoll", b"text", 415, "Filtypen (ingen) läses inte"),
    ("tomt.txt", b"", 422, "Filen är tom"),
    ("blanksteg.txt", b"  \n\n ", 422, "Filen är tom"),
    ("trasig.docx", b"PK\x03\x04 no real docx", 422, "kunde inte läsas"),
    ("stor.txt", b"a" * 60_000, 413, "för stor"),
])
def test_bad_files_get_their_reason(api, name, data, status, words):
    client, settings = api
    before = sorted(p.name for p in settings.uploads_dir.iterdir()) if settings.uploads_dir.exists() else []
    response = upload(client, name, data)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]
    after = sorted(p.name for p in settings.uploads_dir.iterdir()) if settings.uploads_dir.exists() else []
    assert after == before  # nothing kept of a refused file


def test_corrupt_docx_zip_without_document(api):
    client, _ = api
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hej.txt", "ingen word-fil")
    response = upload(client, "protokoll.docx", buffer.getvalue())
    assert response.status_code == 422, response.text
    assert "kunde inte läsas" in response.json()["detail"]


def test_reason_names_the_uploaded_file_not_a_temporary_one(api):
    client, _ = api
    response = upload(client, "gammal nämnd.odt", b"PK\x03\x04 no real odt")
    assert response.status_code == 422, response.text
    assert "gammal_nämnd.odt" in response.json()["detail"]
    assert "prov" not in response.json()["detail"] and "/" not in response.json()["detail"]


def test_same_content_under_another_name_is_a_copy(uploaded, api):
    client, _ = api
    response = upload(client, "kopia.txt", MINUTES.encode("utf-8"))
    assert response.status_code == 200, response.text
    assert response.json()["outcome"] == "kopia"
    assert response.json()["meetings"][0]["id"] == uploaded["meetings"][0]["id"]


def test_request_far_over_the_limit_is_refused_before_it_is_read(api):
    client, _ = api
    response = upload(client, "enorm.txt", b"a" * 400_000)
    assert response.status_code == 413
    assert "för stor" in response.json()["detail"]


def test_missing_file_field_is_a_swedish_422(api):
    client, _ = api
    response = client.post("/api/documents", data={"annat": "x"})
    assert response.status_code == 422
    assert "file" in response.text


def test_other_routes_keep_the_small_body_limit(api):
    client, _ = api
    response = client.post("/api/search", json={"query": "a" * 20_000})
    assert response.status_code == 413


def test_reread_and_remove(api):
    client, settings = api
    text = MINUTES.replace("Kulturnämnden i Lillby", "Fritidsnämnden i Lillby").replace("2024-05-02", "2024-06-11")
    response = upload(client, "fritid.md", text.encode("utf-8"))
    assert response.status_code == 200, response.text
    meeting_id = response.json()["meetings"][0]["id"]
    reread = client.post(f"/api/documents/{meeting_id}/reread")
    assert reread.status_code == 200, reread.text
    assert reread.json()["meetings"][0]["id"] == meeting_id
    assert reread.json()["outcome"] == "oförändrad"

    removed = client.delete(f"/api/documents/{meeting_id}")
    assert removed.status_code == 200, removed.text
    assert removed.json() == {"removed": [meeting_id], "file_removed": True}
    assert not (settings.uploads_dir / "fritid.md").exists()
    assert meeting_id not in {m["id"] for m in client.get("/api/meetings").json()}
    assert client.get(f"/api/meetings/{meeting_id}").status_code == 404
    assert client.delete(f"/api/documents/{meeting_id}").status_code == 404
    assert client.post(f"/api/documents/{meeting_id}/reread").status_code == 404


def test_admin_page_is_served_with_its_script(api):
    client, _ = api
    page = client.get("/admin")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert '<script src="/static/admin.js"></script>' in page.text
    assert "<script>" not in page.text
    script = client.get("/static/admin.js").text
    assert "innerHTML" not in script


@pytest.fixture(scope="module")
def proxied(api, tmp_path_factory):
    """A second app over the same index, behind a signing-in proxy, with a rule file naming the admin group."""
    _, open_settings = api
    folder = tmp_path_factory.mktemp("documents-config")
    (folder / "access.toml").write_text(RULES, encoding="utf-8")
    settings = Settings(data_dir=open_settings.data_dir, auth="proxy", access_file=folder / "access.toml",
                        api_keys="hemlig-nyckel", rate_limit_per_minute=0)
    with TestClient(create_app(settings), client=("127.0.0.1", 5000)) as client:
        yield client


def test_non_admin_is_refused_in_swedish(proxied, uploaded):
    meeting_id = uploaded["meetings"][0]["id"]
    reader = {"X-Forwarded-User": "bertil", "X-Forwarded-Groups": "ekonomi"}
    for response in (upload(proxied, "x.txt", MINUTES.encode(), headers=reader),
                     proxied.delete(f"/api/documents/{meeting_id}", headers=reader),
                     proxied.post(f"/api/documents/{meeting_id}/reread", headers=reader)):
        assert response.status_code == 403, response.text
        assert "Bara administratörer" in response.json()["detail"]
    assert proxied.get(f"/api/meetings/{meeting_id}", headers=reader).status_code == 200  # reading still works
    assert upload(proxied, "x.txt", MINUTES.encode()).status_code == 401  # not signed in at all


def test_admin_group_and_api_key_may_upload(proxied, uploaded):
    meeting_id = uploaded["meetings"][0]["id"]
    admin = {"X-Forwarded-User": "anna", "X-Forwarded-Groups": "ekonomi, minutes-admin"}
    response = upload(proxied, "Kulturnämnden 2024-05-02.txt", MINUTES.encode("utf-8"), headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["outcome"] == "oförändrad"
    assert response.json()["meetings"][0]["id"] == meeting_id
    keyed = proxied.post(f"/api/documents/{meeting_id}/reread", headers={"X-API-Key": "hemlig-nyckel"})
    assert keyed.status_code == 200, keyed.text


def test_admin_rule():
    policy = Policy(admin_groups=frozenset({"minutes-admin"}))
    laptop = Settings()
    assert is_admin(ANONYMOUS, Policy(), laptop)
    assert not is_admin(ANONYMOUS, Policy(), Settings(api_keys="k"))
    assert is_admin(Principal(user=None, via="api-nyckel"), Policy(), Settings(api_keys="k"))
    proxy = Settings(auth="proxy")
    assert not is_admin(Principal(user="bertil", groups=frozenset({"ekonomi"}), via="proxy"), policy, proxy)
    assert is_admin(Principal(user="anna", groups=frozenset({"minutes-admin"}), via="proxy"), policy, proxy)
    assert not is_admin(ANONYMOUS, Policy(), proxy)


def test_safe_name():
    assert safe_name("../../etc/passwd") == ("passwd", "")
    assert safe_name("C:\\Users\\x\\Protokoll maj.PDF") == ("Protokoll_maj", ".pdf")
    assert safe_name(".htaccess")[1] == ""
    assert safe_name(None) == ("dokument", "")
    assert safe_name("<script>.txt") == ("script", ".txt")


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.server
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium saknas (apt-get install chromium)")
def test_admin_page_uploads_lists_and_removes_in_chromium(tmp_path):
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {"MINUTES_DATA_DIR": str(tmp_path / "data"), "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    good, bad = tmp_path / "Kulturnämnden maj.txt", tmp_path / "program.exe"
    good.write_text(MINUTES, encoding="utf-8")
    bad.write_bytes(b"MZ")
    base = f"http://127.0.0.1:{port}"
    with running(serve_command(port), f"{base}/healthz", env), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_context(locale="sv-SE").new_page()
            errors: list[str] = []
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.goto(f"{base}/admin")
            page.wait_for_selector("#meetings-status:has-text('Inga möten')")

            page.set_input_files("#upload-file", str(bad))
            page.click("#upload-button")
            page.wait_for_selector("#upload-status.error")
            assert "Filtypen .exe läses inte" in page.inner_text("#upload-status")

            page.set_input_files("#upload-file", str(good))
            page.click("#upload-button")
            page.wait_for_selector("#upload-status:has-text('Inläst')", timeout=60000)
            read = page.inner_text("#upload-meetings")
            assert "2024-05-02" in read and "Kulturnämnden" in read and "4 punkter" in read
            row = page.locator("li.result", has_text="2024-05-02")
            row.wait_for()
            assert row.count() == 1

            page.on("dialog", lambda dialog: dialog.accept())
            row.locator("button.remove").click()
            page.wait_for_selector("#meetings-status:has-text('Inga möten')")
            assert page.locator("li.result").count() == 0
            assert not [e for e in errors if "Content Security Policy" in e]
        finally:
            browser.close()
