#!/usr/bin/env python3
"""gen_lru.py N SEED [KEYS] [CAPACITY]: `capacity CAPACITY` (default 100000), then N cache operations
on KEYS distinct keys (default 1000000) drawn from a Zipf(0.99) distribution: 55% get, 40% put,
5% del, and a stats line every 100,000 operations. No TTLs, so a textbook LRU can answer it too."""
import bisect
import itertools
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
keys = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
capacity = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
rng = random.Random(seed)
cumulative = list(itertools.accumulate(1.0 / (i + 1) ** 0.99 for i in range(keys)))
total = cumulative[-1]
# Rank r gets a scattered name, so popular keys are not also the short or neighbouring ones.
names = [f"user:{(r * 7919) % keys}" for r in range(keys)]
out = sys.stdout
out.write(f"capacity {capacity}\n")
chunk = []
for i in range(1, n + 1):
    key = names[min(bisect.bisect_left(cumulative, rng.random() * total), keys - 1)]
    r = rng.random()
    if i % 100_000 == 0:
        chunk.append("stats\n")
    elif r < 0.55:
        chunk.append(f"get {key}\n")
    elif r < 0.95:
        chunk.append(f"put {key} {rng.randrange(1_000_000)}\n")
    else:
        chunk.append(f"del {key}\n")
    if len(chunk) == 100_000:
        out.write("".join(chunk))
        chunk.clear()
out.write("".join(chunk))
