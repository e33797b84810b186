#!/usr/bin/env python3
"""Generate the Hà Tĩnh 2026 scenario (Scenarios/ha-tinh-2026/): the province's own CCHC inspection plan after the
2025 reform (no district level; the Department of Home Affairs, Sở Nội vụ, inspects the 69 commune-level units).

    python3 -m pip install vietnam-provinces         # the current administrative divisions as data (PyPI)
    python3 Scripts/generate-ha-tinh-2026.py          # rewrite units.csv and teams.csv, byte for byte
    python3 Scripts/generate-ha-tinh-2026.py --check  # print the counts; writes nothing

The 69 names and codes (60 xã, 9 phường) come from the `vietnam-provinces` package (province code 42). Everything
else — clusters, priorities, last inspection years, health stations, teams and their members — is ILLUSTRATIVE, drawn
from `random.Random(seed)` in a fixed order, so the output depends only on the seed and the package's data.
Files are UTF-8 (NFC, no BOM) with "\\n" line endings.
"""

import argparse
import csv
import io
import os
import random
import sys
import unicodedata

PROVINCE_CODE = 42
DEFAULT_SEED = 2026
CLUSTERS = ["Cụm 1", "Cụm 2", "Cụm 3"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phan", "Võ", "Đặng", "Hoàng", "Bùi", "Đinh", "Hồ"]
MIDDLE = ["Văn", "Thị", "Đình", "Hữu", "Quang", "Minh", "Thu", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Tâm"]


def ha_tinh_units():
    """The commune-level units of Hà Tĩnh, sorted by their official code: (code, name, kind)."""
    import vietnam_provinces as vp

    wards = [w for w in vp.Ward.iter_all() if int(w.province_code) == PROVINCE_CODE]
    out = []
    for w in sorted(wards, key=lambda w: int(w.code)):
        kind = {"xã": "commune", "phường": "ward"}[w.division_type.value]
        out.append((int(w.code), unicodedata.normalize("NFC", w.name), kind, w.codename.replace("_", "-")))
    return out, vp.__data_version__


def person(rng):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def build(seed):
    rng = random.Random(seed)
    units, version = ha_tinh_units()
    size = -(-len(units) // len(CLUSTERS))
    rows = []
    for i, (code, name, kind, slug) in enumerate(units):
        cluster = CLUSTERS[i // size]
        priority = rng.choice([1, 1, 2, 3])  # ILLUSTRATIVE
        last = rng.choice(["", "2023", "2024", "2025"])  # ILLUSTRATIVE (inspections of the former units)
        rows.append([slug, name, kind, "", cluster, priority, last, f"Mã ĐVHC {code} (vietnam-provinces {version})"])
        station = f"Trạm Y tế {name.replace('Phường ', 'phường ').replace('Xã ', 'xã ')}"
        rows.append([f"tyt-{slug}", station, "health-station", slug, cluster, 1, "", "Minh họa"])
    teams = []
    for c, cluster in enumerate(CLUSTERS):
        for t in range(2):
            members = [person(rng) + " (Sở Nội vụ - Trưởng đoàn)"] + [person(rng) for _ in range(3)]
            teams.append([f"T{2 * c + t + 1}", f"Đoàn kiểm tra số {2 * c + t + 1} ({cluster})", 2, ";".join(members), cluster])
    return rows, teams, units


def csv_text(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return unicodedata.normalize("NFC", buffer.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Scenarios", "ha-tinh-2026"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    rows, teams, units = build(args.seed)
    xa = sum(1 for u in units if u[2] == "commune")
    phuong = sum(1 for u in units if u[2] == "ward")
    print(f"{len(units)} units: {xa} xã, {phuong} phường; {len(rows)} rows; {len(teams)} teams", file=sys.stderr)
    if (xa, phuong) != (60, 9):
        sys.exit("expected 60 xã and 9 phường")
    if args.check:
        return
    files = {
        "units.csv": csv_text(["code", "name", "kind", "commune", "region", "priority", "last_inspected", "note"], rows),
        "teams.csv": csv_text(["code", "name", "days_per_week", "members", "region"], teams),
    }
    for name, text in files.items():
        path = os.path.join(args.out, name)
        with open(path + ".tmp", "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
