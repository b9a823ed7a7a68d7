#!/usr/bin/env python3
"""gen_intervals.py N SEED: N random intervals `START END`, starts in [0, 1e9), lengths in [1, 1000]."""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
out = sys.stdout
chunk = []
for _ in range(n):
    s = rng.randrange(1_000_000_000)
    chunk.append(f"{s} {s + rng.randint(1, 1000)}\n")
    if len(chunk) == 100_000:
        out.write("".join(chunk))
        chunk.clear()
out.write("".join(chunk))
