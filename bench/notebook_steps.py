#!/usr/bin/python3
"""The notebook benchmark of issue 11: the same steps in a PaperNotebooks (C#) notebook and a pandas + plotly one.

    notebook_steps.py write LISTING CSV LOADCELL OUTDIR   writes OUTDIR/papernotebooks.ipynb and OUTDIR/pandas.ipynb
    notebook_steps.py report EXECUTED_CS EXECUTED_PY [--label L] [--wall-cs S --wall-py S]
                                                            prints the steps side by side, from nbclient's timings

Each step is one cell; its time runs from the previous cell's execute_reply (nbclient then sends the cell) to the
cell's own, so that a kernel slow to take a cell is charged for the wait. The first cell of each notebook (the
extension's #r, pandas' imports) is the floor reported apart, from its execute_input; the last reads the kernel's
peak memory.
"""
import json
import re
import sys
from datetime import datetime

STEPS = ["load", "list 2024 + CL, top 20", "timeline chart", "topics chart", "top-20 authors chart",
         "first search (ti:attention AND year:2020..2022)", "next search (au:smith OR abs:\"sequence parallelism\")"]


def notebook(cells, kernel, language):
    return {
        "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": c} for c in cells],
        "metadata": {"kernelspec": kernel, "language_info": {"name": language}},
        "nbformat": 4, "nbformat_minor": 5,
    }


def write(listing, csv, load_cell, out):
    csharp = [
        load_cell,
        f'#!paper load "{listing}" --as-of 2026-09-30',
        "#!paper list --year 2024 --category CL --top 20",
        "#!paper timeline",
        "#!paper topics",
        "#!paper authors --top 20",
        "#!paper search ti:attention AND year:2020..2022",
        '#!paper search au:smith OR abs:"sequence parallelism"',
        "System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64",
    ]
    python = [
        "import resource\nimport pandas as pd\nimport plotly.express as px",
        f'df = pd.read_csv("{csv}", keep_default_na=False, na_values=[""])\ndf["published"] = pd.to_datetime(df["published"])\nlen(df)',
        'df[(df.published.dt.year == 2024) & (df.category == "cs.CL")].sort_values("published", ascending=False)'
        '.head(20)[["id", "title", "authors", "published", "category"]]',
        'per_year = df.groupby([df.published.dt.year.rename("year"), "category"]).size().reset_index(name="papers")\n'
        'px.bar(per_year, x="year", y="papers", color="category", title="Papers per year")',
        'counts = df["category"].value_counts()\npx.bar(x=counts.index, y=counts.values, labels={"x": "category", "y": "papers"}, title="Papers per category")',
        'authors = df["authors"].dropna().str.split("; ").explode().value_counts().head(20)\n'
        'px.bar(x=authors.values, y=authors.index, orientation="h", labels={"x": "papers", "y": "author"}, title="Top 20 authors")',
        'df[df.title.str.contains("attention", case=False, na=False) & df.published.dt.year.between(2020, 2022)].head(20)',
        'df[df.authors.str.contains("smith", case=False, na=False) | df.abstract.str.contains("sequence parallelism", case=False, na=False)].head(20)',
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024",
    ]
    with open(f"{out}/papernotebooks.ipynb", "w") as f:
        json.dump(notebook(csharp, {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}, "C#"), f, indent=1)
    with open(f"{out}/pandas.ipynb", "w") as f:
        json.dump(notebook(python, {"name": "python3", "display_name": "Python 3", "language": "python"}, "python"), f, indent=1)


def seconds(cell, previous=None):
    """A step's seconds: from the previous cell's reply, when nbclient sends this cell, to this cell's reply; so a
    kernel that is slow to take the next cell (busy, or out of threads) is charged for it. The first cell, from its
    start."""
    timing = cell.get("metadata", {}).get("execution", {})
    before = (previous or {}).get("metadata", {}).get("execution", {}).get("shell.execute_reply")
    start, end = before or timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not start or not end:
        return None
    parse = lambda t: datetime.fromisoformat(t.replace("Z", "+00:00"))
    return (parse(end) - parse(start)).total_seconds()


def peak(cell):
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        # The .NET kernel shows a number as HTML only (<pre>2126856192</pre>); Python as text.
        text = "".join(data.get("text/plain", "")) or "".join(output.get("text", "")) or "".join(data.get("text/html", ""))
        found = re.search(r"\d{4,}", text)
        digits = found.group(0) if found else ""
        if digits:
            return int(digits) / 1e9
    return None


PLOTLY_JS = re.compile(r"<script[^>]*>\s*/\*\*?\s*\n?\s*\* plotly\.js.*?</script>|<script[^>]*src=[^>]*plotly[^>]*></script>", re.S)


def output_kb(cell):
    """The cell's outputs in KB, as saved in the notebook, without an inlined copy of plotly.js."""
    size = 0
    for output in cell.get("outputs", []):
        for value in output.get("data", {}).values():
            text = "".join(value) if isinstance(value, list) else (value if isinstance(value, str) else json.dumps(value))
            stripped = PLOTLY_JS.sub("", text)
            # An inlined plotly.js that the pattern missed still shows as one huge script: drop scripts over 1 MB.
            stripped = re.sub(r"<script[^>]*>(?:(?!</script>).){1000000,}</script>", "", stripped, flags=re.S)
            size += len(stripped.encode())
        size += len("".join(output.get("text", "")).encode())
    return size / 1024


def errors(nb):
    return [i for i, c in enumerate(nb["cells"]) for o in c.get("outputs", []) if o.get("output_type") == "error"]


def report(cs_path, py_path, label, wall_cs, wall_py):
    cs, py = json.load(open(cs_path)), json.load(open(py_path))
    timed = lambda cells: [seconds(c, cells[i - 1] if i else None) for i, c in enumerate(cells)]
    cs_times, py_times = timed(cs["cells"]), timed(py["cells"])
    print(f"\n{label}: PaperNotebooks vs pandas + plotly, seconds per step (nbclient timings)")
    print(f"{'step':<58} {'PaperNotebooks':>15} {'pandas':>10} {'ratio':>8} {'output KB':>10}")
    for i, step in enumerate(STEPS, start=1):
        a, b = cs_times[i], py_times[i]
        ratio = f"{a / b:.2f}" if a and b else "-"
        print(f"{step:<58} {a if a is not None else '-':>15.2f} {b if b is not None else '-':>10.2f} {ratio:>8} {output_kb(cs['cells'][i]):>10.1f}")
    work_cs = sum(t for t in cs_times[1:8] if t)
    work_py = sum(t for t in py_times[1:8] if t)
    print(f"{'the work (sum of the steps)':<58} {work_cs:>15.2f} {work_py:>10.2f} {work_cs / work_py:>8.2f}")
    print(f"{'floor: #r / imports cell':<58} {cs_times[0] or 0:>15.2f} {py_times[0] or 0:>10.2f}")
    if wall_cs and wall_py:
        print(f"{'whole nbconvert run, kernel start included':<58} {wall_cs:>15.2f} {wall_py:>10.2f} {wall_cs / wall_py:>8.2f}")
    pcs, ppy = peak(cs["cells"][-1]), peak(py["cells"][-1])
    print(f"{'peak memory of the kernel (GB)':<58} {pcs or 0:>15.2f} {ppy or 0:>10.2f} {(pcs or 0) / (ppy or 1):>8.2f}")
    for name, nb in (("PaperNotebooks", cs), ("pandas", py)):
        if errors(nb):
            print(f"{name}: cells {errors(nb)} failed")
    return 1 if errors(cs) or errors(py) else 0


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(*sys.argv[2:6])
    else:
        args = sys.argv[2:]
        opts = {args[i]: args[i + 1] for i in range(2, len(args) - 1, 2)}
        sys.exit(report(args[0], args[1], opts.get("--label", ""), float(opts.get("--wall-cs", 0)), float(opts.get("--wall-py", 0))))
