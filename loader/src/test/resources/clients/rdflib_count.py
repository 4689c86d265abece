"""Parse an EcoPolicy KG dump with rdflib and print its statement count (quads for TriG).

Usage: python3 rdflib_count.py FILE FORMAT   (FORMAT: turtle, nt, xml, json-ld, trig)
"""
import sys

import rdflib


def main(path, fmt):
    if fmt == "trig":
        dataset = rdflib.ConjunctiveGraph()
        dataset.parse(path, format="trig")
        print(sum(len(graph) for graph in dataset.contexts()))
    else:
        graph = rdflib.Graph()
        graph.parse(path, format=fmt)
        print(len(graph))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
