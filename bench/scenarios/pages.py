"""Pages (issue 16, item 2): the lesson page logged in, the home and regulation pages anonymous.

Goals: lesson >= 0.20x the minimal view with <= 10 SQL queries; home and regulation >= 0.5x from the page cache
with 0 queries on a hit. "Before" rows: the same pages on a second server with the caches switched off
(NETRAL_PAGE_CACHE=0: no anonymous page cache, no lesson body cache), in the same run.
"""

from .. import data

SCENARIO = "pages"
CACHES_OFF = {"NETRAL_PAGE_CACHE": "0", "NETRAL_PERMISSION_CACHE": "0"}


def _path(page) -> str:
    return page.url_path.removeprefix(page.get_site().root_page.url_path.rstrip("/")) or "/"


def _lesson(ctx, base_url, lesson_path, cookies, label, goal_ratio=0.20, goal_queries=10, judge=True):
    probe = ctx.probe(lesson_path, cookies, base_url=base_url, repeat=2)
    m = ctx.measure(lesson_path, base_url=base_url, cookies=cookies, connections=16)
    ratio = ctx.ratio(m)
    met = None
    if judge:
        met = probe["status"] == 200 and m["errors"] == 0 and ratio >= goal_ratio and probe["queries"] <= goal_queries
    return ctx.result(
        SCENARIO,
        f"lesson page, logged in{label}",
        f">= {goal_ratio}x, <= {goal_queries} queries",
        f"{m['rps']} rps, p50 {m['p50_ms']} ms, p95 {m['p95_ms']} ms, {probe['queries']} queries, {m['errors']} errors",
        met,
        rps=m["rps"], ratio=ratio, p50_ms=m["p50_ms"], p95_ms=m["p95_ms"], queries=probe["queries"],
        errors=m["errors"], detail={"probe": probe, "load": m},
    )  # fmt: skip


def _anonymous(ctx, base_url, name, path, label, judge=True):
    first = ctx.probe(path, base_url=base_url)  # may fill the cache
    hit = ctx.probe(path, base_url=base_url)
    m = ctx.measure(path, base_url=base_url, connections=16)
    ratio = ctx.ratio(m)
    met = None
    if judge:
        met = hit["status"] == 200 and m["errors"] == 0 and ratio >= 0.5 and hit["queries"] == 0
    return ctx.result(
        SCENARIO,
        f"{name}, anonymous{label}",
        ">= 0.5x from cache, 0 queries on a hit",
        f"{m['rps']} rps, p50 {m['p50_ms']} ms, p95 {m['p95_ms']} ms, {first['queries']} queries on a miss, "
        f"{hit['queries']} on a hit (cache {hit.get('cache')}), {m['errors']} errors",
        met,
        rps=m["rps"], ratio=ratio, p50_ms=m["p50_ms"], p95_ms=m["p95_ms"], queries=hit["queries"],
        errors=m["errors"], detail={"miss": first, "hit": hit, "load": m},
    )  # fmt: skip


def run(ctx) -> list[dict]:
    pages = data.pages()
    cookies = ctx.session_for(data.learner(0))
    lesson_path = _path(pages["lesson"])
    regulation_path = _path(pages["regulation"])
    results = []
    if not ctx.quick:
        with ctx.serve(env=CACHES_OFF) as before:
            results.append(_lesson(ctx, before, lesson_path, cookies, " (before: caches off)", judge=False))
            results.append(_anonymous(ctx, before, "home", "/", " (before: caches off)", judge=False))
            results.append(_anonymous(ctx, before, "regulation", regulation_path, " (before: caches off)", judge=False))
    results.append(_lesson(ctx, ctx.base_url, lesson_path, cookies, ""))
    results.append(_anonymous(ctx, ctx.base_url, "home", "/", ""))
    results.append(_anonymous(ctx, ctx.base_url, "regulation", regulation_path, ""))
    return results
