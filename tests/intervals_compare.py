#!/usr/bin/env python3
"""intervals_compare.py PREP: merge-intervals and meeting-rooms read a big mapped file in slices on
threads and answer from bucketed starts and ends (algorithms/interval_columns.hpp); from a pipe they
read line by line and sort whole intervals. For seeded random inputs of a few MiB in shapes that
stress the buckets (ties, one point, the whole int64 range, clusters, nesting), and with a bad line
placed at random, the two paths must print the same bytes, the same error and exit status. Small
inputs are also checked against a plain model written here."""
import os
import random
import sys
import tempfile

from mapped_vs_pipe import compare, run

PREP = sys.argv[1]
LO, HI = -2**63, 2**63 - 1


def shapes(rng):
    """(name, function returning one interval)."""
    def uniform():
        s = rng.randrange(0, 10**9)
        return s, s + rng.randrange(0, 10**4)

    def ties():
        s = rng.randrange(0, 60)
        return s, s + rng.randrange(0, 5)

    def points():
        s = rng.randrange(-1000, 1000)
        return s, s

    def extremes():
        a, b = rng.randrange(LO, HI), rng.randrange(LO, HI)
        if rng.random() < 0.1:
            a = rng.choice([LO, HI, LO + 1, HI - 1])
        return min(a, b), max(a, b)

    def clustered():
        c = rng.choice([-(10**15), 0, 7 * 10**12, 2**40])
        s = c + rng.randrange(0, 10**6)
        return s, s + int(rng.expovariate(1 / 500))

    def nested():
        d = rng.randrange(0, 5 * 10**5)
        return d - 10**6, 10**6 - d

    return [("uniform", uniform), ("ties", ties), ("points", points), ("extremes", extremes),
            ("clustered", clustered), ("nested", nested)]


def model_merge(pairs):
    out = []
    for s, e in sorted(pairs):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return "".join(f"{s} {e}\n" for s, e in out)


def model_rooms(pairs):
    events = sorted([(e, 0) for _, e in pairs] + [(s, 1) for s, _ in pairs])  # an end before a start
    best = cur = 0
    for _, kind in events:
        cur += 1 if kind else -1
        best = max(best, cur)
    return f"{best}\n"


def main():
    failures = cases = 0
    bad_lines = ["1 x", "5 3", "99999999999999999999 1", "7", "1 2 3", "-9223372036854775809 0"]
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(4):
            rng = random.Random(seed)
            for name, make in shapes(rng):
                n = rng.choice([60_000, 120_000])
                lines = []
                for _ in range(n):
                    s, e = make()
                    sep = rng.choice([" "] * 20 + [",", "\t", " ,  "])
                    lines.append(f"{s}{sep}{e}" + ("\r" if rng.random() < 0.01 else ""))
                    if rng.random() < 0.002:
                        lines.append(rng.choice(["", "# note", "   "]))
                bad = seed % 2 == 1
                if bad:
                    lines.insert(rng.randrange(len(lines)), rng.choice(bad_lines))
                path = os.path.join(tmp, f"{name}-{seed}.txt")
                with open(path, "w") as f:
                    f.write("\n".join(lines) + "\n")
                for args in (["merge-intervals"], ["meeting-rooms"], ["meeting-rooms", "--can-attend"],
                             ["merge-intervals", "--json"]):
                    cases += 1
                    _, differs = compare(PREP, args, path, 1 if bad else None)
                    if differs:
                        failures += 1
                        print(f"FAIL {args} {name} seed {seed}: {differs}")
            # A small input against the model, through the file path (slices on threads too).
            for name, make in shapes(rng):
                # Meetings are [START, END): START < END.
                pairs = [(s, e) if s < e else (s, s + 1) for s, e in (make() for _ in range(rng.randrange(0, 300)))
                         if s < HI]
                path = os.path.join(tmp, f"small-{name}-{seed}.txt")
                with open(path, "w") as f:
                    f.write("".join(f"{s} {e}\n" for s, e in pairs))
                for args, model in ((["merge-intervals"], model_merge), (["meeting-rooms"], model_rooms)):
                    cases += 1
                    got = run(PREP, args, path, "file")
                    if got.stdout.decode() != model(pairs) or got.returncode != 0:
                        failures += 1
                        print(f"FAIL {args} small {name} seed {seed}: {got.stdout[:80]!r} vs {model(pairs)[:80]!r}")
    print(f"{cases - failures}/{cases} interval inputs answered alike (mapped file, pipe, model)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
