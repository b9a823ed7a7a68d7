#!/usr/bin/env python3
"""gen_stack_queue.py N SEED: N queue operations: 45% push of a random integer, 35% pop, 10% peek,
5% size, 5% empty; pop and peek only when the queue is not empty (so every line is valid)."""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
out = sys.stdout
chunk = []
size = 0
for _ in range(n):
    r = rng.random()
    if r < 0.45 or (r < 0.90 and size == 0):
        chunk.append(f"push {rng.randrange(1_000_000_000)}\n")
        size += 1
    elif r < 0.80:
        chunk.append("pop\n")
        size -= 1
    elif r < 0.90:
        chunk.append("peek\n")
    elif r < 0.95:
        chunk.append("size\n")
    else:
        chunk.append("empty\n")
    if len(chunk) == 100_000:
        out.write("".join(chunk))
        chunk.clear()
out.write("".join(chunk))
