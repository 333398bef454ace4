"""The server under test: gunicorn with the production settings, pinned to one core, against PostgreSQL and Redis.

    from bench.server import serve
    with serve(workers=1, cpu=0) as base_url:      # "http://127.0.0.1:<port>"
        ...                                         # base_url.log_path: the server's stdout (one line per request)

The environment (`bench_env()`) is what production requires (netral/settings/production.py), pointed at this
machine: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/netral_bench), BENCH_REDIS_URL (default
redis://127.0.0.1:6379/0), and NETRAL_BENCH_VIEWS=1 so /bench/minimal/ (the baseline) is routed. Every request the
clients send carries `X-Forwarded-Proto: https`, as the reverse proxy would (production redirects plain HTTP).
`prepare()` creates the database when missing, migrates it and collects static files (once per process).
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR = BASE_DIR / "var" / "bench"
SETTINGS = "netral.settings.production"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/netral_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
_prepared: set[tuple] = set()


class ServerURL(str):
    """The base URL (a str), with the server's log file and process id."""

    log_path: Path
    pid: int


def bench_env(extra: dict | None = None) -> dict[str, str]:
    """The production environment variables for a bench run (the current environment's BENCH_* win)."""
    env = {
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL),
        "SECRET_KEY": "bench-only-" + "x7Qp2vLm9sRt4wZk8yBn3cFd6gHj1kMo5uWe0aSi",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "NETRAL_PUBLIC_BASE_URL": "https://127.0.0.1",
        "EMAIL_HOST": "127.0.0.1",
        "NETRAL_BENCH_VIEWS": "1",
        "STATIC_ROOT": str(VAR / "static"),
        "MEDIA_ROOT": str(VAR / "media"),
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    return env | (extra or {})


def _manage(*args: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**os.environ, **env},
        check=True,
        stdout=subprocess.DEVNULL,
    )


def create_database(url: str) -> None:
    """CREATE DATABASE when it does not exist yet (PostgreSQL only)."""
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1].split("?")[0]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def prepare(env: dict[str, str] | None = None) -> None:
    """Database created and migrated, static files collected (WhiteNoise's manifest): once per process."""
    env = bench_env(env)
    key = (env["DATABASE_URL"], env["STATIC_ROOT"])
    if key in _prepared:
        return
    create_database(env["DATABASE_URL"])
    _manage("migrate", "--noinput", env=env)
    if not (Path(env["STATIC_ROOT"]) / "staticfiles.json").exists() or os.environ.get("BENCH_COLLECTSTATIC"):
        _manage("collectstatic", "--noinput", env=env)
    _prepared.add(key)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 5, headers: dict | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={**PROXY_HEADERS, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (our own server)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@contextlib.contextmanager
def serve(
    *, settings: str = SETTINGS, workers: int = 1, threads: int = 1, cpu: int | None = 0, env: dict | None = None
):
    """Start gunicorn (pinned with `taskset -c cpu`), wait for /healthz, yield its base URL, stop it at exit."""
    environment = bench_env(env) | {"DJANGO_SETTINGS_MODULE": settings}
    prepare(environment)
    port = free_port()
    VAR.mkdir(parents=True, exist_ok=True)
    log_path = VAR / f"server-{port}.log"
    command = [
        sys.executable, "-m", "gunicorn", "-c", str(BASE_DIR / "gunicorn.conf.py"),
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
        "--max-requests", "0",
    ]  # fmt: skip
    if cpu is not None:
        command = ["taskset", "-c", str(cpu), *command]
    log = open(log_path, "w")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        command, cwd=BASE_DIR, env={**os.environ, **environment}, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    base_url = ServerURL(f"http://127.0.0.1:{port}")
    base_url.log_path, base_url.pid = log_path, process.pid
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited ({process.returncode}); see {log_path}:\n{log_path.read_text()[-3000:]}"
                )
            try:
                status, body = get(f"{base_url}/healthz", timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not answer /healthz in 90 s; see {log_path}")
            time.sleep(0.3)
        yield base_url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


def request_lines(base_url: ServerURL, since: int = 0) -> list[dict]:
    """The server's request log lines (netral.requests) from byte offset `since`, parsed."""
    lines = []
    with open(base_url.log_path, "rb") as f:
        f.seek(since)
        for raw in f.read().decode(errors="replace").splitlines():
            if " netral.requests " not in raw:
                continue
            parts = raw.split(" netral.requests ", 1)[1].split()
            if len(parts) < 7:
                continue
            entry = {"method": parts[0], "path": parts[1], "status": int(parts[2]), "ms": float(parts[3][:-2])}
            entry |= dict(part.split("=", 1) for part in parts[4:] if "=" in part)
            entry["queries"] = int(entry["queries"])
            lines.append(entry)
    return lines


def log_size(base_url: ServerURL) -> int:
    return base_url.log_path.stat().st_size
