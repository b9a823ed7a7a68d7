#!/usr/bin/env python3
"""End-to-end tests of the real binary: run_cases.py PREP CASEFILE...

A case file holds cases; each starts with `=== name` and has lines:
  $ ARGS          the arguments after `prep` (shell-quoted; paths are relative to the repository)
  < TEXT          a line of standard input (`<` alone: an empty line)
  <x HEX          raw bytes of standard input, as hexadecimal (no newline added)
  % no-newline    the last `<` line has no final newline
  > TEXT          a line expected on standard output (`>` alone: an empty line)
  >x HEX          raw bytes expected on standard output (appended)
  >~ TEXT         standard output contains TEXT (instead of an exact match)
  ! TEXT          a line expected on standard error
  !~ TEXT         standard error contains TEXT
  ? N             the expected exit status (default 0)
Standard output must equal the `>` lines exactly (empty if there are none); standard error must equal
the `!` lines exactly, unless `!~` is used, and be empty when neither is given.
Lines before the first case and lines starting with `#` are comments.
"""
import shlex
import subprocess
import sys


def parse(path):
    cases, case = [], None
    for number, raw in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if raw.startswith("=== "):
            case = {"name": raw[4:], "line": number, "args": None, "stdin": b"", "newline": True,
                    "stdout": b"", "stdout_contains": [], "stderr": [], "contains": [], "status": 0}
            cases.append(case)
            continue
        if case is None or raw.startswith("#") or raw.strip() == "":
            continue
        tag, _, rest = raw.partition(" ")
        if tag == "$":
            case["args"] = shlex.split(rest)
        elif tag == "<":
            case["stdin"] += rest.encode() + b"\n"
        elif tag == "<x":
            case["stdin"] += bytes.fromhex(rest)
        elif tag == "%" and rest == "no-newline":
            case["newline"] = False
        elif tag == ">":
            case["stdout"] += rest.encode() + b"\n"
        elif tag == ">x":
            case["stdout"] += bytes.fromhex(rest)
        elif tag == ">~":
            case["stdout_contains"].append(rest)
        elif tag == "!":
            case["stderr"].append(rest)
        elif tag == "!~":
            case["contains"].append(rest)
        elif tag == "?":
            case["status"] = int(rest)
        else:
            sys.exit(f"{path}:{number}: unknown line: {raw!r}")
    for case in cases:
        if case["args"] is None:
            sys.exit(f"{path}:{case['line']}: case {case['name']!r} has no $ line")
        if not case["newline"] and case["stdin"].endswith(b"\n"):
            case["stdin"] = case["stdin"][:-1]
    return cases


def run(prep, path, case):
    try:
        done = subprocess.run([prep] + case["args"], input=case["stdin"], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return ["timed out after 60 s"]
    problems = []
    if done.returncode != case["status"]:
        problems.append(f"exit status {done.returncode}, expected {case['status']}")
    if case["stdout_contains"]:
        for text in case["stdout_contains"]:
            if text not in done.stdout.decode(errors="replace"):
                problems.append(f"stdout does not contain {text!r}:\n{done.stdout.decode(errors='replace')}")
    elif done.stdout != case["stdout"]:
        problems.append(f"stdout:\n{done.stdout.decode(errors='replace')}--- expected:\n"
                        f"{case['stdout'].decode(errors='replace')}---")
    stderr = done.stderr.decode(errors="replace")
    if case["contains"]:
        for text in case["contains"]:
            if text not in stderr:
                problems.append(f"stderr does not contain {text!r}:\n{stderr}")
    else:
        expected = "".join(line + "\n" for line in case["stderr"])
        if stderr != expected:
            problems.append(f"stderr:\n{stderr}--- expected:\n{expected}---")
    return problems


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    prep, passed, failed = sys.argv[1], 0, 0
    for path in sys.argv[2:]:
        for case in parse(path):
            problems = run(prep, path, case)
            if problems:
                failed += 1
                print(f"FAIL {path}:{case['line']}: {case['name']}\n  $ prep {shlex.join(case['args'])}")
                for problem in problems:
                    print("  " + problem.replace("\n", "\n  "))
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
