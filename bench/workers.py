"""The task workers the bench runs: `manage.py db_worker` processes with the production settings except mail
(bench.worker_settings), against the bench database.

    analyze_queue()                          # after a burst of enqueued tasks, as autovacuum would
    workers = start(2, name="bench")         # --batch: each exits once the queue is empty
    worker = start(1, name="exports", batch=False, interval=0.5)[0]   # stays until terminated
"""

import os
import subprocess
import sys

from .server import BASE_DIR, bench_env


def analyze_queue() -> None:
    """What autovacuum does in production after a burst of new tasks: clear the rows of earlier runs and refresh the
    queue table's statistics. Without it (the bench machine's PostgreSQL runs with autovacuum off) the planner still
    believes the queue is empty and every claim (`SELECT ... ORDER BY priority, run_after, enqueued_at LIMIT 1 FOR
    UPDATE SKIP LOCKED`) sorts all the queued rows instead of reading the first one from the queue's index: 11 ms of
    PostgreSQL per claim with 10,000 queued, on the cores the workers need."""
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {DBTaskResult._meta.db_table}")


def start(
    count: int, *, name: str, batch: bool = True, interval: float = 0.1, stderr=subprocess.DEVNULL
) -> list[subprocess.Popen]:
    """`count` worker processes, ids `<name>-<i>`. With `batch`, each exits once the queue is empty."""
    env = {**os.environ, **bench_env({"DJANGO_SETTINGS_MODULE": "bench.worker_settings"})}
    command = [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", str(interval)]
    if batch:
        command.append("--batch")
    return [
        subprocess.Popen(
            [*command, "--worker-id", f"{name}-{i}"], cwd=BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        for i in range(count)
    ]


def drain(count: int = 2, *, name: str) -> None:
    """Run every queued task with `count` batch workers and wait for them (the queue analysed first)."""
    analyze_queue()
    for worker in start(count, name=name):
        worker.wait(timeout=1800)
