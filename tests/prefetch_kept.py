#!/usr/bin/env python3
"""prefetch_kept.py OBJDUMP OBJECT: both prefetch_kept_* functions in OBJECT (tests/algorithms/
prefetch_kept.cpp, built with the project's flags) still holds a prefetch instruction. Exits 77
(skipped) off x86, where prefetch.hpp falls back to the builtin."""
import re
import subprocess
import sys

objdump, obj = sys.argv[1], sys.argv[2]
text = subprocess.run([objdump, "-d", "--no-show-raw-insn", obj], capture_output=True, text=True, check=True).stdout
if "x86-64" not in text and "i386" not in text:
    print("not x86: skipped")
    sys.exit(77)
functions = {}
name = None
for line in text.splitlines():
    m = re.match(r"^[0-9a-f]+ <(\w+)>:$", line)
    if m:
        name = m.group(1)
        functions[name] = []
    elif name is not None and line.strip():
        functions[name].append(line)
wanted = [f for f in functions if f.startswith("prefetch_kept_")]
if len(wanted) != 2:
    sys.exit(f"expected 2 prefetch_kept_ functions in {obj}, found {wanted}")
failed = [f for f in wanted if not any("prefetch" in line for line in functions[f])]
for f in failed:
    print(f"{f}: no prefetch instruction left:\n" + "\n".join(functions[f]))
if failed:
    sys.exit(1)
print(f"prefetch kept in {', '.join(sorted(wanted))}")
