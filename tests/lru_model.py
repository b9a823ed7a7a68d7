#!/usr/bin/env python3
"""lru_model.py PREP: runs `prep lru` (both policies, several capacities) on seeded random operation
streams with TTLs, ticks, ttl, del and stats, and compares every output line with an independent
model written plainly here (expiry applied eagerly at every tick; the victim found by a scan).
The real binary reads ahead and prefetches; this checks that the answers are still the plain ones."""
import random
import subprocess
import sys


def model(policy, text):
    out, cap, now, stamp = [], None, 0, 0
    entries = {}  # key -> [value, expire or None, frequency, last use]
    hits = misses = evictions = expirations = 0
    for line in text.splitlines():
        t = line.split()
        stamp += 1
        op = t[0]
        if op == "capacity":
            cap = int(t[1])
        elif op == "tick":
            now += int(t[1])
            dead = [k for k, e in entries.items() if e[1] is not None and e[1] <= now]
            for k in dead:
                del entries[k]
            expirations += len(dead)
        elif op == "get":
            e = entries.get(t[1])
            if e is None:
                misses += 1
                out.append("-1")
            else:
                hits += 1
                e[2] += 1
                e[3] = stamp
                out.append(e[0])
        elif op == "put":
            if cap == 0:
                continue
            expire = now + int(t[3]) if len(t) > 3 else None
            e = entries.get(t[1])
            if e is not None:
                e[0], e[1], e[2], e[3] = t[2], expire, e[2] + 1, stamp
                continue
            if len(entries) == cap:
                rank = (lambda k: entries[k][3]) if policy == "lru" else (lambda k: (entries[k][2], entries[k][3]))
                del entries[min(entries, key=rank)]
                evictions += 1
            entries[t[1]] = [t[2], expire, 1, stamp]
        elif op == "del":
            out.append("1" if entries.pop(t[1], None) is not None else "0")
        elif op == "ttl":
            e = entries.get(t[1])
            out.append("-2" if e is None else "-1" if e[1] is None else str(e[1] - now))
        elif op == "stats":
            out.append(f"hits={hits} misses={misses} evictions={evictions} expirations={expirations} "
                       f"size={len(entries)}")
    return "".join(line + "\n" for line in out)


def operations(seed, capacity, keys, n):
    rng = random.Random(seed)
    lines = [f"capacity {capacity}"]
    for _ in range(n):
        key = f"k{int(keys * rng.random() ** 2)}"  # skewed: small numbers are popular
        if rng.random() < 0.1:
            key += "-a-key-longer-than-sixteen-bytes"
        r = rng.random()
        if r < 0.40:
            lines.append(f"get {key}")
        elif r < 0.75:
            ttl = f" {rng.randint(1, 40)}" if rng.random() < 0.5 else ""
            lines.append(f"put {key} v{rng.randrange(1000)}{ttl}")
        elif r < 0.83:
            lines.append(f"tick {rng.randint(0, 5)}")
        elif r < 0.90:
            lines.append(f"ttl {key}")
        elif r < 0.97:
            lines.append(f"del {key}")
        else:
            lines.append("stats")
    return "".join(line + "\n" for line in lines)


def main():
    prep = sys.argv[1]
    failures = 0
    for seed, capacity, keys in [(1, 0, 10), (2, 1, 5), (3, 3, 10), (4, 20, 60), (5, 100, 400), (6, 300, 3000)]:
        text = operations(seed, capacity, keys, 20_000)
        for policy in ("lru", "lfu"):
            got = subprocess.run([prep, "lru", "--policy", policy], input=text.encode(), capture_output=True)
            want = model(policy, text)
            if got.returncode != 0 or got.stdout.decode() != want:
                failures += 1
                got_lines, want_lines = got.stdout.decode().splitlines(), want.splitlines()
                first = next((i for i, (a, b) in enumerate(zip(got_lines, want_lines)) if a != b),
                             min(len(got_lines), len(want_lines)))
                print(f"seed {seed} capacity {capacity} {policy}: exit {got.returncode}, output line {first + 1}: "
                      f"got {got_lines[first:first + 1]} want {want_lines[first:first + 1]}\n"
                      f"{got.stderr.decode()}")
    print("lru model check:", "FAILED" if failures else "all runs agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
