#!/usr/bin/env python3
"""Requests for the rate-limit benchmark: `TIME KEY` lines, times non-decreasing.

Usage: gen_rate_limit.py REQUESTS KEYS [SEED] > file
Keys look like IPv4 addresses; half of the requests come from 1% of the keys (hot clients that get
denied), the rest uniformly from all keys. About 100 requests per time unit, many at equal times.
"""
import random
import sys


def main() -> None:
    requests = int(sys.argv[1])
    keys = int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    names = [f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}" for i in range(keys)]
    hot = max(1, keys // 100)
    out = sys.stdout
    time = 0
    chunk = []
    for i in range(requests):
        if rng.random() < 0.01:
            time += 1
        if i % 2 == 0:
            key = names[rng.randrange(hot)]
        else:
            key = names[rng.randrange(keys)]
        chunk.append(f"{time} {key}\n")
        if len(chunk) == 65536:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))


if __name__ == "__main__":
    main()
