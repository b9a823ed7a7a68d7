#!/usr/bin/env python3
"""phone_compare.py PREP: longest-prefix and vanity read the numbers of a big mapped file on a second
thread (problems/phone_input.cpp, for_each_batch with a prepare step) and must answer exactly as when
the same text comes through a pipe, read line by line on one thread. For seeded random inputs of a
few MiB, with odd lines (comments, blank lines, CRLF, blanks, separators, letters) and a bad line at a
random place, compares stdout, stderr and exit status of `prep CMD < FILE` and `cat FILE | prep CMD`,
and checks the text output of longest-prefix against a plain model."""
import os
import random
import sys
import tempfile

from mapped_vs_pipe import compare

PREP = sys.argv[1]
BAD = ["+1 415*555", "12/3", "+", "  ( ) ", "12\t34", "55\u00e95"]


def number(rng):
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 15)))
    r = rng.random()
    if r < 0.05:
        return "+" + digits[:2] + " (" + digits[2:5] + ") " + digits[5:]
    if r < 0.07:
        return "1-800-FLOWERS" + digits[:3]
    if r < 0.08:
        return "+1800flowers" + digits[:3]  # letters only: the digits are not the text
    if r < 0.10:
        return "  " + digits + " \r"
    if r < 0.12:
        return "# " + digits
    if r < 0.14:
        return ""
    if r < 0.16:
        return "+" + " - ".join(digits)  # longer than the 32 bytes copied at once
    return ("+" if r < 0.6 else "") + digits


def model(prefixes, lines):
    table = {}
    for line in prefixes:
        written, _, label = line.partition(" ")
        table[written.lstrip("+")] = "\t" + written + ("\t" + label if label else "") + "\n"
    keypad = {c: str(2 + i) for i, keys in enumerate(["ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"]) for c in keys}
    out = []
    for line in lines:
        written = line.strip(" \t\r")
        if not written or written.startswith("#"):
            continue
        digits = "".join(keypad.get(c.upper(), c) for c in written if c not in "+-(). ")
        best = "\t-\n"
        for n in range(len(digits), 0, -1):
            if digits[:n] in table:
                best = table[digits[:n]]
                break
        out.append(written + best)
    return "".join(out)


def main():
    failures = 0
    cases = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(6):
            rng = random.Random(seed)
            prefixes = sorted({"".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 7)))
                               for _ in range(20_000)})
            prefix_lines = [("+" if rng.random() < 0.5 else "") + p + (f" r{i}" if rng.random() < 0.5 else "")
                            + (" " + "L" * rng.randrange(1, 40) if rng.random() < 0.1 else "")
                            for i, p in enumerate(prefixes)]
            rng.shuffle(prefix_lines)
            prefix_path = os.path.join(tmp, "prefixes.txt")
            with open(prefix_path, "w") as f:
                f.write("\n".join(prefix_lines) + "\n")
            codes_path = os.path.join(tmp, "codes.txt")
            with open(codes_path, "w") as f:
                f.write("\n".join(rng.choice(["FLOWERS", "CALL", "4155", "99", "PIZZA", "777"]) for _ in range(20)) + "\n")
            lines = [number(rng) for _ in range(rng.choice([150_000, 250_000]))]
            if seed % 2 == 1:
                lines.insert(rng.randrange(len(lines) // 2, len(lines)), rng.choice(BAD))
            data = ("\n".join(lines) + ("\n" if seed % 3 else "")).encode()
            path = os.path.join(tmp, "numbers.txt")
            with open(path, "wb") as f:
                f.write(data)
            for args in (["longest-prefix", "--prefixes", prefix_path], ["longest-prefix", "--prefixes", prefix_path, "--json"],
                         ["longest-prefix", "--prefixes", prefix_path, "--common"], ["vanity", "--codes", codes_path, "-c"],
                         ["vanity", "--codes", codes_path], ["vanity", "--codes", codes_path, "--matches"]):
                cases += 1
                # Standard input from a file is mapped too; messages name <stdin> both ways.
                mapped, differs = compare(PREP, args, path, 1 if seed % 2 == 1 else 0, mapped_as="stdin")
                if differs:
                    failures += 1
                    print(f"seed {seed} {' '.join(args[:1] + args[3:])}: {differs}")
                if args[0] == "longest-prefix" and len(args) == 3 and seed % 2 == 0:
                    cases += 1
                    if mapped.stdout.decode() != model(prefix_lines, data.decode().split("\n")):
                        failures += 1
                        print(f"seed {seed}: longest-prefix differs from the model")
    print(f"{cases - failures}/{cases} cases agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
