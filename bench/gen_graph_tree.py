#!/usr/bin/env python3
"""Benchmark data for detect-cycle and lca (deterministic: fixed seeds).

  gen_graph_tree.py graph  EDGES NODES [dag] > edges.txt   random edges over NODES names (`dag`: acyclic)
  gen_graph_tree.py path   NODES             > path.txt    one path NODES long
  gen_graph_tree.py tree   NODES QUERIES     > tree.txt    random tree (level order) and random queries
  gen_graph_tree.py chain  NODES QUERIES     > chain.txt   a left chain NODES deep and random queries
"""
import random
import sys


def main():
    kind = sys.argv[1]
    rng = random.Random(2026)
    out = sys.stdout
    if kind == "graph":
        edges, nodes = int(sys.argv[2]), int(sys.argv[3])
        dag = len(sys.argv) > 4 and sys.argv[4] == "dag"
        rank = list(range(nodes))
        rng.shuffle(rank)
        lines = []
        for _ in range(edges):
            a, b = rng.randrange(nodes), rng.randrange(nodes)
            if dag:
                if a == b:
                    b = (a + 1) % nodes
                if rank[a] > rank[b]:
                    a, b = b, a
            lines.append(f"n{a} n{b}\n")
            if len(lines) >= 100000:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))
    elif kind == "path":
        nodes = int(sys.argv[2])
        for start in range(0, nodes - 1, 100000):
            out.write("".join(f"p{i} p{i + 1}\n" for i in range(start, min(start + 100000, nodes - 1))))
    elif kind in ("tree", "chain"):
        nodes, queries = int(sys.argv[2]), int(sys.argv[3])
        values = rng.sample(range(1, 4 * nodes), nodes)
        items = [str(values[0])]
        if kind == "chain":
            for v in values[1:]:
                items.append(str(v))
                items.append("null")
        else:
            # Random shape: each open child slot is null with probability 0.4, while the tree grows.
            placed, open_slots = 1, 2
            while placed < nodes:
                if open_slots > 1 and rng.random() < 0.4:
                    items.append("null")
                    open_slots -= 1
                else:
                    items.append(str(values[placed]))
                    placed += 1
                    open_slots += 1
        out.write("[" + ",".join(items) + "]\n")
        # Queries: mostly present values, about 1% absent ones (answer null).
        lines = []
        for _ in range(queries):
            p = values[rng.randrange(nodes)] if rng.random() > 0.01 else 0
            q = values[rng.randrange(nodes)]
            lines.append(f"{p} {q}\n")
            if len(lines) >= 100000:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
