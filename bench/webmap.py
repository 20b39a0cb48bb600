"""The public web map at 25 000 published entries: page data size, first render and filter times in headless Chromium.

The sample (core.sample, seed 42) is generated once into bench/results/ (git-ignored); a copy where every entry is
public, active and claimed makes all N entries published (the public profile keeps about a quarter of a sample).
publish_web_map writes the folder, a loopback http.server serves it, and Debian's headless Chromium (selenium, the
flags of the tests) opens it RUNS times, each a fresh navigation:

- first render: performance.now() (ms since navigation start) when the page has drawn the map's markers, the list
  and the counts (``BC_PERF.firstRenderMs``), and once the browser has painted that frame (``firstPaintedMs``);
- filter: every sector, type, service and municipality choice and back to "all", plus a name typed letter by letter:
  the page's own performance.now() around the filter (``BC_PERF.lastFilterMs``: filtering, re-clustering, markers,
  list, counts) and the time until the next frame has painted (measured from the test's event dispatch).

The budgets of issue 20 are the reference: 5 MB of page data, 2 s first render, 100 ms per filter; the ratios to
them are printed, and so is the wait for a painted frame when the page has nothing to do (the floor under "until
painted" in the same run). The machine is shared: the load average is printed too, as timings scale with it.

Run: .venv/bin/python bench/webmap.py [N] [RUNS]   (default 25 000 entries, 5 runs)
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brussels_creative.core.publish import webmap  # noqa: E402
from brussels_creative.core.sample.generator import generate_sample  # noqa: E402
from brussels_creative.core.store import gpkg  # noqa: E402
from brussels_creative.core.store.ecosystem import EcosystemStore, read_schema_version  # noqa: E402
from brussels_creative.core.store.schema import SCHEMA_VERSION  # noqa: E402

RESULTS = ROOT / "bench" / "results"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,800",
)
BUDGET_MB, BUDGET_RENDER_MS, BUDGET_FILTER_MS = 5.0, 2000.0, 100.0

FILTER_JS = """
var done = arguments[arguments.length - 1];
var id = arguments[0], value = arguments[1];
var element = document.getElementById(id);
var start = performance.now();
element.value = value;
element.dispatchEvent(new Event(id === 'q' ? 'input' : 'change'));
var sync = window.BC_PERF.lastFilterMs;
requestAnimationFrame(function () { setTimeout(function () {
  done([sync, performance.now() - start, window.BC_APP.shownCount()]);
}, 0); });
"""


IDLE_FRAME_JS = """
var done = arguments[arguments.length - 1];
var start = performance.now();
requestAnimationFrame(function () { setTimeout(function () { done(performance.now() - start); }, 0); });
"""


def published_sample(n: int) -> Path:
    """A cached ecosystem of n entries, all published (public, active, claimed)."""
    path = RESULTS / f"webmap_public_{n}_seed42.gpkg"
    if path.exists() and read_schema_version(path) == SCHEMA_VERSION:
        return path
    RESULTS.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.stem + ".generating.gpkg")
    print(f"generating {n} entities into {path} (once) ...", flush=True)
    with EcosystemStore.create(temporary, overwrite=True) as store:
        generate_sample(store, n, seed=42)
    connection = sqlite3.connect(temporary, isolation_level=None)
    try:
        gpkg.register_functions(connection)
        connection.execute("PRAGMA trusted_schema = ON")
        connection.execute("BEGIN")
        connection.execute(
            "UPDATE entities SET visibility = 'public', status = 'active', verification = 'claimed', "
            "claimed_by = coalesce(claimed_by, 'bench') "
            "WHERE NOT (visibility = 'public' AND status = 'active' AND verification <> 'unverified')"
        )
        connection.execute("COMMIT")
    finally:
        connection.close()
    temporary.replace(path)
    return path


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        """Say nothing per request."""


def _browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='bc-bench-')}")
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(30)
    return driver


def _load(driver, url: str) -> dict:
    driver.get(url)
    for _ in range(300):
        perf = driver.execute_script("return window.BC_PERF && window.BC_PERF.firstPaintedMs ? window.BC_PERF : null")
        if perf:
            return perf
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not render")


def main() -> None:
    """Publish, measure and print sizes, render and filter times with their ratios to the budgets."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 25_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    source = published_sample(n)
    target = RESULTS / f"webmap_{n}"
    shutil.rmtree(target, ignore_errors=True)
    start = time.perf_counter()
    result = webmap.publish_web_map(source, target)
    publish_s = time.perf_counter() - start
    data_mb = (target / "data.js").stat().st_size / 1e6
    areas_mb = (target / "municipalities.js").stat().st_size / 1e6
    print(f"published {result.counts['entities']} entries, {result.counts['relationships']} relationships "
          f"in {publish_s:.1f} s")
    print(f"page data: data.js {data_mb:.2f} MB + municipalities.js {areas_mb:.2f} MB = {data_mb + areas_mb:.2f} MB "
          f"({(data_mb + areas_mb) / BUDGET_MB:.2f}× the {BUDGET_MB:.0f} MB budget)")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(target)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    driver = _browser()
    try:
        print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
        renders, painted = [], []
        for _ in range(runs):
            perf = _load(driver, url)
            renders.append(perf["firstRenderMs"])
            painted.append(perf["firstPaintedMs"])
        file_renders, file_painted = [], []
        for _ in range(runs):
            perf = _load(driver, (target / "index.html").as_uri())
            file_renders.append(perf["firstRenderMs"])
            file_painted.append(perf["firstPaintedMs"])
        data = webmap.read_data_js(target / "data.js")
        _load(driver, url)
        operations = []
        for select, kind in (("f-sector", "sector"), ("f-type", "type"), ("f-service", "service"),
                             ("f-municipality", "municipality")):
            for position in range(len(data["vocab"][kind])):
                operations += [(select, str(position)), (select, "")]
        word = "atelier"
        operations += [("q", word[: k + 1]) for k in range(len(word))] + [("q", "")]
        idle = [driver.execute_async_script(IDLE_FRAME_JS) for _ in range(40)]
        sync, frame = [], []
        for element, value in operations:
            inside, until_painted, _ = driver.execute_async_script(FILTER_JS, element, value)
            sync.append(inside)
            frame.append(until_painted)
        print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    finally:
        driver.quit()
        server.shutdown()
        server.server_close()

    def summary(values: list[float]) -> str:
        return f"median {statistics.median(values):.0f} ms, max {max(values):.0f} ms"

    print(f"first render over http ({runs} loads): {summary(renders)} "
          f"({statistics.median(renders) / BUDGET_RENDER_MS:.2f}× the 2 s budget); painted: {summary(painted)}")
    print(f"first render from file:// ({runs} loads): {summary(file_renders)}; painted: {summary(file_painted)}")
    print(f"filters ({len(sync)}: every sector/type/service/municipality and back, a name typed): "
          f"in the page {summary(sync)} ({statistics.median(sync) / BUDGET_FILTER_MS:.2f}× the 100 ms budget); "
          f"until painted {summary(frame)}; over 100 ms until painted: {sum(v > BUDGET_FILTER_MS for v in frame)}")
    print(f"reference, the same wait for a painted frame with nothing to do: {summary(idle)}")


if __name__ == "__main__":
    main()
