"""Starts a Jupyter kernel, runs setup cells, then timed cells one right after the other, as a notebook runs them,
and writes for each timed cell how long the kernel took to start it (from the request to its execute_input) and to
finish it, to report.json.

usage: cell_waits.py <kernel-name> <cells.json> <working-dir> <report.json>
cells.json: {"setup": [code, ...], "timed": [code, ...], "timeout": seconds a cell may take}
"""
import json
import sys
import time

from jupyter_client import KernelManager


def run(kc, code, timeout):
    """Executes code; returns status ('ok', 'error' or 'timeout'), outputs, errors, wait (s to execute_input), seconds."""
    sent = time.monotonic()
    msg_id = kc.execute(code)
    started, outputs, errors, status = None, [], [], "timeout"
    while time.monotonic() < sent + timeout:
        try:
            msg = kc.get_iopub_msg(timeout=0.5)
        except Exception:
            continue
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = msg["header"]["msg_type"], msg["content"]
        if kind == "execute_input" and started is None:
            started = time.monotonic()
        elif kind == "status" and content["execution_state"] == "idle":
            status = "error" if errors else "ok"
            break
        elif kind == "error":
            errors.append(content.get("evalue", ""))
        elif kind == "stream":
            outputs.append(content.get("text", ""))
        elif kind in ("display_data", "execute_result"):
            outputs.append(content.get("data", {}).get("text/plain", ""))
    done = time.monotonic()
    return {"status": status, "outputs": outputs, "errors": errors,
            "wait": None if started is None else round(started - sent, 3), "seconds": round(done - sent, 3)}


def main():
    kernel, cells_file, cwd, report_file = sys.argv[1:5]
    with open(cells_file, encoding="utf-8") as f:
        cells = json.load(f)
    timeout = cells.get("timeout", 300)
    km = KernelManager(kernel_name=kernel)
    km.start_kernel(cwd=cwd)
    kc = km.client()
    kc.start_channels()
    report = {"setup": [], "timed": []}
    try:
        kc.wait_for_ready(timeout=180)
        for code in cells["setup"]:
            report["setup"].append(run(kc, code, timeout))
        for code in cells["timed"]:
            report["timed"].append(run(kc, code, timeout))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    with open(report_file, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
