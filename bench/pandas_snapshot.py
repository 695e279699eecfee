#!/usr/bin/python3
"""The statistics `papernb stats` prints for an arXiv metadata snapshot, the way a pandas user computes them.

Reads the snapshot (one JSON object a line, as `arxiv-metadata-oai-snapshot.json`) with
`pd.read_json(lines=True)`, then counts papers per year (of the first version) and per primary
category, finds the top authors from `authors_parsed` and the share of papers whose abstract or
comments link to a code host. Prints the results, the wall time of read_json and of the whole run,
and the peak RSS.

Run with Debian's Python (python3-pandas):
    /usr/bin/python3 bench/pandas_snapshot.py bench/data/snapshot-200k.json [--top 20]
"""
import time

START = time.perf_counter()

import argparse  # noqa: E402  (imports are part of the measured run)
import os  # noqa: E402
import resource  # noqa: E402

import pandas as pd  # noqa: E402

IMPORTED = time.perf_counter()
CODE_HOSTS = r"(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sourceforge\.net|gitee\.com)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshot", help="arXiv metadata snapshot, JSON lines")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    size_mb = os.path.getsize(args.snapshot) / 1e6

    read_start = time.perf_counter()
    df = pd.read_json(args.snapshot, lines=True, dtype={"id": str})
    read_seconds = time.perf_counter() - read_start

    first_version = df["versions"].str[0].str["created"]
    published = pd.to_datetime(first_version, format="%a, %d %b %Y %H:%M:%S %Z", errors="coerce")
    primary = df["categories"].str.split(" ").str[0]
    names = df["authors_parsed"].explode().dropna().map(lambda p: " ".join(x for x in (p[1], p[0], p[2]) if x))
    text = df["abstract"].fillna("") + " " + df["comments"].fillna("")
    has_code = text.str.contains(CODE_HOSTS, regex=True)

    with pd.option_context("display.max_rows", 200, "display.width", 120):
        print(f"papers: {len(df):,}")
        print("\npapers per year:")
        print(published.dt.year.value_counts().sort_index().to_string())
        print("\npapers per category:")
        print(primary.value_counts().to_string())
        print(f"\ntop {args.top} authors:")
        print(names.value_counts().head(args.top).to_string())
        print(f"\nshare with code: {has_code.mean():.3f} ({int(has_code.sum()):,} papers)")

    total_seconds = time.perf_counter() - START
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nsnapshot: {size_mb:,.1f} MB")
    print(f"pandas import: {IMPORTED - START:.2f} s")
    print(f"read_json: {read_seconds:.2f} s ({size_mb / read_seconds:,.0f} MB/s)")
    print(f"whole run: {total_seconds:.2f} s ({size_mb / total_seconds:,.0f} MB/s)")
    print(f"peak RSS: {peak_rss_mb:,.0f} MB")


if __name__ == "__main__":
    main()
