import threading


def in_parallel(count: int, work):
    """Run `work(i)` in `count` threads released together; each thread has its own database connection.
    Returns (results by i, exceptions raised)."""
    barrier = threading.Barrier(count)
    results, errors = [None] * count, []

    def run(i):
        from django.db import connections

        try:
            barrier.wait()
            results[i] = work(i)
        except Exception as exc:  # collected and asserted by the caller
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
