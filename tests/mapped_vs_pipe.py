"""mapped_vs_pipe.py: what the differential tests (read_ahead_compare, intervals_compare,
phone_compare) share — run prep on an input file mapped and through a pipe, and say how the two
runs differ, if they do."""
import subprocess


def run(prep, args, path, how):
    """prep on the file: as an argument ("file") or as standard input ("stdin"), both mapped, or on
    its bytes through a pipe ("pipe")."""
    if how == "file":
        return subprocess.run([prep] + args + [path], capture_output=True, check=False)
    with open(path, "rb") as f:
        if how == "stdin":
            return subprocess.run([prep] + args, stdin=f, capture_output=True, check=False)
        return subprocess.run([prep] + args, input=f.read(), capture_output=True, check=False)


def compare(prep, args, path, expected_status=None, mapped_as="file"):
    """Runs prep mapped (mapped_as: "file" or "stdin") and through a pipe; returns (the mapped run,
    a message if the runs differ — the source name aside — or the status is not expected_status when
    that is given; else None)."""
    mapped, piped = run(prep, args, path, mapped_as), run(prep, args, path, "pipe")
    mapped_err = mapped.stderr.replace(path.encode(), b"<stdin>")
    if (mapped.returncode, mapped.stdout, mapped_err) != (piped.returncode, piped.stdout, piped.stderr):
        return mapped, (f"exit {mapped.returncode} vs {piped.returncode}, stdout {mapped.stdout[:80]!r} vs "
                        f"{piped.stdout[:80]!r} ({len(mapped.stdout)} vs {len(piped.stdout)} bytes), "
                        f"stderr {mapped_err!r} vs {piped.stderr!r}")
    if expected_status is not None and mapped.returncode != expected_status:
        return mapped, f"exit {mapped.returncode}, expected {expected_status}: {mapped.stderr!r}"
    return mapped, None
