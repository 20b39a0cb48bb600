"""Geocoding benchmark (issue 17): load_address_reference against ogr2ogr, then speed and quality of geocoding.

Data: a BeST-shaped openaddress CSV built from the 5 195 real street names of the region
(../shared/data/brussels_streets_best.csv) with synthetic house points along each street (core.sample.best), cached
in bench/results/ (git-ignored).

1. Load: our loader (csv → address_points + streets + packed R-tree, one transaction into an ecosystem GeoPackage)
   against `ogr2ogr -f GPKG` loading the same CSV as points (X/Y columns, EPSG:31370, its spatial index), in the
   same run. Goal: within 1.5× of ogr2ogr at ~850 000 rows (`--load-rows`).
2. Geocoding: N real addresses of the reference (default 10 000), each written as people write them — French or
   Dutch or both names, abbreviated types (Av., Bd, Chée, Pl., r., str., stwg, ln...), upper/lower case, accents
   dropped, a typo in the name, the number as 5A / 5 bte 2 / 5/2 / 5 bus 2, the postcode missing (the municipality
   in French, Dutch or an old name instead) or both missing, number before the street. Found = exact, interpolated
   or street match; within 100 m = distance to the true point. Goals: ≤ 0.1 s per 100 addresses (phacochr, the
   R reference, takes 0.4–0.8 s per 100), ≥ 97 % found, ≥ 97.6 % within 100 m.

Run: .venv/bin/python bench/geocoding.py [--addresses 10000] [--load-rows 850000] [--skip-load] [--seed 7]
     [--fuzzy difflib] [--show-misses 20]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brussels_creative.core.intake import geocoding  # noqa: E402
from brussels_creative.core.intake.address_reference import read_best_csv, write_reference  # noqa: E402
from brussels_creative.core.intake.geocoding import AddressReference, Geocoder  # noqa: E402
from brussels_creative.core.sample.best import write_best_csv  # noqa: E402
from brussels_creative.core.store import taxonomy  # noqa: E402
from brussels_creative.core.store.ecosystem import EcosystemStore  # noqa: E402

STREETS = ROOT / "tests" / "data" / "brussels_streets_best.csv"
RESULTS = ROOT / "bench" / "results"
DATA_VERSION = 2

FR_ABBREVIATIONS = {"Avenue": ["Av.", "Av", "Ave"], "Boulevard": ["Bd", "Bld", "Bd."], "Chaussée": ["Chée", "Ch."],
                    "Place": ["Pl.", "Pl"], "Square": ["Sq.", "Sq"], "Rue": ["R.", "Rue"], "Route": ["Rte"],
                    "Saint": ["St"], "Sainte": ["Ste"]}
NL_ABBREVIATIONS = {"straat": ["str.", "str"], "steenweg": ["stwg", "stw.", "steenw."], "laan": ["ln", "ln."],
                    "plein": ["pln", "pl."], "Sint": ["St"]}
OTHER_NAMES = {"1020": ["Laeken", "Laken", "Bruxelles", "Brussel"], "1120": ["Neder-Over-Heembeek", "Brussel"],
               "1130": ["Haren"], "1000": ["Bruxelles", "Brussel", "Bruxelles-Ville", "Brussels"]}


def best_csv(rows_goal: int, seed: int = 1) -> tuple[Path, int]:
    """The cached BeST-shaped CSV with about rows_goal rows."""
    # about 0.88 × 1.14 points per number slot, numbers uniform in 4..max over 5 117 streets
    max_number = max(8, int(2 * rows_goal / (5117 * 1.0) - 4))
    path = RESULTS / f"best-synthetic-{max_number}-seed{seed}-v{DATA_VERSION}.csv"
    RESULTS.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        print(f"writing {path.name} ...", flush=True)
        temporary = path.with_suffix(".tmp")
        write_best_csv(STREETS, temporary, max_number=max_number, seed=seed)
        temporary.replace(path)
    with path.open(encoding="utf-8") as handle:
        count = sum(1 for _ in handle) - 1
    return path, count


def bench_load(csv_path: Path, count: int) -> dict:
    """Time our loader and ogr2ogr on the same CSV."""
    target = RESULTS / "geocoding-load.gpkg"
    EcosystemStore.create(target, overwrite=True).close()
    start = time.perf_counter()
    rows = read_best_csv(csv_path)
    counts = write_reference(target, rows)
    ours = time.perf_counter() - start
    del rows
    ogr_target = RESULTS / "geocoding-load-ogr2ogr.gpkg"
    ogr_target.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(
        ["ogr2ogr", "-f", "GPKG", str(ogr_target), str(csv_path), "-nln", "address_points", "-a_srs", "EPSG:31370",
         "-oo", "X_POSSIBLE_NAMES=EPSG:31370_x", "-oo", "Y_POSSIBLE_NAMES=EPSG:31370_y", "-oo", "KEEP_GEOM_COLUMNS=NO",
         "-gt", "65536"],
        check=True, capture_output=True,
    )
    reference = time.perf_counter() - start
    return {"rows": count, "loaded": counts["address_points"], "streets": counts["streets"], "ours": ours,
            "ogr2ogr": reference, "ratio": ours / reference, "path": target}


def _abbreviate(name: str, rng: random.Random, table: dict[str, list[str]]) -> str:
    for word, shorts in table.items():
        if rng.random() < 0.5:
            continue
        if word[0].isupper():
            name = re.sub(rf"\b{word}\b", rng.choice(shorts), name, count=1)
        elif name.endswith(word):
            name = name[: -len(word)] + rng.choice(shorts)
    return name


def _typo(name: str, rng: random.Random) -> str:
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 5:
        return name
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.33:
        word = word[:i] + word[i + 1:]
    elif kind < 0.66:
        word = word[:i] + rng.choice("aeiourstnl") + word[i + 1:]
    else:
        word = word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
    words[longest] = word
    return " ".join(words)


def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def noisy_addresses(reference: AddressReference, n: int, seed: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """n real addresses of the reference, written with people's habits, and their true points."""
    rng = random.Random(seed)
    municipalities = {m.nis: m for m in taxonomy.MUNICIPALITIES}
    picks = rng.sample(range(len(reference.x)), n)
    texts = []
    for i in picks:
        street = reference.streets[int(reference.street[i])]
        postcode, nis, fr, nl = street[1], street[2], street[3], street[4]
        language = rng.random()
        if language < 0.5 and fr:
            name = _abbreviate(fr, rng, FR_ABBREVIATIONS) if rng.random() < 0.5 else fr
        elif language < 0.9 and nl:
            name = _abbreviate(nl, rng, NL_ABBREVIATIONS) if rng.random() < 0.5 else nl
        else:
            name = f"{fr} - {nl}" if fr and nl else (fr or nl)
        if rng.random() < 0.15:
            name = _typo(name, rng)
        number = reference.house_number[i]
        box = reference.box_number[i]
        if box:
            number += rng.choice([f" bte {box}", f"/{box}", f" bus {box}", f" boîte {box}", ""])
        municipality = municipalities.get(nis)
        place_names = OTHER_NAMES.get(postcode) or [municipality.name_fr, municipality.name_nl] if municipality else []
        where = rng.random()
        if where < 0.70:
            tail = f", {postcode} {rng.choice(place_names)}" if place_names and rng.random() < 0.7 else f", {postcode}"
        elif where < 0.93:
            tail = f", {rng.choice(place_names)}" if place_names else ""
        else:
            tail = ""
        text = f"{number} {name}{tail}" if rng.random() < 0.05 else f"{name} {number}{tail}"
        case = rng.random()
        if case < 0.1:
            text = text.upper()
        elif case < 0.2:
            text = text.lower()
        if rng.random() < 0.15:
            text = _strip_accents(text)
        texts.append(text)
    index = np.array(picks)
    return texts, reference.x[index], reference.y[index]


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--addresses", type=int, default=10_000)
    parser.add_argument("--load-rows", type=int, default=850_000)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--fuzzy", choices=("rapidfuzz", "difflib"), default=None,
                        help="force the fuzzy matcher (difflib: as without rapidfuzz installed)")
    args = parser.parse_args()
    if args.fuzzy:
        geocoding.FUZZY_BACKEND = args.fuzzy
    if shutil.which("ogr2ogr") is None and not args.skip_load:
        sys.exit("ogr2ogr is needed for the load comparison (or use --skip-load)")
    csv_path, count = best_csv(args.load_rows)
    if args.skip_load:
        target = RESULTS / "geocoding-load.gpkg"
        if not target.exists():
            EcosystemStore.create(target, overwrite=True).close()
            write_reference(target, read_best_csv(csv_path))
    else:
        load = bench_load(csv_path, count)
        target = load["path"]
        print(f"load_address_reference, {load['rows']} BeST rows ({load['loaded']} points, {load['streets']} streets): "
              f"ours {load['ours']:.2f} s, ogr2ogr {load['ogr2ogr']:.2f} s, ratio {load['ratio']:.2f} (goal ≤ 1.5) "
              f"{'PASS' if load['ratio'] <= 1.5 else 'MISS'}")
    start = time.perf_counter()
    reference = AddressReference.from_gpkg(target)
    read = time.perf_counter() - start
    start = time.perf_counter()
    geocoder = Geocoder(reference)
    build = time.perf_counter() - start
    texts, true_x, true_y = noisy_addresses(reference, args.addresses, args.seed)
    start, cpu = time.perf_counter(), time.process_time()
    result = geocoder.geocode(free_text=texts)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    found = np.isin(np.array(result.match_type), ["exact", "interpolated", "street"])
    distance = np.hypot(result.x - true_x, result.y - true_y)
    within = np.nan_to_num(distance, nan=np.inf) <= 100.0
    per_100 = 100.0 * elapsed / len(texts)
    kinds = {kind: result.match_type.count(kind) for kind in ("exact", "interpolated", "street", "postcode", "none")}
    print(f"reference read {read:.2f} s, matcher built {build:.2f} s (fuzzy: {geocoding.FUZZY_BACKEND})")
    print(f"geocoding {len(texts)} noisy addresses: {elapsed:.2f} s = {per_100:.4f} s per 100 (goal ≤ 0.1; phacochr "
          f"0.4–0.8) {'PASS' if per_100 <= 0.1 else 'MISS'}; CPU {100 * cpu / len(texts):.4f} s per 100")
    print(f"found (exact/interpolated/street): {100 * found.mean():.2f} % (goal ≥ 97) "
          f"{'PASS' if found.mean() >= 0.97 else 'MISS'}")
    print(f"within 100 m of the truth: {100 * within.mean():.2f} % (goal ≥ 97.6) "
          f"{'PASS' if within.mean() >= 0.976 else 'MISS'}")
    print(f"match types: {kinds}; wrong place (found but > 100 m): {int((found & ~within).sum())}")
    for i in np.flatnonzero(~within)[: args.show_misses].tolist():
        print(f"  {texts[i]!r} -> {result.match_type[i]} {result.address_fr[i]!r} {distance[i]:.0f} m: "
              f"{result.reason[i]}")


if __name__ == "__main__":
    main()
