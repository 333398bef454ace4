"""The load generator, pinned to the other core: wrk for fixed request lists, a threaded Python client for flows.

    measure(base_url, ["/", "/peraturan/"], connections=16, duration_s=10)           # wrk, paths in turn
    measure(base_url, [Req("POST", "/x/", {"a": "1"})], connections=4, count=200,
            cookies=[session_a, session_b], ok_statuses={200, 302})                  # wrk, users in turn
    measure(base_url, flow, connections=16, count=1000, cookies=sessions)            # Python: flow(client) per turn

returns {"p50_ms", "p95_ms", "p99_ms", "rps", "errors", "n", "duration_s", "tool"} (+ "by_label" for flows).

- Request lists go to wrk (`apt-get install wrk`; `make bench` installs it as root), one wrk thread pinned with
  `taskset -c cpu`. Each entry is a path or a `Req(method, path, data, headers)`; with several cookie sets (one
  dict per logged-in user), the requests are every (user, entry) pair in turn. A POST carries the user's CSRF
  token (X-CSRFToken from the csrftoken cookie) and an Origin header, as a browser's form would.
- A callable is a flow: `flow(client)` runs again and again in each of `connections` threads (in a forked process
  pinned to `cpu`), until `duration_s` or until `count` flows have run. `client.get(path)` / `client.post(path,
  data)` return `(status, body_bytes)` and are timed one by one (label= groups them in "by_label"); the client keeps
  its cookies (`client.cookies`, starting from `cookies[thread % len(cookies)]`) and sends the CSRF token on POST.
- A response whose status is not in `ok_statuses` (default {200}) counts as an error, and so do timeouts and
  socket errors. Every request carries `X-Forwarded-Proto: https` (the proxy's header; production redirects
  plain HTTP).
"""

import http.client
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from .server import PROXY_HEADERS


@dataclass
class Req:
    method: str = "GET"
    path: str = "/"
    data: dict | None = None
    headers: dict = field(default_factory=dict)


def cookie_header(cookies: dict | None) -> str:
    return "; ".join(f"{k}={v}" for k, v in (cookies or {}).items())


def request_headers(base_url: str, method: str, cookies: dict | None, extra: dict | None = None) -> dict:
    headers = dict(PROXY_HEADERS)
    if cookies:
        headers["Cookie"] = cookie_header(cookies)
    if method == "POST":
        host = urllib.parse.urlsplit(base_url).netloc
        headers["Origin"] = f"https://{host}"
        headers["Referer"] = f"https://{host}/"
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        if cookies and "csrftoken" in cookies:
            headers["X-CSRFToken"] = cookies["csrftoken"]
    return headers | (extra or {})


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def measure(
    base_url: str,
    requests,
    *,
    connections: int = 16,
    duration_s: float | None = None,
    count: int | None = None,
    cpu: int | None = 1,
    cookies=None,
    ok_statuses=(200,),
    timeout_s: float = 30,
) -> dict:
    if duration_s is None and count is None:
        duration_s = 10
    cookie_sets = cookies if isinstance(cookies, list) else [cookies]
    if callable(requests):
        return _measure_flow(
            base_url, requests, connections, duration_s, count, cpu, cookie_sets, ok_statuses, timeout_s
        )
    if isinstance(requests, (str, Req)):
        requests = [requests]
    specs = [Req(path=r) if isinstance(r, str) else r for r in requests]
    return _measure_wrk(base_url, specs, connections, duration_s, count, cpu, cookie_sets, ok_statuses, timeout_s)


# --- wrk -----------------------------------------------------------------------------------------------------------


def _lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid Lua string for our ASCII contents


def _wrk_script(base_url, specs, cookie_sets, ok_statuses, count) -> str:
    entries = []
    for user_cookies in cookie_sets:
        for spec in specs:
            headers = request_headers(base_url, spec.method, user_cookies, spec.headers)
            body = urllib.parse.urlencode(spec.data or {}, doseq=True) if spec.method == "POST" else None
            lua_headers = "{" + ", ".join(f"[{_lua_string(k)}]={_lua_string(v)}" for k, v in headers.items()) + "}"
            lua_body = _lua_string(body) if body is not None else "nil"
            entries.append(
                f"wrk.format({_lua_string(spec.method)}, {_lua_string(spec.path)}, {lua_headers}, {lua_body})"
            )
    ok = "{" + ", ".join(f"[{s}]=true" for s in ok_statuses) + "}"
    return f"""
local threads = {{}}
function setup(thread) table.insert(threads, thread) end
function init(args)
  reqs = {{{", ".join(entries)}}}
  ok = {ok}
  i = 0
  n = 0
  bad = 0
  limit = {count or 0}
end
function request()
  i = i % #reqs + 1
  return reqs[i]
end
function response(status, headers, body)
  n = n + 1
  if not ok[status] then bad = bad + 1 end
  if limit > 0 and n >= limit then wrk.thread:stop() end
end
function done(summary, latency, requests)
  local bad_total, n_total = 0, 0
  for _, t in ipairs(threads) do bad_total = bad_total + t:get("bad"); n_total = n_total + t:get("n") end
  local e = summary.errors
  io.write("BENCH_JSON " .. string.format(
    '{{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "bad_status": %d, '
    .. '"responses": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d}}',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    bad_total, n_total, e.connect, e.read, e.write, e.timeout) .. "\\n")
end
"""


def _measure_wrk(base_url, specs, connections, duration_s, count, cpu, cookie_sets, ok_statuses, timeout_s) -> dict:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed: `apt-get install wrk` (make bench does it when run as root)")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_wrk_script(base_url, specs, cookie_sets, ok_statuses, count))
    duration = duration_s if duration_s is not None else max(60, count / 20)
    command = [wrk, "-t1", f"-c{connections}", f"-d{duration}s", f"--timeout={timeout_s}s", "-s", script.name, base_url]
    if cpu is not None:
        command = ["taskset", "-c", str(cpu), *command]
    try:
        output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=duration + 120).stdout
    finally:
        os.unlink(script.name)
    line = next((x for x in output.splitlines() if x.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = raw["duration_us"] / 1e6
    errors = raw["bad_status"] + raw["connect"] + raw["read"] + raw["write"] + raw["timeout"]
    return {
        "tool": "wrk",
        "n": raw["requests"],
        "rps": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p95_ms": round(raw["p95_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "errors": errors,
        "error_detail": {k: raw[k] for k in ("bad_status", "connect", "read", "write", "timeout")},
        "duration_s": round(seconds, 2),
        "connections": connections,
    }


# --- Python client (flows) ----------------------------------------------------------------------------------------


class Client:
    """One simulated browser: keeps cookies, sends the CSRF token on POST, times every request."""

    def __init__(self, base_url: str, cookies: dict | None, timeout_s: float, record):
        parts = urllib.parse.urlsplit(base_url)
        self.base_url, self.host, self.port = base_url, parts.hostname, parts.port
        self.cookies = dict(cookies or {})
        self.timeout_s = timeout_s
        self._record = record
        self.location = ""  # the last response's Location header (a redirect's target path), "" when none

    def request(self, method: str, path: str, data: dict | None = None, *, label: str | None = None, headers=None):
        body = urllib.parse.urlencode(data or {}, doseq=True) if method == "POST" else None
        all_headers = request_headers(self.base_url, method, self.cookies, headers)
        started = time.perf_counter()
        status, payload = 0, b""
        try:
            connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout_s)
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            payload = response.read()
            status = response.status
            self.location = urllib.parse.urlsplit(response.headers.get("Location") or "").path
            for value in response.headers.get_all("Set-Cookie") or []:
                cookie = SimpleCookie()
                cookie.load(value)
                for name, morsel in cookie.items():
                    if morsel["max-age"] == "0" or morsel.value == "":
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = morsel.value
            connection.close()
        except (OSError, http.client.HTTPException):
            status, self.location = 0, ""
        self._record(label or f"{method} {path}", status, (time.perf_counter() - started) * 1000)
        return status, payload

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict | None = None, **kwargs):
        return self.request("POST", path, data, **kwargs)


def _flow_worker(base_url, flow, connections, duration_s, count, cookie_sets, ok_statuses, timeout_s, cpu, queue):
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    records: list[tuple[str, int, float]] = []
    lock = threading.Lock()
    remaining = [count if count is not None else float("inf")]
    deadline = time.monotonic() + duration_s if duration_s is not None else float("inf")

    def record(label, status, ms):
        with lock:
            records.append((label, status, ms))

    def run(index):
        client = Client(base_url, cookie_sets[index % len(cookie_sets)], timeout_s, record)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    return
                remaining[0] -= 1
            try:
                flow(client)
            except Exception as error:  # noqa: BLE001 (a broken flow is an error, not a crash of the bench)
                record(f"flow error {type(error).__name__}", 0, 0.0)

    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put({"records": records, "seconds": time.perf_counter() - started})


def _summary(records, seconds, ok_statuses) -> dict:
    latencies = [ms for _, status, ms in records if status in ok_statuses]
    return {
        "n": len(records),
        "rps": round(len(records) / seconds, 1) if seconds else 0.0,
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(_percentile(latencies, 95), 1) if latencies else None,
        "p99_ms": round(_percentile(latencies, 99), 1) if latencies else None,
        "errors": sum(1 for _, status, _ in records if status not in ok_statuses),
    }


def _measure_flow(base_url, flow, connections, duration_s, count, cpu, cookie_sets, ok_statuses, timeout_s) -> dict:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    args = (base_url, flow, connections, duration_s, count, cookie_sets, set(ok_statuses), timeout_s, cpu, queue)
    process = context.Process(target=_flow_worker, args=args)
    process.start()
    result = queue.get()
    process.join()
    records, seconds = result["records"], result["seconds"]
    summary = _summary(records, seconds, set(ok_statuses))
    by_label = {}
    for label in sorted({r[0] for r in records}):
        by_label[label] = _summary([r for r in records if r[0] == label], seconds, set(ok_statuses))
    statuses: dict[int, int] = {}
    for _, status, _ in records:
        statuses[status] = statuses.get(status, 0) + 1
    return {"tool": "python", **summary, "duration_s": round(seconds, 2), "connections": connections,
            "statuses": statuses, "by_label": by_label}  # fmt: skip


# --- open loop: takers arriving whatever the server's pace --------------------------------------------------------


def _arrivals_worker(base_url, flow, cookie_sets, window_s, seed, ok_statuses, timeout_s, cpu, queue):
    import random

    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    records: list[tuple[str, int, float]] = []
    lock = threading.Lock()
    state = {"in_flight": 0, "max_in_flight": 0, "flow_errors": 0}

    def record(label, status, ms):
        with lock:
            records.append((label, status, ms))

    rng = random.Random(seed)
    starts = sorted(rng.uniform(0, window_s) for _ in cookie_sets)
    t0 = time.monotonic()

    def taker(index, at):
        time.sleep(max(0.0, t0 + at - time.monotonic()))
        client = Client(base_url, cookie_sets[index], timeout_s, record)
        with lock:
            state["in_flight"] += 1
            state["max_in_flight"] = max(state["max_in_flight"], state["in_flight"])
        try:
            flow(client, index)
        except Exception as error:  # noqa: BLE001 (a broken flow is an error, not a crash of the bench)
            record(f"flow error {type(error).__name__}", 0, 0.0)
        finally:
            with lock:
                state["in_flight"] -= 1

    threading.stack_size(256 * 1024)
    threads = [threading.Thread(target=taker, args=(i, at), daemon=True) for i, at in enumerate(starts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put({"records": records, "seconds": time.monotonic() - t0, "max_in_flight": state["max_in_flight"]})


def measure_arrivals(
    base_url: str, flow, *, cookie_sets: list[dict], window_s: float, cpu: int | None = 1, ok_statuses=(200,),
    timeout_s: float = 30, seed: int = 16, groups: dict | None = None,
) -> dict:  # fmt: skip
    """An open loop, as a deadline rush is: one taker per cookie set, each arriving at a random moment (uniform,
    seeded) within `window_s` and running `flow(client, index)` once in its own thread. Arrivals do not wait for
    the server: a slow server builds a queue, as it would with real people. A request that takes longer than
    `timeout_s` (a browser giving up) is an error. Returns the summary of every request, "by_label", "statuses",
    "max_in_flight" (takers in their journey at once) and "duration_s" (first arrival to last taker done);
    `groups` ({name: [labels]}) adds "by_group": the same summary over several labels' requests together."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    args = (base_url, flow, cookie_sets, window_s, seed, set(ok_statuses), timeout_s, cpu, queue)
    process = context.Process(target=_arrivals_worker, args=args)
    process.start()
    result = queue.get()
    process.join()
    records, seconds = result["records"], result["seconds"]
    by_label = {
        label: _summary([r for r in records if r[0] == label], seconds, set(ok_statuses))
        for label in sorted({r[0] for r in records})
    }
    by_group = {
        name: _summary([r for r in records if r[0] in labels], seconds, set(ok_statuses))
        for name, labels in (groups or {}).items()
    }
    statuses: dict[int, int] = {}
    for _, status, _ in records:
        statuses[status] = statuses.get(status, 0) + 1
    return {"tool": "python open loop", "by_group": by_group, **_summary(records, seconds, set(ok_statuses)),
            "duration_s": round(seconds, 2), "takers": len(cookie_sets), "window_s": window_s,
            "max_in_flight": result["max_in_flight"], "statuses": statuses, "by_label": by_label}  # fmt: skip
