"""The HTTP service: a document or a zipped case in, a report out, for document management systems.

Design choices, each for a reason:

* The Checker (rules, lexicon, spaCy pipeline) is built once, in ``create_app``, and warmed with one
  tiny check, so the first request is not the slow one.
* Checks are CPU-bound: they run in a thread pool so the event loop keeps answering (health checks,
  503s, other uploads) while a check runs; ``asyncio.wait_for`` turns a slow one into a 504.
* At most ``max_concurrent`` checks run at once (a semaphore acquired without waiting: a full service
  answers 503 at once instead of queueing). A slot is freed when the check's thread really ends, not
  when a 504 is sent, so timed-out checks cannot pile up behind the limit.
* Every upload is written to a private ``TemporaryDirectory`` that the worker removes when it ends;
  report paths are made relative to it, so no temp path reaches a client.
* Bad input never gives a 500: 400 bad zip, 401 token, 413 too large, 415 unsupported type, 422 bad
  parameters or a document that cannot be checked, 503 busy, 504 too slow.
* Logs carry counts, sizes and timings only; never file names or document text (they are personal data).
"""

# No `from __future__ import annotations`: FastAPI must see the real annotations of endpoints that
# close over local objects (the bearer scheme), which string annotations would hide from it.

import asyncio
import datetime as dt
import hmac
import json
import logging
import os
import re
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, BinaryIO, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, UploadFile
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from bbiccheck import __version__
from bbiccheck.engine import Checker
from bbiccheck.load import (
    DOCUMENT_SUFFIXES,
    CaseSource,
    document_from_text,
    is_document,
)
from bbiccheck.load.base import Limits, UnreadableFile
from bbiccheck.model import Case, CaseReport, Report

log = logging.getLogger("bbiccheck.serve")

MB = 1024 * 1024
ENVELOPE = 64 * 1024  # multipart boundaries, headers and the small form fields around the file
DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA = {"json": "application/json", "sarif": "application/sarif+json", "junit": "application/xml", "docx": DOCX_MEDIA}
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    token: str | None = None
    max_upload_bytes: int = 20 * MB
    max_concurrent: int = 8
    timeout: float = 30.0
    # A zipped case: a case folder holds a handful of documents, never hundreds.
    max_zip_entries: int = 200
    max_zip_uncompressed: int = 200 * MB
    max_zip_ratio: float = 200.0


class Rejected(Exception):
    """Bad input: answered with ``status`` and a one-line ``detail`` that holds no document text."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass
class Outcome:
    body: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)
    documents: int = 0
    findings: int = 0
    unreadable: int = 0


# ------------------------------------------------------------------------------------------------
# Uploads: names, zips, paths


def safe_name(filename: str | None) -> str:
    """The upload's base name only, without anything a file system could misread."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f/:]", "_", name).strip(" .") or "upload"
    stem, suffix = os.path.splitext(name)
    return stem[:100] + suffix[:10]


def extract_case(archive: Path, target: Path, settings: Settings) -> list[Path]:
    """The documents of a zipped case, flattened into ``target``; refuses traversal and bombs.

    The container checks (entry count, declared and real uncompressed size, compression ratio,
    encryption) are the loader's ``SafeZip``; this adds what only a case archive needs.
    """
    from bbiccheck.load.safety import SafeZip

    limits = Limits(max_file_bytes=settings.max_upload_bytes, max_zip_entries=settings.max_zip_entries,
                    max_uncompressed_bytes=settings.max_zip_uncompressed,
                    max_compression_ratio=settings.max_zip_ratio)
    files: list[Path] = []
    taken: set[str] = set()
    with SafeZip(archive, limits) as zf:
        for entry in zf.names():
            parts = PurePosixPath(entry.replace("\\", "/")).parts
            if entry.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", entry) or ".." in parts:
                raise Rejected(400, "the zip holds a path outside its own folder (absolute or '..'): refused")
            if entry.endswith(("/", "\\")) or not parts:
                continue  # a folder entry
            if any(p.startswith(".") or p == "__MACOSX" for p in parts):
                continue  # macOS resource forks, hidden files
            name = safe_name(parts[-1])
            if not is_document(Path(name)):
                continue
            stem, suffix = os.path.splitext(name)
            n = 1
            while name.lower() in taken:  # flattening can bring two equal names together
                n += 1
                name = f"{stem} ({n}){suffix}"
            taken.add(name.lower())
            path = target / name
            path.write_bytes(zf.read(entry))
            files.append(path)
    if not files:
        raise Rejected(400, f"the zip holds no documents ({', '.join(sorted(DOCUMENT_SUFFIXES))})")
    return sorted(files)


def relabel(report: CaseReport, case: Case, root: Path) -> tuple[CaseReport, Case]:
    """Paths relative to the private temp folder: the client sees its own names, never ours."""
    prefix = str(root) + os.sep

    def short(path: str) -> str:
        return path[len(prefix):] if path.startswith(prefix) else path

    def fix(items, key="path"):
        return [item.model_copy(update={key: short(getattr(item, key))}) for item in items]

    report = report.model_copy(update={
        "path": short(report.path),
        "documents": fix(report.documents),
        "errors": fix(report.errors),
        "silenced": fix(report.silenced, "document"),
        "findings": [f.model_copy(update={"document": short(f.document)}) if f.document else f for f in report.findings],
    })
    case = case.model_copy(update={"path": short(case.path), "documents": fix(case.documents)})
    return report, case


def copy_upload(source: BinaryIO, target: Path, limit: int) -> int:
    size = 0
    source.seek(0)
    with open(target, "wb") as out:
        while chunk := source.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise Rejected(413, f"the upload is larger than {limit // MB} MB")
            out.write(chunk)
    if size == 0:
        raise Rejected(422, "the uploaded file is empty")
    return size


# ------------------------------------------------------------------------------------------------
# The check itself (runs in a worker thread)


@dataclass
class Job:
    upload: BinaryIO
    filename: str
    today: dt.date
    fmt: str
    lang: str


class Service:
    def __init__(self, checker: Checker, settings: Settings):
        self.checker = checker
        self.settings = settings
        self.slots = threading.BoundedSemaphore(settings.max_concurrent)
        self.in_flight = 0  # for /healthz; changed only under _lock
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    @property
    def pool(self) -> ThreadPoolExecutor:
        # Made on first use and again after close(): an app object can outlive one lifespan
        # (test clients, schema loaders and reloaders start and stop it more than once).
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.settings.max_concurrent,
                                                thread_name_prefix="bbiccheck-check")
            return self._pool

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def warm(self) -> None:
        """One tiny check builds the spaCy pipeline and fills the caches before the first request."""
        lexicon = self.checker.ruleset.lexicon
        doc = document_from_text("# Utredning\nUtredningen inleddes 2026-01-10.\n", "warm.md", lexicon)
        self.checker.check_case(Case(id="warm", path="warm.md", documents=[doc]), dt.date(2026, 2, 1))

    def run(self, job: Job) -> Outcome:
        with tempfile.TemporaryDirectory(prefix="bbiccheck-serve-") as tmp:
            root = Path(tmp)
            name = safe_name(job.filename)
            suffix = Path(name).suffix.lower()
            if suffix == ".zip":
                if job.fmt == "docx":
                    raise Rejected(422, "format=docx needs a single .docx upload, not a zip")
                archive = root / "upload.zip"
                copy_upload(job.upload, archive, self.settings.max_upload_bytes)
                folder = root / (safe_name(Path(name).stem) or "case")
                folder.mkdir()
                try:
                    files = extract_case(archive, folder, self.settings)
                except UnreadableFile as error:
                    raise Rejected(400, error.message(job.lang)) from None
                archive.unlink()
                source = CaseSource(folder.name, folder, tuple(files))
            elif suffix in DOCUMENT_SUFFIXES:
                if job.fmt == "docx" and suffix not in (".docx", ".docm"):
                    raise Rejected(422, "format=docx needs a .docx upload")
                path = root / name
                copy_upload(job.upload, path, self.settings.max_upload_bytes)
                source = CaseSource(path.stem, path, (path,))
            else:
                raise Rejected(415, f"unsupported file type; send one of {', '.join(sorted(DOCUMENT_SUFFIXES))} "
                                    "or a .zip of a case")
            case = self.checker.load(source, job.lang)
            case_report = self.checker.check_case(case, job.today, job.lang)
            if job.fmt == "docx":
                return self._annotated(case, case_report, root, job)
            case_report, case = relabel(case_report, case, root)
            report = Report(check_date=job.today, lang=job.lang, cases=[case_report])
            return Outcome(self._render(report, case, job.fmt).encode("utf-8"), MEDIA[job.fmt],
                           documents=len(case.documents), findings=len(case_report.findings),
                           unreadable=len(case_report.errors))

    @staticmethod
    def _render(report: Report, case: Case, fmt: str) -> str:
        if fmt == "sarif":
            from bbiccheck.report.sarif import documents_of, render_sarif

            return render_sarif(report, documents=documents_of([case]))
        if fmt == "junit":
            from bbiccheck.report.junit import render_junit

            return render_junit(report)
        from bbiccheck.report.json_report import render_json

        return render_json(report)

    @staticmethod
    def _annotated(case: Case, case_report: CaseReport, root: Path, job: Job) -> Outcome:
        from bbiccheck.report.docx_annotate import annotate_docx

        if case_report.errors or not case.documents:
            raise Rejected(422, case_report.errors[0].message if case_report.errors else "no document to annotate")
        document = case.documents[0]
        out = root / "out" / "annotated.docx"
        annotate_docx(Path(document.path), out, document, case_report.findings, job.lang)
        stem = Path(safe_name(job.filename)).stem
        download = f"{stem}-bbiccheck.docx"
        ascii_name = download.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
        disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(download)}"
        return Outcome(out.read_bytes(), DOCX_MEDIA, {"Content-Disposition": disposition,
                                                      "X-Bbiccheck-Findings": str(len(case_report.findings))},
                       documents=1, findings=len(case_report.findings))

    async def submit(self, job: Job) -> Outcome:
        """Runs ``job`` in the pool; raises Rejected(503) when full and Rejected(504) on timeout."""
        if not self.slots.acquire(blocking=False):
            raise Rejected(503, f"busy: {self.settings.max_concurrent} checks are running; try again shortly")
        with self._lock:
            self.in_flight += 1

        def done(_future) -> None:  # in the worker's own time, also after a 504
            with self._lock:
                self.in_flight -= 1
            self.slots.release()

        try:
            future = self.pool.submit(self.run, job)
        except RuntimeError:  # the pool is shutting down
            done(None)
            raise Rejected(503, "the service is shutting down") from None
        future.add_done_callback(done)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.settings.timeout)
        except asyncio.TimeoutError:
            raise Rejected(504, f"the check took longer than {self.settings.timeout:g} s") from None


# ------------------------------------------------------------------------------------------------
# ASGI: limits enforced before the body is read


def _token_ok(expected: str | None, header: str | None) -> bool:
    if expected is None:
        return True
    if not header or not header.lower().startswith("bearer "):
        return False
    return hmac.compare_digest(header[7:].strip().encode("utf-8"), expected.encode("utf-8"))


class _BodyTooLarge(Exception):
    pass


class Gate:
    """Pure ASGI middleware: token and size checked before the multipart body is parsed.

    FastAPI parses the whole form before an endpoint or a dependency runs, so without this an
    unauthenticated or oversized upload would be read in full first.
    """

    def __init__(self, app, service: Service):
        self.app = app
        self.service = service

    @staticmethod
    async def _answer(send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        body = json.dumps({"detail": detail}).encode()
        raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        settings = self.service.settings
        if scope["path"].startswith("/v1/") and not _token_ok(settings.token, headers.get("authorization")):
            return await self._answer(send, 401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"})
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        limit = settings.max_upload_bytes + ENVELOPE
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            status = 413 if length.isdigit() else 400
            return await self._answer(send, status, f"the upload is larger than {settings.max_upload_bytes // MB} MB"
                                      if status == 413 else "bad Content-Length")
        if scope["path"] == "/v1/check" and self.service.in_flight >= settings.max_concurrent:
            return await self._answer(send, 503, "busy: try again shortly", {"Retry-After": "1"})
        received, too_big, started = 0, False, False

        async def counted_receive():
            nonlocal received, too_big
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:  # a chunked body without Content-Length
                    too_big = True
                    raise _BodyTooLarge()
            return message

        async def guarded_send(message):
            nonlocal started
            if too_big:
                return  # whatever the app made of the cut-off body, the answer is 413
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _BodyTooLarge:
            pass
        if too_big and not started:
            await self._answer(send, 413, f"the upload is larger than {settings.max_upload_bytes // MB} MB")


# ------------------------------------------------------------------------------------------------
# The app


def create_app(settings: Settings | None = None, checker: Checker | None = None) -> FastAPI:
    settings = settings or Settings()
    started = time.perf_counter()
    checker = checker or Checker.create()
    service = Service(checker, settings)
    service.warm()
    log.info("checker ready: %d rules, %.1f s", len(checker.rules), time.perf_counter() - started)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        service.close()

    app = FastAPI(
        lifespan=lifespan,
        title="bbiccheck",
        version=__version__,
        description="Offline quality check of BBIC child-welfare documents. Upload a document (.docx, .odt, "
                    ".pdf, .txt, .md) or a .zip of a case folder; get the JSON report, SARIF, JUnit XML or an "
                    "annotated copy of a .docx.",
    )
    app.state.service = service
    app.add_middleware(Gate, service=service)
    bearer = HTTPBearer(auto_error=False, description="Required when the service was started with --token-file.")

    def authorized(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        # The Gate already refused a wrong token; this dependency documents the scheme in OpenAPI
        # and stays as a second line should the middleware ever be removed.
        header = f"Bearer {credentials.credentials}" if credentials else None
        if not _token_ok(settings.token, header):
            raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(Rejected)
    async def rejected(_request, error: Rejected):
        headers = {"Retry-After": "1"} if error.status == 503 else None
        return JSONResponse({"detail": error.detail}, status_code=error.status, headers=headers)

    @app.get("/healthz", summary="Liveness and load")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "in_flight": service.in_flight,
                "max_concurrent": settings.max_concurrent}

    @app.get("/v1/rules", summary="The rules this service checks", dependencies=[Depends(authorized)])
    async def rules(lang: Annotated[Literal["sv", "en"], Query()] = "sv") -> list[dict[str, Any]]:
        return [{
            "id": r.id, "name": r.name, "title": r.title(lang), "severity": r.severity.value,
            "category": r.category.value, "status": r.status, "applies_to": [t.value for t in r.applies_to],
            "why": r.feedback.why(lang), "reference": r.feedback.reference(lang),
            "reflection": r.feedback.reflection(lang), "better": r.feedback.better(lang),
        } for r in checker.rules]

    @app.post(
        "/v1/check",
        summary="Check a document or a zipped case",
        dependencies=[Depends(authorized)],
        responses={
            200: {"description": "The report (format=json: the bbiccheck JSON report), or the annotated .docx",
                  "content": {m: {} for m in MEDIA.values()}},
            400: {"description": "Bad zip (corrupt, path traversal, bomb, no documents)"},
            401: {"description": "Missing or wrong bearer token"},
            413: {"description": "Upload larger than --max-upload-mb"},
            415: {"description": "Unsupported file type"},
            422: {"description": "Bad parameters, or a document that cannot be annotated or checked"},
            503: {"description": "--max-concurrent checks already running"},
            504: {"description": "The check took longer than --timeout"},
        },
    )
    async def check(
        file: Annotated[UploadFile, File(description="A document, or a .zip holding the documents of one case")],
        today: Annotated[str | None, Form(description="Check date YYYY-MM-DD (default: today)")] = None,
        format: Annotated[Literal["json", "sarif", "junit", "docx"], Form()] = "json",
        lang: Annotated[Literal["sv", "en"], Form()] = "sv",
    ) -> Response:
        t0 = time.perf_counter()
        try:
            check_date = dt.date.fromisoformat(today) if today else dt.date.today()
        except ValueError:
            raise Rejected(422, "today must be a date YYYY-MM-DD") from None
        job = Job(file.file, file.filename or "", check_date, format, lang)
        status = 200
        try:
            outcome = await service.submit(job)
        except Rejected as error:
            status = error.status
            raise
        except Exception as error:  # a checker bug on odd input: a clear 422, and the type in the log
            status = 422
            log.error("check failed: %s", type(error).__name__)
            raise Rejected(422, f"the document could not be checked ({type(error).__name__})") from None
        finally:
            log.info("check status=%d bytes=%d ms=%.0f", status, file.size or 0, (time.perf_counter() - t0) * 1000)
        log.info("check docs=%d findings=%d unreadable=%d", outcome.documents, outcome.findings, outcome.unreadable)
        return Response(outcome.body, media_type=outcome.media_type, headers=outcome.headers)

    return app


def read_token(path: Path | None) -> str | None:
    if path is None:
        return None
    token = path.read_text(encoding="utf-8").strip()
    if not token:
        raise ValueError(f"{path}: the token file is empty")
    return token
