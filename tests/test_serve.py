"""The HTTP service: each endpoint, each limit, the token, and a property-based API test (no 5xx)."""

import asyncio
import io
import json
import logging
import random
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import httpx
import jsonschema
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from bbiccheck.engine import Checker
from bbiccheck.serve import MB, Settings, create_app
from integration_case import DOCUMENTS

TODAY = "2026-11-25"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
UTREDNING = DOCUMENTS["utredning.md"].encode()


# Built at import: schemathesis needs the app when the test module is collected.
CHECKER = Checker.create()
APP = create_app(Settings(), CHECKER)


@pytest.fixture(scope="module")
def checker():
    return CHECKER


@pytest.fixture(scope="module")
def app():
    return APP


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


def post(client, name: str, data: bytes, **form):
    form.setdefault("today", TODAY)
    return client.post("/v1/check", files={"file": (name, data)}, data=form)


def make_zip(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Send the service's temp folders to a folder of our own, to see that none is left behind."""
    folder = tmp_path / "svc-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


# ------------------------------------------------------------------------------------------------
# Endpoints


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["in_flight"] == 0


def test_rules(client, checker):
    rules = client.get("/v1/rules").json()
    assert [r["id"] for r in rules] == [r.id for r in checker.rules]
    english = client.get("/v1/rules", params={"lang": "en"}).json()
    assert english[0]["title"] == checker.rules[0].title("en")
    assert client.get("/v1/rules", params={"lang": "de"}).status_code == 422


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/rules", "/healthz"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200


def test_check_json(client, checker):
    response = post(client, "utredning.md", UTREDNING)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    report = response.json()
    case = report["cases"][0]
    assert case["path"] == "utredning.md" and case["documents"][0]["path"] == "utredning.md"
    assert {f["rule"] for f in case["findings"]} >= {"TID02", "ANA01", "BARN01", "PLAN01"}
    assert report["check_date"] == TODAY
    assert "/tmp" not in response.text and "bbiccheck-serve" not in response.text  # no server paths


def test_check_english(client, checker):
    report = post(client, "utredning.md", UTREDNING, lang="en").json()
    assert report["lang"] == "en"
    titles = {r.id: r.title("en") for r in checker.rules}
    assert all(f["title"] == titles[f["rule"]] for f in report["cases"][0]["findings"])


def test_check_default_date_is_today(client):
    response = client.post("/v1/check", files={"file": ("a.md", UTREDNING)})
    assert response.status_code == 200
    import datetime as dt

    assert response.json()["check_date"] == dt.date.today().isoformat()


def test_check_sarif(client):
    response = post(client, "utredning.md", UTREDNING, format="sarif")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/sarif+json")
    log = response.json()
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert any("region" in r["locations"][0]["physicalLocation"] for r in results)  # the service knows offsets
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {"utredning.md"}


def test_check_junit(client):
    response = post(client, "utredning.md", UTREDNING, format="junit")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert int(root.get("failures")) == 2  # the document and the case


def test_check_zip_case_flattens_folders(client):
    data = make_zip({
        "akt/utredning.md": UTREDNING,
        "akt/bilagor/anteckning.md": DOCUMENTS["anteckning.md"].encode(),
        "akt/sub/anteckning.md": b"# Anteckning\n\nEn till.\n",  # the same name in another folder
        "akt/bild.png": b"\x89PNG....",  # not a document: ignored
        "__MACOSX/akt/._utredning.md": b"junk",
        "akt/": b"",
    })
    response = post(client, "akt.zip", data)
    assert response.status_code == 200, response.text
    case = response.json()["cases"][0]
    assert case["id"] == "akt"
    assert sorted(d["path"] for d in case["documents"]) == ["akt/anteckning (2).md", "akt/anteckning.md",
                                                            "akt/utredning.md"]


def test_check_sample_zip_and_annotated_docx(client):
    folder = SAMPLES / "03_kevin_forsenad_utredning"
    if not folder.is_dir():
        pytest.skip("samples/ not present")
    data = make_zip({f"kevin/{p.name}": p.read_bytes() for p in sorted(folder.glob("*.docx"))})
    response = post(client, "kevin.zip", data)
    assert response.status_code == 200
    assert len(response.json()["cases"][0]["documents"]) == len(list(folder.glob("*.docx")))

    original = (folder / "utredning.docx").read_bytes()
    response = post(client, "Utredning Kevin.docx", original, format="docx")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert "Utredning%20Kevin-bbiccheck.docx" in response.headers["content-disposition"]
    import docx

    annotated = docx.Document(io.BytesIO(response.content))
    assert len(list(annotated.comments)) == int(response.headers["x-bbiccheck-findings"]) > 0


def test_unreadable_document_is_reported_not_refused(client):
    response = post(client, "trasig.docx", random.Random(1).randbytes(3000))
    assert response.status_code == 200
    assert len(response.json()["cases"][0]["errors"]) == 1


# ------------------------------------------------------------------------------------------------
# Limits


@pytest.mark.parametrize("entries, why", [
    ({"../utanfor.md": UTREDNING}, "traversal"),
    ({"akt/../../utanfor.md": UTREDNING}, "traversal"),
    ({"/etc/utredning.md": UTREDNING}, "absolute"),
    ({"C:/akt/utredning.md": UTREDNING}, "drive"),
    ({"bild.png": b"x"}, "no documents"),
    ({}, "empty zip"),
])
def test_bad_zips_give_400(client, entries, why):
    assert post(client, "akt.zip", make_zip(entries)).status_code == 400, why


def test_corrupt_zip_gives_400(client):
    assert post(client, "akt.zip", b"PK\x03\x04 not really a zip").status_code == 400
    assert post(client, "akt.zip", b"plain text").status_code == 400


def test_zip_bomb_gives_400(client):
    bomb = make_zip({"akt/utredning.md": b"a" * (50 * MB)})  # ~1000:1
    assert len(bomb) < 1 * MB
    response = post(client, "akt.zip", bomb)
    assert response.status_code == 400
    assert "refused" in response.json()["detail"] or "avvisades" in response.json()["detail"]


def test_too_many_zip_entries_gives_400(checker):
    app = create_app(Settings(max_zip_entries=5), checker)
    with TestClient(app) as client:
        data = make_zip({f"akt/{i}.md": UTREDNING for i in range(6)})
        assert post(client, "akt.zip", data).status_code == 400


def test_too_large_gives_413(checker, private_tmp):
    app = create_app(Settings(max_upload_bytes=1 * MB), checker)
    with TestClient(app) as client:
        big = b"# Utredning\n\n" + b"text " * (300 * 1024)  # 1.5 MB
        assert post(client, "stor.md", big).status_code == 413
        # just under the limit is fine
        near = random.Random(3).randbytes(MB)  # unreadable, so quick: this is about the size only
        response = post(client, "ok.docx", near)
        assert response.status_code == 200 and len(response.json()["cases"][0]["errors"]) == 1

        def chunks():  # no Content-Length: the body is counted as it arrives
            yield b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\n\r\n"
            for _ in range(40):
                yield b"x" * 64 * 1024
            yield b"\r\n--b--\r\n"

        response = client.post("/v1/check", content=chunks(),
                               headers={"content-type": "multipart/form-data; boundary=b"})
        assert response.status_code == 413
    assert list(private_tmp.iterdir()) == []


@pytest.mark.parametrize("name", ["bild.png", "program.exe", "utan_filandelse", "data.json"])
def test_unsupported_type_gives_415(client, name):
    assert post(client, name, b"some bytes").status_code == 415


@pytest.mark.parametrize("form", [
    {"today": "2026-13-45"}, {"today": "igår"}, {"format": "xml"}, {"lang": "de"},
])
def test_bad_parameters_give_422(client, form):
    assert post(client, "utredning.md", UTREDNING, **form).status_code == 422


def test_missing_file_gives_422(client):
    assert client.post("/v1/check", data={"today": TODAY}).status_code == 422


def test_empty_file_gives_422(client):
    assert post(client, "tom.md", b"").status_code == 422


def test_docx_format_needs_a_docx(client):
    assert post(client, "utredning.md", UTREDNING, format="docx").status_code == 422
    assert post(client, "akt.zip", make_zip({"a/u.md": UTREDNING}), format="docx").status_code == 422
    assert post(client, "trasig.docx", random.Random(2).randbytes(999), format="docx").status_code == 422


class Gate:
    """Makes Service.run wait until released, to hold checks in flight."""

    def __init__(self, service, delay: float | None = None):
        self.release = threading.Event()
        self.entered = threading.Semaphore(0)
        self.original = service.run
        self.delay = delay

        def run(job):
            self.entered.release()
            if self.delay is not None:
                time.sleep(self.delay)
            else:
                self.release.wait(10)
            return self.original(job)

        service.run = run


def test_busy_gives_503_and_the_loop_stays_responsive(checker):
    app = create_app(Settings(max_concurrent=2), checker)
    gate = Gate(app.state.service)

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test", timeout=30) as c:
            held = [asyncio.create_task(c.post("/v1/check", files={"file": ("u.md", UTREDNING)},
                                               data={"today": TODAY})) for _ in range(2)]
            while app.state.service.in_flight < 2:
                await asyncio.sleep(0.01)
            busy = await c.post("/v1/check", files={"file": ("u.md", UTREDNING)}, data={"today": TODAY})
            health = await c.get("/healthz")  # answered while both checks run
            gate.release.set()
            return busy, health, await asyncio.gather(*held)

    busy, health, held = asyncio.run(scenario())
    assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
    assert health.status_code == 200 and health.json()["in_flight"] == 2
    assert [r.status_code for r in held] == [200, 200]
    assert app.state.service.in_flight == 0


def test_timeout_gives_504_and_frees_the_slot_when_the_check_ends(checker, private_tmp):
    app = create_app(Settings(max_concurrent=1, timeout=0.2), checker)
    Gate(app.state.service, delay=0.8)
    with TestClient(app) as client:
        started = time.perf_counter()
        response = post(client, "u.md", UTREDNING)
        assert response.status_code == 504
        assert time.perf_counter() - started < 0.7  # answered at the timeout, not when the check ended
        # the slot is held until the thread really ends: no pile-up of timed-out checks
        assert post(client, "u.md", UTREDNING).status_code == 503
        deadline = time.time() + 10
        while app.state.service.in_flight and time.time() < deadline:
            time.sleep(0.05)
        assert app.state.service.in_flight == 0
    deadline = time.time() + 5
    while list(private_tmp.iterdir()) and time.time() < deadline:
        time.sleep(0.05)
    assert list(private_tmp.iterdir()) == []


def test_temp_folders_are_always_removed(client, private_tmp):
    post(client, "utredning.md", UTREDNING)
    post(client, "akt.zip", make_zip({"a/u.md": UTREDNING}))
    post(client, "akt.zip", make_zip({"../u.md": UTREDNING}))
    post(client, "bild.png", b"x")
    post(client, "trasig.docx", b"PK\x03\x04garbage", format="docx")
    assert list(private_tmp.iterdir()) == []


def test_logs_hold_no_names_or_text(client, caplog):
    secret_name = "Hemliga_Kalle_Anka_19120101.md"
    secret_text = "# Utredning\n\nKalle Anka berättar om Kajsa.\n".encode()
    with caplog.at_level(logging.DEBUG):
        post(client, secret_name, secret_text)
        post(client, "Hemlig_Akt.zip", make_zip({"Hemlig_Akt/Kalle.md": secret_text}))
        post(client, "Hemlig_Akt.zip", make_zip({"../Kalle.md": secret_text}))
    logged = caplog.text
    assert "check status=200" in logged and "ms=" in logged
    for secret in ("Kalle", "Kajsa", "Hemlig", "19120101"):
        assert secret not in logged


# ------------------------------------------------------------------------------------------------
# Token


def test_token(checker, tmp_path):
    app = create_app(Settings(token="s3cret-token"), checker)
    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200  # load balancers need no token
        assert client.get("/v1/rules").status_code == 401
        assert client.get("/v1/rules", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/v1/rules", headers={"Authorization": "Basic s3cret-token"}).status_code == 401
        response = post(client, "u.md", UTREDNING)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        ok = {"Authorization": "Bearer s3cret-token"}
        assert client.get("/v1/rules", headers=ok).status_code == 200
        assert client.post("/v1/check", files={"file": ("u.md", UTREDNING)}, headers=ok).status_code == 200


def test_token_file(tmp_path):
    from bbiccheck.serve import read_token

    path = tmp_path / "token"
    path.write_text("abc\n", encoding="utf-8")
    assert read_token(path) == "abc"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_token(path)


# ------------------------------------------------------------------------------------------------
# Hostile bytes never give a 5xx


@pytest.mark.parametrize("seed", range(12))
def test_random_uploads_never_5xx(client, seed):
    rng = random.Random(seed)
    suffix = rng.choice([".docx", ".odt", ".pdf", ".md", ".txt", ".zip", ".doc"])
    blob = rng.randbytes(rng.randint(1, 5000))
    if rng.random() < 0.5:  # something that starts like a zip
        blob = b"PK\x03\x04" + blob
    assert post(client, f"x{suffix}", blob).status_code < 500


# ------------------------------------------------------------------------------------------------
# Property-based: every operation of the OpenAPI schema, generated input, never a 5xx


schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_5xx(case):
    from schemathesis.checks import not_a_server_error

    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])


def test_serve_command_refuses_an_empty_token_file(tmp_path):
    from click.testing import CliRunner

    from bbiccheck.cli import main

    token = tmp_path / "token"
    token.write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["serve", "--token-file", str(token), "--port", "0"])
    assert result.exit_code == 2 and "empty" in result.output
