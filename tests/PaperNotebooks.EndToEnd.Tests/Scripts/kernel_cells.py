"""What the end-to-end kernel scripts share: a Jupyter kernel started in a folder and shut down after, and a cell run
the way a notebook runs it, with what it printed, its errors, how long the kernel took to start it and to end it."""
import contextlib
import json
import sys
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
    """Executes code; returns status ('ok', 'error', 'timeout' or 'died'), outputs, errors, wait (seconds from the
    request to the kernel's execute_input) and seconds (to its idle status)."""
    start = time.monotonic()
    msg_id = kc.execute(code)
    outputs, errors, started = [], [], None
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
        if kind == "execute_input" and started is None:
            started = time.monotonic()
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            status = "error" if errors else "ok"
            break
        elif kind == "error":
            errors.append(msg["content"])
        elif text_of(msg):
            outputs.append(text_of(msg))
            if on_output:
                on_output("".join(outputs))
    result = {"status": status, "outputs": outputs, "errors": errors,
              "wait": None if started is None else round(started - start, 3), "seconds": round(time.monotonic() - start, 3)}
    progress(f"{status} in {result['seconds']} s (started after {result['wait']} s): {first_line(code)}")
    return result


def progress(text):
    """One line to stderr, which a test that times out shows: where the run was when it stopped."""
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def first_line(code):
    line = code.strip().split("\n")[0]
    return line if len(line) <= 80 else line[:77] + "..."


@contextlib.contextmanager
def kernel(name, cwd):
    """A started kernel manager and a ready client; the kernel is shut down at the end."""
    km = KernelManager(kernel_name=name)
    km.start_kernel(cwd=cwd)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=180)
        progress(f"kernel {name} ready")
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def arguments():
    """The command line every script takes: <kernel-name> <cells.json> <working-dir> <report.json>; the cells read,
    with "timeout" (seconds a cell may take, 300 unless given)."""
    kernel_name, cells_file, cwd, report_file = sys.argv[1:5]
    with open(cells_file, encoding="utf-8") as f:
        cells = json.load(f)
    return kernel_name, cells, cells.get("timeout", 300), cwd, report_file


def write_report(report, report_file):
    with open(report_file, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
