"""Starts a Jupyter kernel, runs setup cells, then timed cells one right after the other, as a notebook runs them,
and writes for each timed cell how long the kernel took to start it (from the request to its execute_input) and to
finish it, to report.json.

usage: cell_waits.py <kernel-name> <cells.json> <working-dir> <report.json>
cells.json: {"setup": [code, ...], "timed": [code, ...], "timeout": seconds a cell may take}
"""
from kernel_cells import arguments, kernel, run, write_report


def main():
    kernel_name, cells, timeout, cwd, report_file = arguments()
    report = {"setup": [], "timed": []}
    with kernel(kernel_name, cwd) as (km, kc):
        for code in cells["setup"]:
            report["setup"].append(run(km, kc, code, timeout))
        for code in cells["timed"]:
            report["timed"].append(run(km, kc, code, timeout))
    write_report(report, report_file)


if __name__ == "__main__":
    main()
