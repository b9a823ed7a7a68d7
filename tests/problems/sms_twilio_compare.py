#!/usr/bin/env python3
"""Carrier mode of `prep sms-split` against Twilio's segment calculator (npm sms-segments-calculator).

Usage: sms_twilio_compare.py PREP WORKDIR [COUNT]

Generates COUNT (default 400) seeded messages around the part boundaries — GSM-7 basic and extension
characters, other scripts, emoji with modifiers, ZWJ sequences, flags, keycaps, combining marks,
look-alikes for --smart — and checks that for every message prep and the calculator agree on the
encoding, the number of parts, each part's text and each part's units. The npm package is installed
(from tests/twilio/package-lock.json) into WORKDIR/twilio on first use.

Exit status 77 (a skip for CTest) when Node.js or the package is not available.

Known divergence, kept out of the generated messages: the calculator splits graphemes with
grapheme-splitter 1.0.4 (Unicode 10 rules), prep with utf8proc (Unicode 15), so emoji sequences
newer than Unicode 10 (🧑‍🤝‍🧑, 🫶🏼) are one cluster for prep and several for the calculator.
"""
import json
import os
import random
import shutil
import subprocess
import sys

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_DIR = os.path.join(HERE, "..", "twilio")

GSM_BASIC = ("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
             "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXTENSION = "€[]{}|^~\\\f"
OTHER_BMP = ["ç", "á", "í", "ó", "ú", "â", "п", "р", "и", "в", "е", "т", "你", "好", "ÿ", "ł", "ș", "ą"]
CLUSTERS = ["😀", "👍🏽", "👨\u200d👩\u200d👧\u200d👦", "🇫🇷", "🇩🇪", "1\ufe0f\u20e3", "❤\ufe0f",
            "👩🏽\u200d💻", "🏳\ufe0f\u200d🌈", "e\u0301", "a\u0308\u0332", "\u1100\u1161\u11a8", "👩\u200d❤\ufe0f\u200d👨"]
LOOK_ALIKES = ["“", "”", "‘", "’", "–", "—", "…", "\u00a0", "\t", "«", "»", "\u200b", "•", "½"]


def random_text(rng, length, pools):
    out = []
    while len(out) < length:
        pool = rng.choice(pools)
        out.append(rng.choice(pool))
    return "".join(out)


def generate(rng, count):
    messages = []
    gsm = [GSM_BASIC, GSM_BASIC, GSM_BASIC]
    for k in range(count):
        kind = k % 8
        if kind == 0:  # plain GSM-7 near 160 / 306 / 459 septets
            target = rng.choice([0, 1, 150, 159, 160, 161, 165, 305, 306, 307, 458, 459, 460, 800])
            text = random_text(rng, target, gsm)
        elif kind == 1:  # extension characters, which must not straddle a part boundary
            text = random_text(rng, rng.randint(140, 480), gsm + [GSM_EXTENSION])
        elif kind == 2:  # an extension character exactly at a boundary
            pos = rng.choice([152, 153, 159, 305, 306])
            text = random_text(rng, pos, gsm) + rng.choice(GSM_EXTENSION) + random_text(rng, rng.randint(0, 20), gsm)
        elif kind == 3:  # one non-GSM character anywhere: UCS-2
            body = random_text(rng, rng.randint(30, 300), gsm)
            at = rng.randint(0, len(body))
            text = body[:at] + rng.choice(OTHER_BMP) + body[at:]
        elif kind == 4:  # clusters near UCS-2 boundaries (70, 67, 134, 201)
            base = rng.choice([60, 64, 65, 66, 67, 68, 69, 70, 130, 133, 134, 198, 200])
            text = random_text(rng, base, gsm) + rng.choice(CLUSTERS) + random_text(rng, rng.randint(0, 80), gsm)
        elif kind == 5:  # many clusters
            text = random_text(rng, rng.randint(10, 200), [GSM_BASIC, CLUSTERS, OTHER_BMP])
        elif kind == 6:  # other scripts only
            text = random_text(rng, rng.randint(50, 250), [OTHER_BMP])
        else:  # look-alikes, for --smart
            text = random_text(rng, rng.randint(100, 400), gsm + [LOOK_ALIKES])
        messages.append({"text": text, "smart": kind == 7 and k % 16 == 7})
    return messages


def ensure_package(workdir):
    if shutil.which("node") is None or shutil.which("npm") is None:
        print("SKIP: Node.js (node and npm) not found; carrier mode not compared with sms-segments-calculator")
        sys.exit(SKIP)
    target = os.path.join(workdir, "twilio")
    if not os.path.isdir(os.path.join(target, "node_modules", "sms-segments-calculator")):
        os.makedirs(target, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(os.path.join(PACKAGE_DIR, name), target)
        try:
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=target, check=True, timeout=180,
                           stdout=subprocess.DEVNULL)
        except (subprocess.SubprocessError, OSError) as error:
            print(f"SKIP: could not install sms-segments-calculator with npm ({error})")
            sys.exit(SKIP)
    return os.path.join(target, "node_modules")


def run_prep(prep, args, text):
    result = subprocess.run([prep, "sms-split", *args], input=text.encode("utf-8"), capture_output=True, timeout=60)
    if result.returncode != 0:
        raise AssertionError(f"prep sms-split {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return json.loads(result.stdout.decode("utf-8"))


def prep_results(prep, messages, encoding="auto"):
    """Batch the messages without line breaks through --lines; run the others one at a time."""
    results = [None] * len(messages)
    for smart in (False, True):
        batch = [i for i, m in enumerate(messages) if m["smart"] == smart and "\n" not in m["text"] and "\r" not in m["text"]]
        if not batch:
            continue
        flags = ["--lines", "--encoding", encoding] + (["--smart"] if smart else [])
        # --lines skips empty lines, so an empty message goes on its own.
        lined = [i for i in batch if messages[i]["text"]]
        text = "".join(messages[i]["text"] + "\n" for i in lined)
        parts = run_prep(prep, flags + ["--json"], text)
        info = run_prep(prep, flags + ["--json", "--info"], text)
        assert len(parts) == len(lined) and len(info) == len(lined), "one result per message line"
        for slot, i in enumerate(lined):
            results[i] = {"encoding": info[slot]["encoding"], "parts": parts[slot], "units": info[slot]["units"]}
    for i, m in enumerate(messages):
        if results[i] is None:
            flags = ["--encoding", encoding] + (["--smart"] if m["smart"] else [])
            info = run_prep(prep, flags + ["--json", "--info"], m["text"])
            results[i] = {"encoding": info["encoding"], "parts": run_prep(prep, flags + ["--json"], m["text"]),
                          "units": info["units"]}
    return results


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    prep, workdir = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 400
    node_modules = ensure_package(workdir)
    rng = random.Random(6160)
    messages = generate(rng, count)
    # A few with line breaks (whole-input mode) and the examples.
    messages += [{"text": "a" * 150 + "\r\n" + "b" * 20, "smart": False},
                 {"text": "line one\nline two\r\n" + "x" * 200, "smart": False},
                 {"text": "é" * 66 + "\r\n" + "€" * 10, "smart": False},
                 {"text": "", "smart": False},
                 {"text": "a" * 152 + "€" + "b" * 8, "smart": False},
                 {"text": "a" * 158 + "€", "smart": False},
                 {"text": "a" * 66 + "👨\u200d👩\u200d👧\u200d👦" + "b" * 10, "smart": False}]
    env = dict(os.environ, NODE_PATH=node_modules)
    twilio = json.loads(subprocess.run(["node", os.path.join(PACKAGE_DIR, "compare.js")], input=json.dumps(messages).encode(),
                                       capture_output=True, check=True, env=env, timeout=120).stdout)
    ours = prep_results(prep, messages)
    failures = 0
    for m, want, got in zip(messages, twilio, ours):
        if want != got:
            failures += 1
            if failures <= 5:
                print(f"MISMATCH for {m!r}:\n  calculator: {json.dumps(want, ensure_ascii=False)}\n"
                      f"  prep:       {json.dumps(got, ensure_ascii=False)}")
    # Forced encodings on the messages each side accepts.
    forced = [m for m, want in zip(messages, twilio) if want["encoding"] == "GSM-7" and not m["smart"]]
    for encoding, name in (("gsm7", "GSM-7"), ("ucs2", "UCS-2")):
        subset = [dict(m, encoding=name) for m in forced[:60]]
        want_all = json.loads(subprocess.run(["node", os.path.join(PACKAGE_DIR, "compare.js")],
                                             input=json.dumps(subset).encode(), capture_output=True, check=True,
                                             env=env, timeout=120).stdout)
        for m, want, got in zip(subset, want_all, prep_results(prep, subset, encoding)):
            if want != got:
                failures += 1
                if failures <= 10:
                    print(f"MISMATCH (--encoding {encoding}) for {m['text']!r}:\n  calculator: {want}\n  prep: {got}")
    total = len(messages) + 2 * min(60, len(forced))
    gsm = sum(1 for r in twilio if r["encoding"] == "GSM-7")
    multi = sum(1 for r in twilio if len(r["parts"]) > 1)
    print(f"{total - failures}/{total} messages agree with sms-segments-calculator "
          f"({gsm} GSM-7, {len(twilio) - gsm} UCS-2, {multi} in several parts; plus forced encodings)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
