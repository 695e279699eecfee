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
import threading
import time

from kernel_cells import arguments, kernel, progress, run, write_report


def interrupted_run(km, kc, cell, timeout):
    at = {"time": None, "scheduled": False}
    lock = threading.Lock()

    def interrupt():
        with lock:
            if at["time"] is None:
                at["time"] = time.monotonic()
                progress("interrupting")
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
    kernel_name, cells, timeout, cwd, report_file = arguments()
    report = {"setup": [], "interrupts": []}
    with kernel(kernel_name, cwd) as (km, kc):
        report["interrupt_mode"] = km.kernel_spec.interrupt_mode
        # A cell that timed out still holds the kernel: every later cell would wait behind it for its whole timeout.
        for code in cells["setup"]:
            report["setup"].append(run(km, kc, code, timeout))
        stuck = any(result["status"] == "timeout" for result in report["setup"])
        for cell in cells["interrupts"]:
            if stuck or not km.is_alive():
                break
            report["interrupts"].append(interrupted_run(km, kc, cell, timeout))
            stuck = report["interrupts"][-1]["status"] == "timeout"
        if km.is_alive() and not stuck:
            report["after"] = run(km, kc, cells["after"], timeout)
        report["alive_at_end"] = km.is_alive()
    write_report(report, report_file)


if __name__ == "__main__":
    main()
