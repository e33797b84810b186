#!/usr/bin/env python3
"""Generate the Hà Tĩnh 2026 scenario (Scenarios/ha-tinh-2026/): the province's own CCHC inspection plan after the
2025 reform (no district level; the Department of Home Affairs, Sở Nội vụ, inspects the 69 commune-level units).

    python3 -m pip install vietnam-provinces         # the current administrative divisions as data (PyPI)
    python3 Scripts/generate-ha-tinh-2026.py          # rewrite units.csv, teams.csv, positions.csv and staff.csv
    python3 Scripts/generate-ha-tinh-2026.py --check  # print the counts; writes nothing

The 69 names and codes (60 xã, 9 phường) come from the `vietnam-provinces` package (province code 42). Everything
else — clusters, priorities, last inspection years, health stations, teams and their members, the post framework
and the staff roster — is ILLUSTRATIVE, drawn from `random.Random(seed)` (the roster from its own generator seeded
with seed + 1) in a fixed order, so the output depends only on the seed and the package's data.

Every unit was formed by the 2025 reorganisation on 1/7/2025 (`merged_on`), so the staffing rules of the two-tier
local government apply to it. The roster has commune-level officials only (cán bộ, công chức): the part-time posts
(người hoạt động không chuyên trách) of the former communes ended with the reform.
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
REFORM_DATE = "2025-07-01"
AS_OF_YEAR = 2026
# ILLUSTRATIVE post framework of a commune-level unit of the two-tier local government, 32 posts in all (the reform's
# average number of officials per new commune): (post, category, approved). Wards name their economic office
# "Phòng Kinh tế, Hạ tầng và Đô thị".
POSTS = [
    ("Bí thư Đảng ủy", "cadre", 1),
    ("Phó Bí thư Đảng ủy", "cadre", 1),
    ("Chủ tịch HĐND", "cadre", 1),
    ("Phó Chủ tịch HĐND", "cadre", 1),
    ("Chủ tịch UBND", "cadre", 1),
    ("Phó Chủ tịch UBND", "cadre", 2),
    ("Chủ tịch Ủy ban MTTQ Việt Nam", "cadre", 1),
    ("Phó Chủ tịch Ủy ban MTTQ Việt Nam", "cadre", 2),
    ("Chánh Văn phòng HĐND và UBND", "civil-servant", 1),
    ("Phó Chánh Văn phòng HĐND và UBND", "civil-servant", 1),
    ("Trưởng phòng {economy}", "civil-servant", 1),
    ("Phó Trưởng phòng {economy}", "civil-servant", 1),
    ("Trưởng phòng Văn hóa - Xã hội", "civil-servant", 1),
    ("Phó Trưởng phòng Văn hóa - Xã hội", "civil-servant", 1),
    ("Chuyên viên Văn phòng HĐND và UBND", "civil-servant", 5),
    ("Chuyên viên Phòng {economy}", "civil-servant", 6),
    ("Chuyên viên Phòng Văn hóa - Xã hội", "civil-servant", 5),
]
ECONOMY = {"commune": "Kinh tế", "ward": "Kinh tế, Hạ tầng và Đô thị"}
WOMEN_GIVEN = ["Dung", "Giang", "Hà", "Lan", "Mai", "Phương", "Tâm", "Hằng", "Thảo", "Hương"]
MEN_GIVEN = ["An", "Bình", "Cường", "Hùng", "Long", "Nam", "Sơn", "Tuấn", "Dũng", "Quang"]
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
        rows.append(
            [slug, name, kind, "", cluster, priority, last, REFORM_DATE, f"Mã ĐVHC {code} (vietnam-provinces {version})"]
        )
        station = f"Trạm Y tế {name.replace('Phường ', 'phường ').replace('Xã ', 'xã ')}"
        rows.append([f"tyt-{slug}", station, "health-station", slug, cluster, 1, "", "", "Minh họa"])
    teams = []
    for c, cluster in enumerate(CLUSTERS):
        for t in range(2):
            members = [person(rng) + " (Sở Nội vụ - Trưởng đoàn)"] + [person(rng) for _ in range(3)]
            teams.append([f"T{2 * c + t + 1}", f"Đoàn kiểm tra số {2 * c + t + 1} ({cluster})", 2, ";".join(members), cluster])
    return rows, teams, units


def post_name(template, kind):
    return template.format(economy=ECONOMY[kind])


def positions_rows():
    """The framework lines, by unit kind: (unit, kind, position, category, approved, qualification)."""
    return [
        ["", kind, post_name(post, kind), category, approved, "university"]
        for kind in ("commune", "ward")
        for post, category, approved in POSTS
    ]


def staff_member(rng, number, unit, kind, post, category):
    """One ILLUSTRATIVE person holding `post` at `unit`."""
    gender = rng.choice(["M", "M", "F"])
    given = rng.choice(MEN_GIVEN if gender == "M" else WOMEN_GIVEN)
    middle = rng.choice(["Văn", "Đình", "Hữu", "Quang", "Minh"] if gender == "M" else ["Thị", "Thu", "Ngọc"])
    name = f"{rng.choice(SURNAMES)} {middle} {given}"
    # Born 1968-2000: the oldest reach retirement age within the five years after the reform.
    year = rng.randint(1968, 2000)
    birth = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    age = AS_OF_YEAR - year
    insurance = round(max(0.5, min(age - 23 + rng.uniform(-2, 1), 35)), 1)
    leader = not post.startswith("Chuyên viên")
    salary = round(rng.choice([3.66, 3.99, 4.32, 4.65, 4.98]) if leader else rng.choice([2.34, 2.67, 3.0, 3.33, 3.66]), 2)
    allowance = rng.choice([0.2, 0.25, 0.3]) if leader else 0
    draw = rng.random()
    rating = "Hoàn thành xuất sắc nhiệm vụ" if draw < 0.15 else "Hoàn thành tốt nhiệm vụ" if draw < 0.8 else (
        "Hoàn thành nhiệm vụ" if draw < 0.97 else "Không hoàn thành nhiệm vụ"
    )
    volunteer = "yes" if rng.random() < 0.04 else ""
    meets = "no" if rng.random() < 0.03 else "yes"
    return [
        f"HT{number:04d}", name, unit, post, category, gender, birth, insurance, salary, allowance, "university", "",
        volunteer, rating, meets, "",
    ]


def staff_rows(units, seed):
    """The ILLUSTRATIVE roster: every post filled; a unit formed from several former communes (about two in three)
    keeps 1 to 4 more officials than its framework, others have 0 to 2 posts vacant."""
    rng = random.Random(seed + 1)
    rows = []
    for code, name, kind, slug in units:
        surplus = rng.choice([-2, -1, 0, 0, 1, 1, 2, 2, 3, 4])
        holders = [(post_name(p, kind), c) for p, c, n in POSTS for _ in range(n)]
        if surplus < 0:
            specialists = [i for i, (p, _) in enumerate(holders) if p.startswith("Chuyên viên")]
            for i in sorted(rng.sample(specialists, -surplus), reverse=True):
                del holders[i]
        for _ in range(max(surplus, 0)):
            # A surplus official holds a post the unit already has (the former communes each had one).
            holders.append(rng.choice(holders))
        for post, category in holders:
            rows.append(staff_member(rng, len(rows) + 1, slug, kind, post, category))
    return rows


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
    staff = staff_rows(units, args.seed)
    print(f"{len(staff)} staff on {len(units)} units", file=sys.stderr)
    files = {
        "units.csv": csv_text(
            ["code", "name", "kind", "commune", "region", "priority", "last_inspected", "merged_on", "note"], rows
        ),
        "teams.csv": csv_text(["code", "name", "days_per_week", "members", "region"], teams),
        "positions.csv": csv_text(["unit", "kind", "position", "category", "approved", "qualification"], positions_rows()),
        "staff.csv": csv_text(
            [
                "id", "name", "unit", "position", "category", "gender", "birth_date", "insurance_years",
                "salary_coefficient", "allowance_coefficient", "qualification", "leaving", "volunteer", "rating",
                "meets_standard", "average_salary_coefficient",
            ],
            staff,
        ),
    }
    for name, text in files.items():
        path = os.path.join(args.out, name)
        with open(path + ".tmp", "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
