"""One progress bar for management commands: on a terminal it redraws one line, elsewhere (cron, a log) it writes a
line at every tenth and at the end."""

from collections.abc import Callable

WIDTH = 30


def progress_bar(stdout, label: str = "") -> Callable[[int, int], None]:
    """A `progress(done, total)` callback writing to a command's stdout (an OutputWrapper)."""
    on_terminal = stdout.isatty()
    prefix = f"{label} " if label else ""

    def report(done: int, total: int) -> None:
        if not total:
            return
        filled = WIDTH * done // total
        line = f"{prefix}[{'#' * filled}{'-' * (WIDTH - filled)}] {done}/{total}"
        if on_terminal:
            stdout.write("\r" + line, ending="\n" if done == total else "")
            stdout.flush()
        elif done == total or done % max(1, total // 10) == 0:
            stdout.write(line)

    return report
