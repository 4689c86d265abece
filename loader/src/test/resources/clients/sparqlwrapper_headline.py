"""Ask a running EcoPolicy KG endpoint the headline question with SPARQLWrapper.

Usage: python3 sparqlwrapper_headline.py ENDPOINT QUERY_FILE
Prints one line per answer: file<TAB>document<TAB>title<TAB>year
"""
import sys

from SPARQLWrapper import JSON, SPARQLWrapper


def main(endpoint, query_file):
    with open(query_file, encoding="utf-8") as f:
        query = f.read()
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    results = client.query().convert()
    for row in results["results"]["bindings"]:
        print("\t".join(row[v]["value"] for v in ("file", "document", "title", "year")))


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    main(sys.argv[1], sys.argv[2])
