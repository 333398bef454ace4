"""gunicorn's configuration for `make serve` (and any production start: `gunicorn -c gunicorn.conf.py`).

Sync workers, one request at a time each: a page costs CPU (templates, ORM), not waiting, so threads add little
while they share one GIL. Default: 2 workers per core (one computes while the other waits on PostgreSQL or Redis),
measured with `make bench` (docs/deploy.md, "Capacity"). Override with the environment:
GUNICORN_WORKERS, GUNICORN_THREADS (> 1 switches to the gthread worker), GUNICORN_BIND (default 127.0.0.1:8000),
GUNICORN_TIMEOUT (seconds a request may run before its worker is restarted, default 60).
"""

import os

_cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

wsgi_app = "netral.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", str(2 * _cores)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Restart a worker now and then (with jitter, so they don't all restart at once): caps slow memory growth.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
# Import the app once in the master; workers fork with it loaded (faster start, shared memory pages).
preload_app = True
# Request lines come from Django (netral.requests: time and SQL queries), so gunicorn's access log stays off.
accesslog = None
errorlog = "-"
# The proxy on the same host sets X-Forwarded-Proto; trust it from there only (FORWARDED_ALLOW_IPS to widen).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
