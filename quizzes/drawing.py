"""Which questions an attempt draws: pure functions (no database), shared by the attempts (services) and the
cue-resistance simulation (cues.py), so that the simulation draws exactly as the quiz does.

Precedence: a blueprint (topic -> count) when the quiz has one; else a number per topic; else a number from the
whole bank; else the whole bank."""

import random
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")


def draw(
    pool: Sequence[T],
    *,
    topic_of: Callable[[T], int | None],
    blueprint: Mapping[int, int] | None = None,
    per_topic: int = 0,
    count: int = 0,
    rng: random.Random,
) -> list[T]:
    if blueprint:
        by_topic: dict[int | None, list[T]] = defaultdict(list)
        for item in pool:
            by_topic[topic_of(item)].append(item)
        drawn: list[T] = []
        for topic_id, wanted in blueprint.items():
            available = by_topic.get(topic_id, [])
            drawn += rng.sample(available, min(wanted, len(available)))
        return drawn
    if per_topic:
        by_topic = defaultdict(list)
        for item in pool:
            by_topic[topic_of(item)].append(item)
        drawn = []
        for items in by_topic.values():
            drawn += rng.sample(items, min(per_topic, len(items)))
        return drawn
    if count and count < len(pool):
        return rng.sample(list(pool), count)
    return list(pool)
