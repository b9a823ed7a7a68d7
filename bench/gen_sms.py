#!/usr/bin/env python3
"""gen_sms.py N SEED: N text messages, one per line, of 250-350 characters (code points): words of
English-like text; one message in ten also has a few multi-byte characters (é, ü, €, ñ, an emoji)."""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
words = ("the be to of and a in that have it for not on with he as you do at this but his by from they we say "
         "her she or an will my one all would there their what so up out if about who get which go me when make "
         "can like time no just him know take people into year your good some could them see other than then now "
         "look only come its over think also back after use two how our work first well way even new want because "
         "any these give day most us order shipped tracking reply STOP call 555-0100 https://example.com/t/4521").split()
accents = ["é", "ü", "€", "ñ", "😀", "ß", "à"]


def message():
    target = rng.randint(250, 350)
    parts, length = [], 0
    while length < target:
        w = rng.choice(words)
        parts.append(w)
        length += len(w) + 1
    text = " ".join(parts)[:target]
    if rng.random() < 0.1:
        chars = list(text)
        for _ in range(rng.randint(1, 4)):
            chars[rng.randrange(len(chars))] = rng.choice(accents)
        text = "".join(chars)
    return text + "\n"


# Distinct messages are costly to make in Python; draw the N lines from a pool of 50,000.
pool = [message() for _ in range(min(n, 50_000))]
out = sys.stdout
chunk = []
for _ in range(n):
    chunk.append(rng.choice(pool))
    if len(chunk) == 100_000:
        out.write("".join(chunk))
        chunk.clear()
out.write("".join(chunk))
