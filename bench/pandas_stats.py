#!/usr/bin/python3
"""The statistics `papernb stats` prints, computed the way a pandas user would, as a peer to time.

Reads the CSV that `papernb parse FILE --to csv -o FILE.csv` writes (or that
`PaperNotebooks.Bench generate --csv FILE` writes in the same format), then counts papers per
year and per category, finds the top authors (accents folded, case ignored) and the share of
papers with code. Prints the results, then the wall time of read_csv and of the whole run, and
the peak RSS.

Run with Debian's Python, which has pandas from the python3-pandas package:
    /usr/bin/python3 bench/pandas_stats.py bench/data/papers-200k.csv [--top 20]
"""
import time

START = time.perf_counter()

import argparse  # noqa: E402  (imports are part of the measured run)
import os  # noqa: E402
import resource  # noqa: E402
import unicodedata  # noqa: E402

import pandas as pd  # noqa: E402

IMPORTED = time.perf_counter()


def author_key(name: str) -> str:
    """Identity of an author: accents stripped (NFKD, combining marks dropped), lower case."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def as_bool(column: pd.Series) -> pd.Series:
    """read_csv turns true/false into booleans only when the column has no blanks."""
    if column.dtype == bool:
        return column
    return column.astype(str).str.strip().str.lower().isin(["true", "1"])


def top_authors(authors: pd.Series, top: int) -> pd.DataFrame:
    names = authors.dropna().str.split("; ").explode().str.strip()
    names = names[names != ""]
    # Fold each distinct spelling once rather than every occurrence.
    keys = names.map({name: author_key(name) for name in names.unique()})
    counts = keys.value_counts().head(top)
    spellings = (
        pd.DataFrame({"key": keys, "name": names})
        .loc[lambda d: d["key"].isin(counts.index)]
        .groupby("key")["name"]
        .agg(lambda s: s.value_counts().index[0])
    )
    return pd.DataFrame({"author": spellings.reindex(counts.index).values, "papers": counts.values})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", help="papers CSV as written by `papernb parse --to csv`")
    parser.add_argument("--top", type=int, default=20, help="how many authors to list (default 20)")
    args = parser.parse_args()
    size_mb = os.path.getsize(args.csv) / 1e6

    read_start = time.perf_counter()
    df = pd.read_csv(args.csv, dtype={"id": str, "title": str, "authors": str, "category": str}, keep_default_na=False, na_values=[""])
    read_seconds = time.perf_counter() - read_start

    published = pd.to_datetime(df["published"], format="%Y-%m-%d", errors="coerce")
    has_code = as_bool(df["hasCode"])

    per_year = published.dt.year.value_counts().sort_index()
    per_category = (
        df.groupby(["category", "categoryName"], dropna=False).size().sort_values(ascending=False).rename("papers")
    )
    authors = top_authors(df["authors"], args.top)
    code_share = has_code.mean() if len(df) else 0.0
    code_share_by_year = has_code.groupby(published.dt.year).mean()

    with pd.option_context("display.max_rows", 200, "display.width", 120):
        print(f"papers: {len(df):,}")
        print("\npapers per year:")
        print(pd.DataFrame({"papers": per_year, "with code": code_share_by_year.round(3)}).to_string())
        print("\npapers per category:")
        print(per_category.to_string())
        print(f"\ntop {args.top} authors:")
        print(authors.to_string(index=False))
        print(f"\nshare with code: {code_share:.3f} ({int(has_code.sum()):,} papers)")

    total_seconds = time.perf_counter() - START
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(f"\ncsv: {size_mb:,.1f} MB")
    print(f"pandas import: {IMPORTED - START:.2f} s")
    print(f"read_csv: {read_seconds:.2f} s ({size_mb / read_seconds:,.0f} MB/s)")
    print(f"whole run: {total_seconds:.2f} s ({size_mb / total_seconds:,.0f} MB/s)")
    print(f"peak RSS: {peak_rss_mb:,.0f} MB")


if __name__ == "__main__":
    main()
