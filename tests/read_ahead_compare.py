#!/usr/bin/env python3
"""read_ahead_compare.py PREP: the commands that parse a big mapped file on a second thread
(cli/io/read_ahead.hpp: stack-queue, lru) must answer exactly as when the same text comes through a
pipe, which is read line by line on one thread. For seeded random inputs of a few MiB, with odd
lines (comments, blank lines, CRLF, commas, tabs, long tokens) and with a bad line placed at random,
compares stdout, stderr and exit status of `prep CMD FILE` and `cat FILE | prep CMD`."""
import os
import random
import sys
import tempfile

from mapped_vs_pipe import compare

PREP = sys.argv[1]


def odd(rng, line):
    """The same record written another way that parse_line accepts."""
    r = rng.random()
    if r < 0.02:
        return line + "\r"
    if r < 0.04:
        return "  " + line.replace(" ", "\t ")
    if r < 0.05:
        return line.replace(" ", ",")
    return line


def stack_queue_text(rng, n):
    lines, size = [], 0
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            value = str(rng.randrange(10**9)) if rng.random() < 0.9 else "v" * rng.randrange(1, 300)
            lines.append(odd(rng, f"push {value}"))
            size += 1
        elif r < 0.8 and size > 0:
            lines.append(odd(rng, "pop"))
            size -= 1
        elif r < 0.9 and size > 0:
            lines.append(odd(rng, "peek"))
        elif r < 0.95:
            lines.append(odd(rng, rng.choice(["size", "empty"])))
        else:
            lines.append(rng.choice(["", "# a comment", "   "]))
    return lines


def lru_value(rng):
    """Mostly short values; some at and past the 15 bytes a cache entry keeps inline, and a few
    around the 255 bytes lru's reader hands over parsed."""
    r = rng.random()
    if r < 0.9:
        return str(rng.randrange(10**6))
    return "v" * (rng.randrange(12, 40) if r < 0.99 else rng.randrange(250, 262))


def lru_text(rng, n):
    lines = [f"capacity {rng.choice([0, 1, 50, 1000])}"]
    for _ in range(n):
        key = f"k{int(rng.paretovariate(1.2)) % 5000}"
        if rng.random() < 0.02:
            # Keys that end around the 32 bytes lru's fast path looks at first or around the 255 its
            # reader hands over parsed, or hold a control byte that is not a separator (part of the
            # key for parse_line).
            key = rng.choice(["\x0b", "\x0c", "\x01", "", "k" * rng.randrange(20, 34), "k" * rng.randrange(248, 258)]) + key
        r = rng.random()
        if r < 0.35:
            lines.append(odd(rng, f"put {key} {lru_value(rng)}"))
        elif r < 0.4:
            ttl = rng.randrange(1, 50) if rng.random() < 0.95 else 10 ** rng.randrange(9, 18)
            lines.append(odd(rng, f"put {key} {rng.randrange(10**6)} {ttl}"))
        elif r < 0.9:
            lines.append(odd(rng, f"get {key}"))
        elif r < 0.93:
            # N around 2^32: lru's reader hands over N below it parsed.
            n = rng.randrange(5) if rng.random() < 0.99 else rng.choice([2**32 - 1, 2**32, 2**32 + 7])
            lines.append(odd(rng, f"tick {n}"))
        elif r < 0.96:
            lines.append(odd(rng, f"{rng.choice(['del', 'ttl'])} {key}"))
        elif r < 0.97:
            lines.append("stats")
        else:
            lines.append(rng.choice(["", "# a comment"]))
    return lines


# Lines that fail on their own (parse errors) and one that fails only where it stands (lru's check:
# a capacity line after the first).
BAD = ["pop", "frobnicate", "push", "get", "put k", "tick -1", "put k v 0", "push a b", "tick x", "capacity 3"]


def main():
    failures = 0
    cases = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(6):
            rng = random.Random(seed)
            for command, make, extra in (("stack-queue", stack_queue_text, []),
                                         ("lru", lru_text, []),
                                         ("lru", lru_text, ["--policy", "lfu"])):
                lines = make(rng, rng.choice([150_000, 250_000]))
                if seed % 2 == 1:
                    at = rng.randrange(len(lines) // 2, len(lines))
                    lines.insert(at, rng.choice(BAD))
                text = "\n".join(lines) + ("\n" if rng.random() < 0.8 else "")
                path = os.path.join(tmp, f"{command}-{seed}.txt")
                with open(path, "w") as f:
                    f.write(text)
                for args in (extra, extra + ["--json"]):
                    cases += 1
                    _, differs = compare(PREP, [command] + args, path, 1 if seed % 2 == 1 else None)
                    if differs:
                        failures += 1
                        print(f"FAIL {command} {args} seed {seed}: {differs}")
    print(f"{cases - failures}/{cases} inputs answered alike from a mapped file and from a pipe")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
