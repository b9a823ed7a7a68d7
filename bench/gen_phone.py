#!/usr/bin/env python3
"""Seeded generators for the phone benchmarks (vanity, longest-prefix).

  gen_phone.py codes N SEED          N vanity codes: words of 6-9 characters, letters (a tenth end in two digits)
  gen_phone.py numbers N SEED        N phone numbers, E.164 mostly, some written with separators
  gen_phone.py prefixes N SEED       N distinct prefixes, `+DIGITS [LABEL]`, 1-10 digits
  gen_phone.py routed N SEED PREFIXES  N numbers, half starting with a prefix of the PREFIXES file
"""
import random
import sys

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def write(lines):
    out = sys.stdout
    out.write("\n".join(lines))
    out.write("\n")


def number(rng):
    digits = "1" + "".join(rng.choices("0123456789", k=10))
    if rng.random() < 0.1:  # written the way people write them
        return f"+{digits[0]} ({digits[1:4]}) {digits[4:7]}-{digits[7:]}"
    return "+" + digits


def main():
    kind, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    if kind == "codes":
        codes = []
        for _ in range(n):
            word = "".join(rng.choices(LETTERS, k=rng.randint(6, 9)))
            if rng.random() < 0.1:
                word = word[:-2] + str(rng.randint(10, 99))
            codes.append(word)
        write(codes)
    elif kind == "numbers":
        chunk = []
        for _ in range(n):
            chunk.append(number(rng))
            if len(chunk) == 100000:
                write(chunk)
                chunk = []
        if chunk:
            write(chunk)
    elif kind == "prefixes":
        seen = set()
        lines = []
        while len(lines) < n:
            digits = "".join(rng.choices("0123456789", k=rng.randint(1, 3))) + "".join(
                rng.choices("0123456789", k=rng.randint(0, 7)))
            if digits in seen:
                continue
            seen.add(digits)
            label = f" region-{len(lines)} 0.{rng.randint(0, 999):03d}" if rng.random() < 0.5 else ""
            lines.append("+" + digits + label)
        write(lines)
    elif kind == "routed":
        prefixes = [line.split()[0][1:] for line in open(sys.argv[4]) if line.strip()]
        chunk = []
        for _ in range(n):
            if rng.random() < 0.5:
                p = rng.choice(prefixes)
                chunk.append("+" + p + "".join(rng.choices("0123456789", k=max(1, 12 - len(p)))))
            else:
                chunk.append("+" + "".join(rng.choices("0123456789", k=rng.randint(10, 12))))
            if len(chunk) == 100000:
                write(chunk)
                chunk = []
        if chunk:
            write(chunk)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
