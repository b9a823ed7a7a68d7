#!/usr/bin/env python3
"""check_graph.py EDGES OUTPUT: checks prep detect-cycle's answer on a text edge file.

`cycle`: every consecutive pair of the witness is an edge of the file, and it is closed.
`acyclic` with an order: every node once, and every edge points forward. Exit 1 on a wrong answer.
"""
import sys


def main():
    edges_path, output_path = sys.argv[1], sys.argv[2]
    lines = open(output_path).read().split("\n")
    verdict = lines[0]
    if verdict == "cycle":
        cycle = lines[1].split(" ")
        needed = set(zip(cycle, cycle[1:]))
        if cycle[0] != cycle[-1] or len(set(cycle)) != len(cycle) - 1:
            sys.exit("the witness is not a simple closed walk")
        with open(edges_path) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2:
                    needed.discard((parts[0], parts[1]))
        if needed:
            sys.exit(f"the witness uses edges not in the input: {sorted(needed)[:3]}")
        print(f"  the {len(cycle) - 1}-node cycle is real")
    elif verdict == "acyclic" and len(lines) > 2:
        order = lines[1].split(" ") if lines[1] else []
        position = {name: i for i, name in enumerate(order)}
        if len(position) != len(order):
            sys.exit("a node appears twice in the order")
        with open(edges_path) as f:
            for line in f:
                parts = line.split()
                for name in parts:
                    if name not in position:
                        sys.exit(f"{name} is missing from the order")
                if len(parts) == 2 and position[parts[0]] >= position[parts[1]]:
                    sys.exit(f"edge {parts[0]} -> {parts[1]} points backwards")
        print(f"  the order of {len(order)} nodes is topological")
    else:
        print(f"  verdict {verdict!r} (nothing more to check)")


if __name__ == "__main__":
    main()
