"""Starts a Jupyter kernel, runs setup cells, interrupts long cells the way Jupyter's Interrupt button does
(KernelManager.interrupt_kernel: SIGINT to the kernel's process group in "signal" mode, interrupt_request in
"message" mode), then runs a last cell. Prints one JSON object: what each cell produced, and whether the kernel was
alive after each interrupt, to report.json (the kernel's own log goes to this script's output).

usage: interrupt_kernel.py <kernel-name> <cells.json> <working-dir> <report.json>
cells.json: {"setup": [code, ...],
             "interrupts": [{"code": code, "started": text the cell prints once running, or "" to count "delay"
                             seconds from its start, "delay": seconds to wait before interrupting}, ...],
             "after": code, "timeout": seconds a cell may take}
"""
import json
import sys
import threading
import time

from jupyter_client import KernelManager


def text_of(msg):
    content = msg["content"]
    kind = msg["header"]["msg_type"]
    if kind == "stream":
        return content.get("text", "")
    if kind in ("display_data", "execute_result", "update_display_data"):
        return content.get("data", {}).get("text/plain", "")
    if kind == "error":
        return "\n".join([content.get("ename", ""), content.get("evalue", "")] + content.get("traceback", []))
    return ""


def run(km, kc, code, timeout, on_output=None):
    """Executes code; returns a dict: status ('ok', 'error', 'timeout' or 'died'), outputs, errors, seconds."""
    start = time.monotonic()
    msg_id = kc.execute(code)
    outputs, errors = [], []
    deadline = start + timeout
    status = "timeout"
    while time.monotonic() < deadline:
        if not km.is_alive():
            status = "died"
            break
        try:
            msg = kc.get_iopub_msg(timeout=0.5)
        except Exception:
            continue
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = msg["header"]["msg_type"]
        if kind == "status" and msg["content"]["execution_state"] == "idle":
            status = "error" if errors else "ok"
            break
        if kind == "error":
            errors.append(msg["content"])
        elif text_of(msg):
            outputs.append(text_of(msg))
            if on_output:
                on_output("".join(outputs))
    return {"status": status, "outputs": outputs, "errors": errors, "seconds": round(time.monotonic() - start, 1)}


def interrupted_run(km, kc, cell, timeout):
    at = {"time": None, "scheduled": False}
    lock = threading.Lock()

    def interrupt():
        with lock:
            if at["time"] is None:
                at["time"] = time.monotonic()
                km.interrupt_kernel()

    def on_output(text):
        if cell["started"] and cell["started"] in text and not at["scheduled"]:
            at["scheduled"] = True
            threading.Timer(cell.get("delay", 1), interrupt).start()

    if not cell["started"]:
        at["scheduled"] = True
        threading.Timer(cell.get("delay", 1), interrupt).start()
    result = run(km, kc, cell["code"], timeout, on_output)
    result["interrupted"] = at["time"] is not None
    result["seconds_after_interrupt"] = None if at["time"] is None else round(time.monotonic() - at["time"], 1)
    result["alive_after"] = km.is_alive()
    return result


def main():
    kernel, cells_file, cwd, report_file = sys.argv[1:5]
    with open(cells_file, encoding="utf-8") as f:
        cells = json.load(f)
    timeout = cells.get("timeout", 300)
    km = KernelManager(kernel_name=kernel)
    report = {"interrupt_mode": km.kernel_spec.interrupt_mode, "setup": [], "interrupts": []}
    km.start_kernel(cwd=cwd)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=180)
        for code in cells["setup"]:
            report["setup"].append(run(km, kc, code, timeout))
        for cell in cells["interrupts"]:
            if not km.is_alive():
                break
            report["interrupts"].append(interrupted_run(km, kc, cell, timeout))
        if km.is_alive():
            report["after"] = run(km, kc, cells["after"], timeout)
        report["alive_at_end"] = km.is_alive()
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    with open(report_file, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
