#!/usr/bin/env python3
"""Generate the shipped Thạch Hà 2022 scenario (Scenarios/thach-ha-2022/) from public facts and a seeded generator.

    python3 Scripts/generate-thach-ha.py            # rewrite the committed files (seed 2022), byte for byte
    python3 Scripts/generate-thach-ha.py --check    # print the self-check (counts, quotas, capacity); writes nothing
    python3 Scripts/generate-thach-ha.py --seed 7 --out /tmp/th7   # another illustrative roster elsewhere

Real names and public figures are the tables below (sources in Scenarios/thach-ha-2022/README.md and
docs/legal-sources.md §7). Everything marked ILLUSTRATIVE is synthetic: it is drawn from `random.Random(seed)`
in a fixed order, so the output depends only on the seed (no clock, no hash order, stdlib only).
Files are UTF-8 (NFC, no BOM) with "\n" line endings.
"""

import argparse
import csv
import io
import math
import os
import random
import sys
import unicodedata
from datetime import date, timedelta

YEAR = 2022
DEFAULT_SEED = 2022
AS_OF = date(2022, 1, 1)
MERGED_ON = "2020-01-01"

# --------------------------------------------------------------------------------------------------------------
# Public facts (docs/legal-sources.md §7.1) and illustrative attributes.
# (code, name, kind, region, class, population, area_km2, merged_from, facts_note)
# Region: "Phía Đông" = the 11 communes moved to Hà Tĩnh city on 1/1/2025 (NQ 1283/NQ-UBTVQH15); "Phía Tây" = the rest.
# Classes, populations and areas are ILLUSTRATIVE except TT Thạch Hà's population and area (public, §7.1);
# the eastern 11 are scaled so that they add up to the public 2024 totals 81,620 people and 138.71 km².
EAST, WEST = "Phía Đông", "Phía Tây"
COMMUNES = [
    ("tt-thach-ha", "Thị trấn Thạch Hà", "town", WEST, "I", 13647, 14.93, ["Thị trấn Thạch Hà", "Thạch Thanh"]),
    ("ngoc-son", "Ngọc Sơn", "commune", WEST, "II", 7900, 22.5, []),
    ("thach-hai", "Thạch Hải", "commune", EAST, "II", 8900, 11.8, []),
    ("thach-kenh", "Thạch Kênh", "commune", WEST, "III", 6100, 10.4, []),
    ("thach-son", "Thạch Sơn", "commune", WEST, "III", 5400, 8.7, []),
    ("thach-lien", "Thạch Liên", "commune", WEST, "III", 4800, 9.6, []),
    ("dinh-ban", "Đỉnh Bàn", "commune", EAST, "II", 9800, 11.2, ["Thạch Đỉnh", "Thạch Bàn"]),
    ("viet-tien", "Việt Tiến", "commune", WEST, "II", 10200, 20.8, ["Thạch Tiến", "Phù Việt", "Việt Xuyên"]),
    ("thach-khe", "Thạch Khê", "commune", EAST, "II", 9400, 13.5, []),
    ("thach-long", "Thạch Long", "commune", WEST, "II", 6300, 10.2, []),
    ("thach-tri", "Thạch Trị", "commune", EAST, "II", 7200, 14.3, []),
    ("thach-lac", "Thạch Lạc", "commune", EAST, "II", 6500, 12.0, []),
    ("thach-ngoc", "Thạch Ngọc", "commune", WEST, "II", 7600, 21.0, []),
    ("tuong-son", "Tượng Sơn", "commune", EAST, "III", 6200, 17.0, []),
    ("thach-van", "Thạch Văn", "commune", EAST, "III", 5300, 13.1, []),
    ("luu-vinh-son", "Lưu Vĩnh Sơn", "commune", WEST, "I", 12500, 38.0, ["Thạch Lưu", "Thạch Vĩnh", "Bắc Sơn"]),
    ("thach-thang", "Thạch Thắng", "commune", EAST, "III", 5100, 9.8, []),
    ("thach-dai", "Thạch Đài", "commune", EAST, "II", 8300, 9.0, []),
    ("thach-hoi", "Thạch Hội", "commune", EAST, "III", 5600, 10.6, []),
    ("tan-lam-huong", "Tân Lâm Hương", "commune", EAST, "I", 11900, 16.5, ["Thạch Tân", "Thạch Lâm", "Thạch Hương"]),
    ("thach-xuan", "Thạch Xuân", "commune", WEST, "II", 9100, 62.5, []),
    ("nam-dien", "Nam Điền", "commune", WEST, "II", 8700, 30.4, ["Thạch Điền", "Nam Hương"]),
]
EAST_TOTAL_POPULATION = 81620   # 2024, the 11 eastern communes (NQ 1283/NQ-UBTVQH15 reporting)
EAST_TOTAL_AREA = 138.71

# Communes with a combined primary + lower-secondary school (ILLUSTRATIVE).
COMBINED_SCHOOL = {"thach-lien", "thach-thang", "thach-hoi"}

# District public service units directly under UBND huyện ([U]: the typical Hà Tĩnh set, not confirmed for Thạch Hà).
CENTRES = [
    ("ttvhtt", "Trung tâm Văn hóa - Truyền thông huyện Thạch Hà"),
    ("ttudkhkt", "Trung tâm Ứng dụng khoa học kỹ thuật và Bảo vệ cây trồng vật nuôi huyện Thạch Hà"),
    ("bqlda", "Ban Quản lý dự án đầu tư xây dựng huyện Thạch Hà"),
    ("ttgdnn-gdtx", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Thạch Hà"),
]

# Inspection history and flags (ILLUSTRATIVE). Commune last inspections: 2019 means due under rotation_years 3.
COMMUNE_LAST_INSPECTED = {
    "tt-thach-ha": 2021, "ngoc-son": 2020, "thach-hai": 2021, "thach-kenh": 2020, "thach-son": 2021,
    "thach-lien": 2019, "dinh-ban": 2021, "viet-tien": 2020, "thach-khe": 2020, "thach-long": 2019,
    "thach-tri": 2021, "thach-lac": 2020, "thach-ngoc": 2021, "tuong-son": 2020, "thach-van": 2019,
    "luu-vinh-son": 2021, "thach-thang": 2020, "thach-dai": 2021, "thach-hoi": 2020, "tan-lam-huong": 2020,
    "thach-xuan": 2021, "nam-dien": 2021,
}
# Low commune CCHC-index results in 2021 (ILLUSTRATIVE): higher priority.
LOW_INDEX = {"nam-dien": 3.0, "thach-hoi": 2.0, "thach-van": 2.0, "thach-ngoc": 1.5}
MUST_INSPECT = {"nam-dien": "Chỉ số CCHC 2021 thấp nhất huyện",
                "bqlda": "Phản ánh chậm giải quyết hồ sơ đầu tư xây dựng"}
EXCLUDED = {"mn-thach-thanh": "Đang sáp nhập vào Trường Mầm non Thị trấn Thạch Hà"}

ROTATION_YEARS = 3
SEASON = (date(2022, 4, 1), date(2022, 11, 30))
# 2022 public holidays as in force (Labour Code 2019): the builtin list plus the official compensatory days.
HOLIDAYS_2022_BUILTIN = [date(2022, 1, 1), date(2022, 1, 31), date(2022, 2, 1), date(2022, 2, 2), date(2022, 2, 3),
                         date(2022, 2, 4), date(2022, 4, 10), date(2022, 4, 30), date(2022, 5, 1),
                         date(2022, 9, 1), date(2022, 9, 2)]
HOLIDAYS_EXTRA = [date(2022, 1, 3), date(2022, 4, 11), date(2022, 5, 2), date(2022, 5, 3)]  # nghỉ bù (compensatory)

BLACKOUTS = [  # (selector key, values, from, to, reason)
    ("kinds", ["school"], date(2022, 6, 1), date(2022, 8, 31), "Nghỉ hè của học sinh"),
    ("kinds", ["school"], date(2022, 9, 1), date(2022, 9, 9), "Chuẩn bị và tổ chức khai giảng năm học 2022-2023 (5/9)"),
    ("units", ["thach-xuan", "thach-ngoc"], date(2022, 9, 12), date(2022, 9, 23),
     "Đón đoàn thẩm định xã đạt chuẩn nông thôn mới nâng cao"),
]

TEAMS = [  # (code, name, days_per_week, members, excluded_units)
    ("T1", "Đoàn kiểm tra số 1 (Phòng Nội vụ chủ trì)", 2,
     ["Phan Văn Hùng (Trưởng phòng Nội vụ - Trưởng đoàn)", "Nguyễn Thị Thu Hà (Phòng Nội vụ)",
      "Lê Đình Tuấn (Văn phòng HĐND-UBND)", "Trần Thị Hương (Phòng Tư pháp)", "Võ Văn Long (Phòng Tài chính-Kế hoạch)"],
     []),
    ("T2", "Đoàn kiểm tra số 2 (Phó Trưởng phòng Nội vụ chủ trì)", 2,
     ["Đặng Quang Minh (Phó Trưởng phòng Nội vụ - Trưởng đoàn)", "Hoàng Thị Lan (Phòng Nội vụ)",
      "Bùi Văn Thắng (Phòng Văn hóa-Thông tin)", "Nguyễn Hữu Dũng (Phòng Tư pháp)"],
     ["thach-lien"]),  # a member's spouse chairs UBND xã Thạch Liên: conflict of interest
    ("T3", "Đoàn kiểm tra số 3 (Văn phòng HĐND-UBND chủ trì, đợt 2)", 2,
     ["Trần Đình Phong (Phó Chánh Văn phòng HĐND-UBND - Trưởng đoàn)", "Hồ Thị Ngọc Anh (Phòng Nội vụ)",
      "Dương Văn Bình (Phòng Tài chính-Kế hoạch)", "Lê Thị Mai (Phòng Văn hóa-Thông tin)"],
     []),
]
UNAVAILABILITY = [  # (team, from, to, reason) ILLUSTRATIVE
    ("T1", date(2022, 4, 1), date(2022, 4, 15), "Xây dựng kế hoạch, tập huấn đoàn kiểm tra"),
    ("T1", date(2022, 5, 23), date(2022, 6, 3), "Tổ chức thi tuyển công chức cấp xã năm 2022"),
    ("T1", date(2022, 6, 20), date(2022, 7, 15), "Sơ kết 6 tháng; chuẩn bị kỳ họp HĐND huyện giữa năm"),
    ("T1", date(2022, 7, 18), date(2022, 8, 5), "Nghỉ phép hè"),
    ("T1", date(2022, 8, 22), date(2022, 9, 9), "Học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII"),
    ("T1", date(2022, 10, 3), date(2022, 10, 21), "Phòng, chống và khắc phục hậu quả mưa lũ"),
    ("T1", date(2022, 11, 7), date(2022, 11, 30), "Tổng kết năm; tự đánh giá, chấm điểm Chỉ số CCHC"),
    ("T2", date(2022, 4, 1), date(2022, 4, 29), "Kiểm tra, rà soát văn bản quy phạm pháp luật quý I"),
    ("T2", date(2022, 5, 9), date(2022, 5, 13), "Tiếp công dân, giải quyết đơn thư trước kỳ họp HĐND"),
    ("T2", date(2022, 6, 6), date(2022, 6, 17), "Đại hội Đoàn TNCS Hồ Chí Minh huyện, nhiệm kỳ 2022-2027"),
    ("T2", date(2022, 7, 4), date(2022, 8, 12), "Nghỉ phép hè"),
    ("T2", date(2022, 8, 15), date(2022, 9, 9), "Tổ chức kỷ niệm Cách mạng tháng Tám và Quốc khánh 2/9"),
    ("T2", date(2022, 9, 19), date(2022, 9, 30), "Tập huấn nghiệp vụ tại tỉnh"),
    ("T2", date(2022, 10, 3), date(2022, 10, 21), "Phòng, chống và khắc phục hậu quả mưa lũ"),
    ("T2", date(2022, 11, 21), date(2022, 11, 30), "Tổng kết năm"),
    ("T3", date(2022, 4, 1), date(2022, 8, 31), "Đoàn số 3 chỉ tham gia đợt 2 (từ tháng 9)"),
    ("T3", date(2022, 10, 3), date(2022, 10, 21), "Phòng, chống và khắc phục hậu quả mưa lũ"),
    ("T3", date(2022, 10, 24), date(2022, 11, 11), "Xây dựng dự toán ngân sách năm 2023"),
    ("T3", date(2022, 11, 21), date(2022, 11, 30), "Tổng kết năm"),
]
PINS = [  # (unit, team, date): inspections already announced
    ("thach-khe", "T1", date(2022, 4, 20)),
    ("th-thach-khe", "T1", date(2022, 4, 21)),
]

# --------------------------------------------------------------------------------------------------------------
# Staffing rules used by the generator (ND 34/2019, in force on 1/1/2022).
CBCC_QUOTA = {"I": 23, "II": 21, "III": 19}
PT_QUOTA = {"I": 14, "II": 12, "III": 10}
# Headcount offsets against the quota (ILLUSTRATIVE): merged units above quota, others at or slightly below
# (Hà Tĩnh kept part-time staff at about 9 per commune before ND 33/2023).
MERGED_SURPLUS = {  # code: (cbcc surplus, part-time surplus)
    "tt-thach-ha": (3, 1), "dinh-ban": (3, 0), "viet-tien": (5, 1),
    "luu-vinh-son": (6, 2), "tan-lam-huong": (5, 2), "nam-dien": (3, 1),
}

U, IM, NONE, COL = "university", "intermediate", "none", "college"
CADRE_POSITIONS = [  # (position, approved in class II frame, qualification, leadership allowance)
    ("Bí thư Đảng ủy", 1, U, 0.30),
    ("Phó Bí thư Đảng ủy", 1, U, 0.25),
    ("Chủ tịch HĐND", 1, U, 0.25),
    ("Phó Chủ tịch HĐND", 1, U, 0.20),
    ("Chủ tịch UBND", 1, U, 0.25),
    ("Phó Chủ tịch UBND", 1, U, 0.20),
    ("Chủ tịch Ủy ban MTTQ", 1, IM, 0.20),
    ("Bí thư Đoàn TNCS Hồ Chí Minh", 1, IM, 0.15),
    ("Chủ tịch Hội Liên hiệp Phụ nữ", 1, IM, 0.15),
    ("Chủ tịch Hội Nông dân", 1, IM, 0.15),
    ("Chủ tịch Hội Cựu chiến binh", 1, IM, 0.15),
]
DC_COMMUNE = "Địa chính - nông nghiệp - xây dựng và môi trường"
DC_TOWN = "Địa chính - xây dựng - đô thị và môi trường"
CS_POSITIONS = [  # class II frame (10 civil servants); the town uses DC_TOWN instead of DC_COMMUNE
    ("Chỉ huy trưởng Ban Chỉ huy Quân sự", 1, IM),
    ("Văn phòng - thống kê", 2, U),
    (DC_COMMUNE, 2, U),
    ("Tài chính - kế toán", 1, U),
    ("Tư pháp - hộ tịch", 2, U),
    ("Văn hóa - xã hội", 2, U),
]
PT_POSITIONS = [  # class II frame (12 part-time), with the allowance coefficient (ILLUSTRATIVE)
    ("Phó Chỉ huy trưởng Quân sự", 2, NONE, 1.3),
    ("Văn phòng Đảng ủy", 1, IM, 1.2),
    ("Tổ chức - kiểm tra - tuyên giáo Đảng ủy", 1, IM, 1.2),
    ("Phó Chủ tịch Ủy ban MTTQ", 1, NONE, 1.0),
    ("Phó Bí thư Đoàn TNCS Hồ Chí Minh", 1, NONE, 0.8),
    ("Phó Chủ tịch Hội Liên hiệp Phụ nữ", 1, NONE, 0.8),
    ("Phó Chủ tịch Hội Nông dân", 1, NONE, 0.8),
    ("Phó Chủ tịch Hội Cựu chiến binh", 1, NONE, 0.8),
    ("Thủ quỹ - văn thư - lưu trữ", 1, IM, 1.0),
    ("Thú y - khuyến nông", 2, IM, 1.0),
]
PT_RADIO = ("Phụ trách Đài truyền thanh", 1, NONE, 1.0)
# Class overrides (unit lines in positions.csv): class III drops 2 CBCC and 2 part-time; class I adds 2 and 2.
CLASS_III_OVERRIDES = [(DC_COMMUNE, "civil-servant", 1, U), ("Tư pháp - hộ tịch", "civil-servant", 1, U),
                       ("Phó Chỉ huy trưởng Quân sự", "part-time", 1, NONE), ("Thú y - khuyến nông", "part-time", 1, IM)]
CLASS_I_OVERRIDES = [("Phó Chủ tịch UBND", "cadre", 2, U), ("Tài chính - kế toán", "civil-servant", 2, U),
                     ("Văn phòng Đảng ủy", "part-time", 2, IM), (PT_RADIO[0], "part-time", 1, NONE)]
CENTRE_POSITIONS = [  # (position, category, approved, qualification, allowance)
    ("Giám đốc", "public-employee", 1, U, 0.40),
    ("Phó Giám đốc", "public-employee", 2, U, 0.30),
    ("Kế toán", "public-employee", 1, COL, 0.0),
    ("Viên chức chuyên môn", "public-employee", 5, U, 0.0),
    ("Nhân viên hợp đồng", "contract", 1, NONE, 0.0),
]
CENTRE_HEADCOUNT = {"ttvhtt": 8, "ttudkhkt": 7, "bqlda": 11, "ttgdnn-gdtx": 8}  # ILLUSTRATIVE, incl. 1 contract

POSITION_GENDER = {  # share of women by position (ILLUSTRATIVE); default 0.4
    "Chủ tịch Hội Liên hiệp Phụ nữ": 1.0, "Phó Chủ tịch Hội Liên hiệp Phụ nữ": 1.0,
    "Chỉ huy trưởng Ban Chỉ huy Quân sự": 0.0, "Phó Chỉ huy trưởng Quân sự": 0.0,
    "Chủ tịch Hội Cựu chiến binh": 0.0, "Phó Chủ tịch Hội Cựu chiến binh": 0.05,
    "Bí thư Đảng ủy": 0.1, "Chủ tịch UBND": 0.1, "Chủ tịch HĐND": 0.15, "Phó Bí thư Đảng ủy": 0.2,
    "Văn hóa - xã hội": 0.55, "Tài chính - kế toán": 0.65, "Văn phòng - thống kê": 0.6,
    "Thủ quỹ - văn thư - lưu trữ": 0.8, "Văn phòng Đảng ủy": 0.6, "Kế toán": 0.8,
    "Trưởng Công an xã (cũ)": 0.0, "Nhân viên hợp đồng": 0.3,
}
POSITION_BIRTH_YEARS = {  # (earliest, latest) birth year (ILLUSTRATIVE)
    "Bí thư Đảng ủy": (1964, 1980), "Phó Bí thư Đảng ủy": (1966, 1984), "Chủ tịch HĐND": (1964, 1980),
    "Phó Chủ tịch HĐND": (1966, 1986), "Chủ tịch UBND": (1966, 1982), "Phó Chủ tịch UBND": (1968, 1988),
    "Chủ tịch Ủy ban MTTQ": (1962, 1976), "Bí thư Đoàn TNCS Hồ Chí Minh": (1988, 1996),
    "Chủ tịch Hội Liên hiệp Phụ nữ": (1970, 1988), "Chủ tịch Hội Nông dân": (1962, 1978),
    "Chủ tịch Hội Cựu chiến binh": (1961, 1968), "Phó Bí thư Đoàn TNCS Hồ Chí Minh": (1992, 2000),
    "Phó Chủ tịch Hội Cựu chiến binh": (1961, 1970), "Phó Chủ tịch Hội Nông dân": (1962, 1985),
    "Giám đốc": (1966, 1980), "Phó Giám đốc": (1968, 1986), "Trưởng Công an xã (cũ)": (1962, 1975),
}
DEFAULT_BIRTH = {"cadre": (1964, 1988), "civil-servant": (1965, 1997), "part-time": (1962, 2000),
                 "public-employee": (1965, 1998), "contract": (1965, 2000)}

# Vietnamese names (họ weighted as in Hà Tĩnh; đệm and tên by gender).
SURNAMES = [("Nguyễn", 30), ("Trần", 13), ("Lê", 11), ("Phan", 8), ("Võ", 7), ("Hoàng", 4), ("Đặng", 4),
            ("Bùi", 3), ("Hồ", 4), ("Đinh", 2), ("Dương", 2), ("Ngô", 2), ("Thái", 2), ("Đào", 1), ("Cao", 2),
            ("Mai", 1), ("Đoàn", 1), ("Lưu", 1), ("Hà", 1), ("Phạm", 2), ("Đỗ", 1), ("Chu", 1)]
MIDDLE_M = ["Văn", "Văn", "Văn", "Đình", "Hữu", "Xuân", "Quang", "Minh", "Đức", "Công", "Trọng", "Thanh", "Viết",
            "Anh", "Tiến", "Ngọc", "Khắc", "Duy"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng", "Thị Thu", "Thị Minh", "Thùy",
            "Phương", "Thị Thanh"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Sơn", "Long", "Thắng", "Hòa", "Bình", "Cường", "Phong", "Quân",
           "Lâm", "Tùng", "Hiếu", "Trung", "Đạt", "Khánh", "Lợi", "Tiến", "Vinh", "Hưng", "Phúc", "Thành", "Quý",
           "Nghĩa", "Toàn", "Đức", "Huy", "Kiên", "Lực", "Mạnh", "Sáng", "Thịnh", "Việt", "Chiến", "Hoàn", "Linh",
           "Tâm", "An", "Hậu"]
GIVEN_F = ["Hương", "Lan", "Hoa", "Mai", "Linh", "Hà", "Nga", "Thủy", "Hằng", "Hạnh", "Oanh", "Trang", "Nhung",
           "Yến", "Phương", "Huyền", "Loan", "Hiền", "Thảo", "Vân", "Dung", "Quyên", "Tâm", "Liên", "Lý", "Thắm",
           "Giang", "Huế", "Nhàn", "Sương", "Tuyết", "Vy", "Ngân", "Châu"]

A1 = [2.34, 2.67, 3.00, 3.33, 3.66, 3.99, 4.32, 4.65, 4.98]          # every 3 years
A0 = [2.10, 2.41, 2.72, 3.03, 3.34, 3.65, 3.96, 4.27, 4.58, 4.89]    # every 3 years
B = [1.86, 2.06, 2.26, 2.46, 2.66, 2.86, 3.06, 3.26, 3.46, 3.66, 3.86, 4.06]  # every 2 years
QUAL_ORDER = ["none", "intermediate", "college", "university", "master", "doctorate"]


# --------------------------------------------------------------------------------------------------------------
# Helpers.
def nfc(s):
    return unicodedata.normalize("NFC", s)


def slug(text):
    t = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return "-".join(t.replace("&", " ").split())


def add_months(d, months):
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return date(y, m, min(d.day, last[m - 1]))


def end_of_month(d):
    return add_months(date(d.year, d.month, 1), 1) - timedelta(days=1)


def retirement_age_months(gender, year):
    """ND 135/2020 Art. 4: men 60y + 3m a year from 2021 (cap 62y); women 55y + 4m a year (cap 60y)."""
    if gender == "M":
        return min(60 * 12 + 3 * (year - 2020), 62 * 12)
    return min(55 * 12 + 4 * (year - 2020), 60 * 12)


def retirement_date(gender, birth):
    """End of the month in which the person reaches the age in force in the year they reach it (docs/legal-sources.md §4)."""
    for y in range(2021, 2100):
        reached = add_months(birth, retirement_age_months(gender, y))
        if reached.year == y:
            return end_of_month(reached)
        if reached.year < y:  # already past the age before this year's rule: the earlier year's rule applied
            return end_of_month(add_months(birth, retirement_age_months(gender, y - 1)))
    raise ValueError("no retirement date")


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([nfc(str(x)) for x in r])
    data = buf.getvalue().encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def fmt_num(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def yes(b):
    return "yes" if b else "no"


# --------------------------------------------------------------------------------------------------------------
# Units.
def scaled(values, total, digits):
    s = sum(values)
    out = [round(v * total / s, digits) for v in values]
    out[-1] = round(total - sum(out[:-1]), digits)
    return out


def build_units(rng):
    east = [c for c in COMMUNES if c[3] == EAST]
    pops = scaled([c[5] for c in east], EAST_TOTAL_POPULATION, 0)
    areas = scaled([c[6] for c in east], EAST_TOTAL_AREA, 2)
    east_fix = {c[0]: (int(p), a) for c, p, a in zip(east, pops, areas)}

    units = []   # dicts with every units.csv column
    communes = []
    for code, name, kind, region, klass, pop, area, merged in COMMUNES:
        if code in east_fix:
            pop, area = east_fix[code]
        prio = 1.0
        if merged:
            prio = 2.0
        prio = max(prio, LOW_INDEX.get(code, 1.0))
        full = name if kind == "town" else f"Xã {name}"
        notes = []
        if code == "tt-thach-ha":
            notes.append("Dân số, diện tích: số liệu công bố (sau sáp nhập xã Thạch Thanh)")
        if merged and code != "tt-thach-ha":
            notes.append("Sáp nhập theo NQ 819/NQ-UBTVQH14")
        if code in MUST_INSPECT:
            notes.append(MUST_INSPECT[code])
        u = dict(code=code, name=full, kind=kind, commune="", region=region, priority=prio,
                 last_inspected=COMMUNE_LAST_INSPECTED[code], must_inspect=code in MUST_INSPECT, exclude=False,
                 klass=klass, population=pop, area_km2=area, merged_on=MERGED_ON if merged else "",
                 merged_from=";".join(merged), school_level="", classes="", note="; ".join(notes))
        units.append(u)
        communes.append(u)

    def school(code, name, commune, level, klo, khi, region):
        classes = rng.randint(klo, khi)
        last = rng.choice(["", "", "", "", "", 2019, 2020, 2020, 2021, 2021, 2021, 2021])
        prio = rng.choice([1.0, 1.0, 1.0, 1.2, 1.5])
        u = dict(code=code, name=name, kind="school", commune=commune, region=region, priority=prio,
                 last_inspected=last, must_inspect=code in MUST_INSPECT, exclude=code in EXCLUDED, klass="",
                 population="", area_km2="", merged_on="", merged_from="", school_level=level, classes=classes,
                 note=EXCLUDED.get(code, ""))
        units.append(u)

    for c in communes:
        code, region = c["code"], c["region"]
        merged = c["merged_from"].split(";") if c["merged_from"] else []
        base = c["name"] if c["kind"] == "town" else c["name"][len("Xã "):]
        big = c["klass"] == "I"
        # Merged units keep one pre-school and one primary school per former commune (ILLUSTRATIVE, [U]).
        sites = merged if merged else [base]
        # Class counts (ILLUSTRATIVE): a former commune's school is small; the town's main schools are the largest.
        def span(site, lo, hi):
            if merged and site != base:
                return lo, max(lo, hi - 3)
            return (hi - 4, hi + 4) if c["kind"] == "town" else (lo, hi)
        for site in sites:
            s = slug(site)
            school(f"mn-{s}", f"Trường Mầm non {site}", code, "preschool", *span(site, 6, 12), region)
        if code in COMBINED_SCHOOL:
            school(f"ththcs-{slug(base)}", f"Trường TH&THCS {base}", code, "combined", 12, 18, region)
        else:
            for site in sites:
                s = slug(site)
                school(f"th-{s}", f"Trường Tiểu học {site}", code, "primary", *span(site, 10, 18), region)
            school(f"thcs-{slug(base)}", f"Trường THCS {base}", code, "lower-secondary",
                   *span(base, 8, 20 if big else 14), region)
    for c in communes:
        base = c["name"] if c["kind"] == "town" else c["name"][len("Xã "):]
        label = "thị trấn Thạch Hà" if c["kind"] == "town" else f"xã {base}"
        code = f"tyt-{slug(base)}"
        units.append(dict(code=code, name=f"Trạm Y tế {label}", kind="health-station", commune=c["code"],
                          region=c["region"], priority=rng.choice([1.0, 1.0, 1.0, 1.2]),
                          last_inspected=rng.choice(["", "", 2020, 2021, 2021]), must_inspect=False, exclude=False,
                          klass="", population="", area_km2="", merged_on="", merged_from="", school_level="",
                          classes="", note=""))
    for code, name in CENTRES:
        units.append(dict(code=code, name=name, kind="centre", commune="", region="",
                          priority=1.5 if code in MUST_INSPECT else 1.0,
                          last_inspected=rng.choice([2020, 2021]), must_inspect=code in MUST_INSPECT,
                          exclude=False, klass="", population="", area_km2="", merged_on="", merged_from="",
                          school_level="", classes="", note=MUST_INSPECT.get(code, "")))
    # Schools and stations last inspected in 2019 or earlier are due under rotation_years: keep that set small.
    return units


# --------------------------------------------------------------------------------------------------------------
# Positions (job-position framework).
def commune_frame(kind):
    """The kind line list: class II frame for communes, class I frame for the town."""
    lines = []
    for pos, n, q, _ in CADRE_POSITIONS:
        if kind == "town" and pos == "Phó Chủ tịch UBND":
            n = 2
        lines.append((pos, "cadre", n, q))
    for pos, n, q in CS_POSITIONS:
        if kind == "town":
            if pos == DC_COMMUNE:
                pos = DC_TOWN
            if pos == "Tài chính - kế toán":
                n = 2
        lines.append((pos, "civil-servant", n, q))
    for pos, n, q, _ in PT_POSITIONS:
        if kind == "town" and pos == "Văn phòng Đảng ủy":
            n = 2
        lines.append((pos, "part-time", n, q))
    if kind == "town":
        lines.append((PT_RADIO[0], "part-time", 1, PT_RADIO[2]))
    return lines


def unit_frame(u):
    """Effective framework of a commune-level unit: kind lines, replaced by the unit's own lines."""
    frame = {p: (p, c, n, q) for p, c, n, q in commune_frame(u["kind"])}
    for p, c, n, q in unit_override_lines(u):
        frame[p] = (p, c, n, q)
    return list(frame.values())


def unit_override_lines(u):
    if u["kind"] != "commune":
        return []
    if u["klass"] == "III":
        return CLASS_III_OVERRIDES
    if u["klass"] == "I":
        return CLASS_I_OVERRIDES
    return []


# Under ND 34/2019 Art. 2(1) the CBCC quota of a xã or thị trấn with a regular police officer in the commune police
# post is one lower (22/20/18); every Thạch Hà commune has one (`regular_police`), so the written framework drops one
# "Văn hóa - xã hội" post from the kind lines. The staff keep the posts they were drawn with (unit_frame), so the
# second holder of that post shows as one above the approved number: the real finding.
POLICE_FRAME_CUT = "Văn hóa - xã hội"


def positions_rows(units):
    rows = []
    for kind in ["commune", "town"]:
        for p, c, n, q in commune_frame(kind):
            rows.append(["", kind, p, c, n - 1 if p == POLICE_FRAME_CUT else n, q])
    for p, c, n, q, _ in CENTRE_POSITIONS:
        rows.append(["", "centre", p, c, n, q])
    for u in units:
        for p, c, n, q in unit_override_lines(u):
            rows.append([u["code"], "", p, c, n, q])
    return rows


# --------------------------------------------------------------------------------------------------------------
# Staff.
def weighted_choice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def person_name(rng, gender):
    sur = weighted_choice(rng, SURNAMES)
    mid = rng.choice(MIDDLE_M if gender == "M" else MIDDLE_F)
    given = rng.choice(GIVEN_M if gender == "M" else GIVEN_F)
    return f"{sur} {mid} {given}"


def draw_birth(rng, gender, lo, hi, near_retirement):
    """A birth date within [lo, hi] whose statutory retirement falls after AS_OF."""
    for _ in range(1000):
        if near_retirement:  # retires in 2022-2026 under ND 135/2020
            y = rng.randint(1961, 1965) if gender == "M" else rng.randint(1966, 1971)
        else:
            y = rng.randint(lo, hi)
        d = date(y, rng.randint(1, 12), rng.randint(1, 28))
        r = retirement_date(gender, d)
        if r <= AS_OF:
            continue
        if near_retirement and r.year > 2026:
            continue
        return d
    raise RuntimeError("could not draw a birth date")


def salary(rng, qual, service_years):
    if qual in ("university", "master", "doctorate"):
        scale, step_years = A1, 3
    elif qual == "college":
        scale, step_years = A0, 3
    else:
        scale, step_years = B, 2
    idx = int(service_years // step_years)
    if qual in ("master", "doctorate"):
        idx += 1
    if rng.random() < 0.15:  # late step (discipline, late appointment)
        idx -= 1
    return scale[max(0, min(idx, len(scale) - 1))]


def make_person(rng, pid, unit, position, category, required_qual, allowance, near_retirement=False,
                below_requirement=False):
    p_female = POSITION_GENDER.get(position, 0.4)
    gender = "F" if rng.random() < p_female else "M"
    lo, hi = POSITION_BIRTH_YEARS.get(position, DEFAULT_BIRTH[category])
    birth = draw_birth(rng, gender, lo, hi, near_retirement)
    age = (AS_OF - birth).days / 365.25
    # Qualification: usually meets the requirement; some leaders hold a master's; a few fall below.
    req_i = QUAL_ORDER.index(required_qual)
    if below_requirement and req_i > 0:
        qual = QUAL_ORDER[req_i - 1 if req_i > 1 else 0]
    elif required_qual == "university" and category == "cadre" and rng.random() < 0.18:
        qual = "master"
    elif required_qual in ("none", "intermediate") and rng.random() < 0.35:
        qual = rng.choice(["intermediate", "college", "university"])
    else:
        qual = required_qual if required_qual != "none" else rng.choice(["none", "intermediate"])
    # Working life and compulsory social insurance (years on 1/1/2022).
    start_age = rng.uniform(22.0, 30.0) if category != "part-time" else rng.uniform(20.0, 40.0)
    if position in ("Chủ tịch Hội Cựu chiến binh", "Phó Chủ tịch Hội Cựu chiến binh"):
        start_age = rng.uniform(19.0, 24.0)  # military service counts
    service = max(0.0, age - start_age)
    if category == "part-time":
        # Compulsory SI for commune part-time staff from 1/1/2016 (Law on Social Insurance 2014),
        # plus any earlier insured job for some.
        insured = min(service, 6.0) + (rng.uniform(0.0, 10.0) if rng.random() < 0.2 else 0.0)
        insured = min(insured, max(0.0, age - 18.0))
    else:
        insured = service - (rng.uniform(0.0, 2.0) if rng.random() < 0.2 else 0.0)
    if near_retirement and category != "part-time":
        insured = max(insured, rng.uniform(20.0, 33.0))
        insured = min(insured, age - 18.0)
    insured = round(max(0.0, insured), 1)
    if category in ("part-time",):
        sal = 0
    elif category == "contract":
        sal = salary(rng, "none", service)
    else:
        sal = salary(rng, qual, service)
    return dict(id=pid, name=person_name(rng, gender), unit=unit, position=position, category=category,
                gender=gender, birth_date=birth.isoformat(), insurance_years=insured, salary_coefficient=sal,
                allowance_coefficient=allowance, qualification=qual, leaving="")


ALLOWANCE = {p: a for p, _, _, a in CADRE_POSITIONS}
ALLOWANCE.update({p: a for p, _, _, a in PT_POSITIONS})
ALLOWANCE[PT_RADIO[0]] = PT_RADIO[3]

# Extra positions for people above quota in merged units (in the frame, over the approved number), in order.
SURPLUS_CBCC = [("Phó Chủ tịch UBND", "cadre"), ("Văn phòng - thống kê", "civil-servant"),
                ("Văn hóa - xã hội", "civil-servant"), ("Trưởng Công an xã (cũ)", "civil-servant"),
                ("Phó Chủ tịch HĐND", "cadre"), ("Tư pháp - hộ tịch", "civil-servant"),
                ("Tài chính - kế toán", "civil-servant"), ("Chủ tịch Ủy ban MTTQ", "cadre")]
SURPLUS_PT = ["Phó Chủ tịch Ủy ban MTTQ", "Văn phòng Đảng ủy", "Phó Chủ tịch Hội Nông dân"]
# Positions left vacant first when a unit is below quota.
VACATE_CBCC = ["Tư pháp - hộ tịch", "Văn hóa - xã hội", "Phó Chủ tịch HĐND", "Văn phòng - thống kê"]
VACATE_PT = ["Thú y - khuyến nông", "Phó Chỉ huy trưởng Quân sự", "Tổ chức - kiểm tra - tuyên giáo Đảng ủy",
             "Phó Chủ tịch Hội Cựu chiến binh", "Thủ quỹ - văn thư - lưu trữ", "Văn phòng Đảng ủy"]


def build_staff(rng, units):
    staff = []
    seq = [0]
    plan = {}  # code -> (cbcc target, pt target)

    def nid():
        seq[0] += 1
        return f"TH{seq[0]:04d}"

    communes = [u for u in units if u["kind"] in ("commune", "town")]
    for u in communes:
        code, klass = u["code"], u["klass"]
        if code in MERGED_SURPLUS:
            cs, ps = MERGED_SURPLUS[code]
        else:
            cs = rng.choice([0, 0, 0, -1, -1, -2])
            ps = -(PT_QUOTA[klass] - 9) if klass != "III" else rng.choice([-1, -1, -2])
            ps += rng.choice([0, 0, 1]) if klass != "III" else 0
        cb_target, pt_target = CBCC_QUOTA[klass] + cs, PT_QUOTA[klass] + ps
        plan[code] = (cb_target, pt_target)
        frame = unit_frame(u)
        seats = []  # (position, category, required qualification)
        for p, c, n, q in frame:
            seats += [(p, c, q)] * n
        cb = [s for s in seats if s[1] in ("cadre", "civil-servant")]
        pt = [s for s in seats if s[1] == "part-time"]
        qual_of = {p: q for p, c, n, q in frame}
        # Vacancies below quota.
        for group, target, vac in ((cb, cb_target, VACATE_CBCC), (pt, pt_target, VACATE_PT)):
            i = 0
            while len(group) > target:
                pos = vac[i % len(vac)]
                for k in range(len(group) - 1, -1, -1):
                    if group[k][0] == pos:
                        del group[k]
                        break
                i += 1
        # Surplus above quota (merged units).
        i = 0
        while len(cb) < cb_target:
            pos, cat = SURPLUS_CBCC[i % len(SURPLUS_CBCC)]
            cb.append((pos, cat, qual_of.get(pos, "university")))
            i += 1
        i = 0
        while len(pt) < pt_target:
            pos = SURPLUS_PT[i % len(SURPLUS_PT)]
            pt.append((pos, "part-time", qual_of.get(pos, "none")))
            i += 1
        merged = code in MERGED_SURPLUS
        for k, (pos, cat, q) in enumerate(cb + pt):
            extra = merged and k >= len(cb) - cs and k < len(cb)  # the surplus seats (older, former leaders)
            near = rng.random() < (0.45 if extra else 0.06)
            below = rng.random() < (0.03 if q == "university" else 0.0)
            allowance = ALLOWANCE.get(pos, 0.0)
            staff.append(make_person(rng, nid(), code, pos, cat, q, allowance, near, below))

    for code, _ in CENTRES:
        n = CENTRE_HEADCOUNT[code]
        seats = []
        for p, c, a, q, al in CENTRE_POSITIONS:
            seats += [(p, c, q, al)] * a
        # Fill in order, keeping the contract seat; the rest of the approved seats stay vacant.
        chosen = [s for s in seats if s[1] != "contract"][: n - 1] + [s for s in seats if s[1] == "contract"]
        # The project board (bqlda) is one above its frame of 10 (ILLUSTRATIVE finding).
        if n > len(seats):
            chosen.append(("Viên chức chuyên môn", "public-employee", "university", 0.0))
        for p, c, q, al in chosen:
            staff.append(make_person(rng, nid(), code, p, c, q, al, rng.random() < 0.12, False))

    # Decided exits (ILLUSTRATIVE): a few in merged units, one elsewhere.
    merged_people = [s for s in staff if s["unit"] in MERGED_SURPLUS and s["category"] != "part-time"
                     and s["position"] not in ("Bí thư Đảng ủy", "Chủ tịch UBND")]
    for s, d in zip(rng.sample(merged_people, 4), ["2022-03-31", "2022-06-30", "2022-09-30", "2022-12-31"]):
        r = retirement_date(s["gender"], date.fromisoformat(s["birth_date"]))
        if r.isoformat() > d:
            s["leaving"] = d
    other = [s for s in staff if s["unit"] == "thach-son" and s["category"] == "part-time"]
    rng.choice(other)["leaving"] = "2022-07-31"
    return staff, plan


# --------------------------------------------------------------------------------------------------------------
# indicators.yaml: the plan's indicators II.1–II.15 (docs/legal-sources.md §12)
INDICATORS_YAML = """\
# Chỉ tiêu mục II của kế hoạch CCHC năm 2022 (the plan's indicators II.1–II.15), for `cchc scorecard`.
# Written by Scripts/generate-thach-ha.py. Sources and confidence: docs/legal-sources.md §12.
# target: a share as a fraction (99 % = 0.99) or a count; comparison: ">=", "<=" or range (with upper).
# level: district | commune | all; compute: ratio (sum of numerators / sum of denominators over the units),
# share-of-units (share of units whose own value reaches unit_target), value (sum of the units' values).
# reconstructed: true marks a figure not read in the plan (illustrative, [U]).
indicators:
  - id: "II.1"
    name: "Cơ quan, đơn vị ban hành kế hoạch CCHC năm"
    target: 1
    comparison: ">="
    level: all
    compute: share-of-units
    self_plan: cchc-plan
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.1"
  - id: "II.2"
    name: "Nhiệm vụ của kế hoạch CCHC hoàn thành đúng hạn"
    target: 1
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.2 (dựng lại)"
    reconstructed: true
  - id: "II.3"
    name: "Cơ quan, đơn vị ban hành kế hoạch tự kiểm tra CCHC"
    target: 1
    comparison: ">="
    level: all
    compute: share-of-units
    self_plan: self-inspection
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.3"
  - id: "II.4"
    name: "Thủ tục hành chính được công khai đầy đủ, đúng quy định"
    target: 1
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.4 (dựng lại)"
    reconstructed: true
  - id: "II.5"
    name: "Phản ánh, kiến nghị về quy định hành chính được xử lý"
    target: 1
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.5 (dựng lại)"
    reconstructed: true
  - id: "II.6"
    name: "Hồ sơ thủ tục hành chính giải quyết đúng hạn"
    target: 0.99
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.6"
  - id: "II.7"
    name: "Mức độ hài lòng của người dân, tổ chức"
    target: 0.93
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.7"
  - id: "II.8"
    name: "Thủ tục hành chính có phí, lệ phí được thanh toán trực tuyến"
    target: 0.5
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.8"
  - id: "II.9"
    name: "Giao dịch thanh toán trực tuyến của các thủ tục có phí, lệ phí"
    target: 0.3
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.9"
  - id: "II.10"
    name: "Thủ tục hành chính cung cấp dịch vụ công trực tuyến mức độ 3, 4"
    target: 0.45
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.10"
  - id: "II.11"
    name: "Hồ sơ của các thủ tục mức độ 3, 4 được tiếp nhận trực tuyến"
    target: 0.3
    comparison: ">="
    level: all
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.11"
  - id: "II.12"
    name: "Văn bản trao đổi dưới dạng điện tử ở cấp huyện"
    target: 1
    comparison: ">="
    level: district
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.12"
  - id: "II.13"
    name: "Văn bản trao đổi dưới dạng điện tử ở cấp xã"
    target: 0.8
    comparison: ">="
    level: commune
    compute: ratio
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.13"
  - id: "II.14a"
    name: "Sáng kiến CCHC được công nhận cấp tỉnh"
    target: 1
    comparison: ">="
    level: all
    compute: value
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.14 (tách thành hai dòng: dựng lại)"
  - id: "II.14b"
    name: "Sáng kiến CCHC được công nhận cấp huyện"
    target: 10
    upper: 15
    comparison: range
    level: all
    compute: value
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.14"
  - id: "II.15"
    name: "Trang thông tin điện tử cấp xã đáp ứng yêu cầu"
    target: 0.5
    comparison: ">="
    level: commune
    compute: share-of-units
    source: "Kế hoạch CCHC 2022 huyện Thạch Hà, mục II.15"
"""


# --------------------------------------------------------------------------------------------------------------
# scenario.yaml
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def inspection_yaml(commune_share=0.5, coverage=False):
    L = []
    a = L.append
    a("inspection:")
    a("  targets:")
    a(f"    - name: {q('Xã, thị trấn')}")
    a("      kinds: [commune, town]")
    a(f"      min_share: {commune_share:g}")
    a("      scope: all")
    a(f"    - name: {q('Trường học, trung tâm, trạm y tế')}")
    a("      kinds: [school, centre, health-station]")
    a("      min_share: 0.35")
    a("      scope: all")
    a("  duration_days:")
    for k, v in [("commune", 1), ("town", 1), ("ward", 1), ("school", 0.5), ("centre", 0.5), ("health-station", 0.5)]:
        a(f"    {k}: {v}")
    a(f"  rotation_years: {ROTATION_YEARS}")
    a("  holidays:")
    a("    builtin: true")
    a("    # Official compensatory days off in 2022 (nghỉ bù), in case the built-in calendar does not add them.")
    a("    extra: [" + ", ".join(d.isoformat() for d in HOLIDAYS_EXTRA) + "]")
    a("    remove: []")
    a("  season:")
    a(f"    from: {SEASON[0].isoformat()}")
    a(f"    to: {SEASON[1].isoformat()}")
    a("  blackouts:")
    for key, vals, f, t, reason in BLACKOUTS:
        a(f"    - {key}: [{', '.join(vals)}]")
        a(f"      from: {f.isoformat()}")
        a(f"      to: {t.isoformat()}")
        a(f"      reason: {q(reason)}")
    a("  objective:")
    if coverage:
        a("    # The coverage objective: how far the teams' days reach with the higher target (in targets mode the work limit")
        a("    # of the committed reports does not prove this variant optimal).")
        a("    mode: coverage")
        a("    priority: 1")
        a("    balance: 0.1")
        a("    bundling: 0.05")
        return L
    a("    # Meet every target with the fewest team-days; priority, balance and bundling then decide among those plans.")
    a("    mode: targets")
    a("    priority: 1")
    a("    balance: 0.1")
    a("    bundling: 0.05")
    a("  # Monday is the weekly leadership meeting (giao ban): inspections go on Tuesday to Friday when the week allows.")
    a("  weekdays:")
    a("    avoid: [mon]")
    a("    prefer: [tue, wed, thu]")
    a("  # The areas of Nghị quyết 76/NQ-CP each kind is inspected on; schools, centres and health stations are not")
    a("  # inspected on institutional reform (cải cách thể chế) or the civil-service regime.")
    a("  content:")
    full = "[direction, institutions, procedures, organisation, civil-service, public-finance, e-government]"
    short = "[procedures, organisation, public-finance, e-government]"
    for kind, areas in (("commune", full), ("town", full), ("school", short), ("centre", short),
                        ("health-station", short)):
        a(f"    {kind}: {areas}")
    return L


def staffing_yaml(protected, hiring="replace-retirees", measures=("transfer", "early-retirement", "resignation"),
                  positions="positions.csv"):
    L = []
    a = L.append
    a("staffing:")
    a(f"  positions: {positions}")
    a("  # vn-default (ND 34/2019 on 1/1/2022, ND 33/2023 from 1/8/2023) plus Hà Tĩnh's part-time maximum (9, [U]).")
    a("  rules: vn-ha-tinh")
    a("  as_of: 2022-01-01")
    a("  # deadline omitted: each merged unit's merged_on (2020-01-01) + 5 years = 2025-01-01 (\"within 5 years\").")
    a(f"  hiring: {hiring}")
    a(f"  measures: [{', '.join(measures)}]")
    a("  transfer_penalty_vnd: 20000000")
    a("  protected: [" + ", ".join(protected) + "]")
    a("  allowed_transfers: same-region")
    a("  reduction_targets:")
    a("    # KL 40-KL/TW (18/7/2022): 2022-2026, at least 5% of CBCC and 10% of state-paid public employees.")
    a("    - categories: [cadre, civil-servant]")
    a("      from: 2022")
    a("      to: 2026")
    a("      min_cut: 0.05")
    a("    - categories: [public-employee]")
    a("      from: 2022")
    a("      to: 2026")
    a("      min_cut: 0.10")
    return L


def document_yaml():
    """The `document:` map of the issued documents; the signer is illustrative."""
    L = []
    a = L.append
    a("document:")
    a("  issuer:")
    a(f"    parent: {q('UBND TỈNH HÀ TĨNH')}")
    a(f"    body: {q('ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ')}")
    a("    code: UBND")
    a("  # number omitted: the clerk (văn thư) writes it in when the plan is issued.")
    a(f"  place: {q('Thạch Hà')}")
    a("  date: 2022-01-10")
    a("  # Illustrative signer: not the name of a real official.")
    a("  signer:")
    a(f"    authority: [{q('TM. ỦY BAN NHÂN DÂN')}, {q('KT. CHỦ TỊCH')}]")
    a(f"    title: {q('PHÓ CHỦ TỊCH')}")
    a(f"    name: {q('Nguyễn Văn Minh')}")
    a("  legal_bases:")
    for basis in [
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
        "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
        "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
        "hành chính nhà nước giai đoạn 2021 - 2030",
        "Quyết định số 3504/QĐ-UBND ngày 22 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Chương "
        "trình cải cách hành chính nhà nước tỉnh Hà Tĩnh giai đoạn 2021 - 2030",
        "Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân tỉnh Hà Tĩnh về cải cách hành chính năm 2022",
    ]:
        a(f"    - {q(basis)}")
    a("  recipients:")
    for line in ["UBND tỉnh Hà Tĩnh (để báo cáo)", "Sở Nội vụ tỉnh Hà Tĩnh (để báo cáo)",
                 "Thường trực Huyện ủy (để báo cáo)", "Thường trực HĐND huyện", "Chủ tịch, các Phó Chủ tịch UBND huyện",
                 "Các phòng, ban có thành viên đoàn kiểm tra", "Các đơn vị được kiểm tra", "Lưu: VT, NV"]:
        a(f"    - {q(line)}")
    return L


def scenario_yaml(protected):
    L = []
    a = L.append
    a("# Thạch Hà district (Hà Tĩnh), administrative-reform plan 2022: the shipped default scenario.")
    a("# Generated by Scripts/generate-thach-ha.py; see README.md for which figures are public and which illustrative.")
    a(f"name: {q('Huyện Thạch Hà - Kế hoạch cải cách hành chính năm 2022')}")
    a(f"year: {YEAR}")
    a("units: units.csv")
    a("teams: teams.csv")
    a("unavailability: unavailability.csv")
    a("pins: pins.csv")
    a("staff: staff.csv")
    L += inspection_yaml()
    L += staffing_yaml(protected)
    L += document_yaml()
    a("tracking:")
    a("  indicators: indicators.yaml")
    a("  # [U] illustrative: the date by which every unit issues its own CCHC and self-inspection plans.")
    a("  self_plan_due: 2022-01-31")
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------------------------------------------
# Generation.
def generate(seed):
    rng = random.Random(seed)
    units = build_units(rng)
    staff, plan = build_staff(rng, units)
    # Protected: the Chủ tịch UBND of the two largest merged communes (terms run to 2026).
    protected = [s["id"] for s in staff if s["position"] == "Chủ tịch UBND"
                 and s["unit"] in ("luu-vinh-son", "tan-lam-huong")]
    return units, staff, plan, protected


UNIT_HEADER = ["code", "name", "kind", "commune", "region", "priority", "last_inspected", "must_inspect", "exclude",
               "class", "population", "area_km2", "merged_on", "merged_from", "school_level", "classes", "note",
               "regular_police"]
STAFF_HEADER = ["id", "name", "unit", "position", "category", "gender", "birth_date", "insurance_years",
                "salary_coefficient", "allowance_coefficient", "qualification", "leaving", "volunteer", "rating"]


def selection_marks(staff, protected, seed):
    """ILLUSTRATIVE: in the merged units, 4 cadres or civil servants who asked to leave (volunteer) and 2 rated
    "không hoàn thành nhiệm vụ". Drawn with a separate generator so the roster itself does not change."""
    rng = random.Random(seed * 31 + 7)
    pool = [s for s in staff if s["unit"] in MERGED_SURPLUS and s["category"] in ("cadre", "civil-servant")
            and not s["leaving"] and s["id"] not in protected]
    chosen = rng.sample(pool, 6)
    return {s["id"]: ("yes", "") for s in chosen[:4]} | {s["id"]: ("", "not-completed") for s in chosen[4:]}


def write_all(out, units, staff, protected, seed=2022):
    os.makedirs(out, exist_ok=True)
    marks = selection_marks(staff, protected, seed)
    write_csv(os.path.join(out, "units.csv"), UNIT_HEADER, [[
        u["code"], u["name"], u["kind"], u["commune"], u["region"], fmt_num(u["priority"]), u["last_inspected"],
        yes(u["must_inspect"]), yes(u["exclude"]), u["klass"], u["population"],
        fmt_num(u["area_km2"]) if u["area_km2"] != "" else "", u["merged_on"], u["merged_from"], u["school_level"],
        u["classes"], u["note"], "yes" if u["kind"] in ("commune", "town") else ""] for u in units])
    write_csv(os.path.join(out, "teams.csv"), ["code", "name", "days_per_week", "members", "region", "excluded_units"],
              [[c, n, d, ";".join(m), "", ";".join(x)] for c, n, d, m, x in TEAMS])
    write_csv(os.path.join(out, "unavailability.csv"), ["team", "from", "to", "reason"],
              [[t, f.isoformat(), to.isoformat(), r] for t, f, to, r in UNAVAILABILITY])
    write_csv(os.path.join(out, "pins.csv"), ["unit", "team", "date"], [[u, t, d.isoformat()] for u, t, d in PINS])
    write_csv(os.path.join(out, "positions.csv"), ["unit", "kind", "position", "category", "approved", "qualification"],
              positions_rows(units))
    write_csv(os.path.join(out, "staff.csv"), STAFF_HEADER, [[
        s["id"], s["name"], s["unit"], s["position"], s["category"], s["gender"], s["birth_date"],
        fmt_num(s["insurance_years"]), fmt_num(s["salary_coefficient"]), fmt_num(s["allowance_coefficient"]),
        s["qualification"], s["leaving"], *marks.get(s["id"], ("", ""))] for s in staff])
    with open(os.path.join(out, "scenario.yaml"), "wb") as f:
        f.write(nfc(scenario_yaml(protected)).encode("utf-8"))
    with open(os.path.join(out, "indicators.yaml"), "wb") as f:
        f.write(nfc(INDICATORS_YAML).encode("utf-8"))


# --------------------------------------------------------------------------------------------------------------
# Variants: small folders that extend the default scenario and change only what they name.
# Sections are written in full, so they read the same whether `extends` merges nested maps or replaces them.
TEAM_4 = ("T4", "Đoàn kiểm tra số 4 (Phòng Tư pháp chủ trì)", 2,
          ["Võ Thị Thanh Tâm (Trưởng phòng Tư pháp - Trưởng đoàn)", "Nguyễn Đình Khánh (Phòng Nội vụ)",
           "Phan Thị Hằng (Văn phòng HĐND-UBND)", "Cao Xuân Sáng (Phòng Văn hóa-Thông tin)"], [])
UNAVAILABILITY_4 = [
    ("T4", date(2022, 4, 1), date(2022, 5, 31), "Đoàn số 4 được thành lập bổ sung từ tháng 6"),
    ("T4", date(2022, 7, 11), date(2022, 8, 5), "Nghỉ phép hè"),
    ("T4", date(2022, 8, 15), date(2022, 9, 9), "Tuyên truyền, phổ biến pháp luật dịp Quốc khánh 2/9"),
    ("T4", date(2022, 10, 3), date(2022, 10, 21), "Phòng, chống và khắc phục hậu quả mưa lũ"),
    ("T4", date(2022, 11, 21), date(2022, 11, 30), "Tổng kết năm"),
]
VARIANTS = ["thach-ha-2022-4-teams", "thach-ha-2022-60pct", "thach-ha-2022-freeze-early-retirement"]


def write_variants(root, protected):
    def header(name, what):
        return [f"# Variant of ../thach-ha-2022: {what}", "# Generated by Scripts/generate-thach-ha.py.",
                "extends: ../thach-ha-2022", f"name: {q(name)}"]

    def put(folder, lines):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "scenario.yaml"), "wb") as f:
            f.write(nfc("\n".join(lines) + "\n").encode("utf-8"))

    d = os.path.join(root, VARIANTS[0])
    put(d, header("Huyện Thạch Hà 2022 - thêm đoàn kiểm tra số 4", "a fourth inspection team (T4).")
        + ["teams: teams.csv", "unavailability: unavailability.csv"])
    write_csv(os.path.join(d, "teams.csv"), ["code", "name", "days_per_week", "members", "region", "excluded_units"],
              [[c, n, dd, ";".join(m), "", ";".join(x)] for c, n, dd, m, x in TEAMS + [TEAM_4]])
    write_csv(os.path.join(d, "unavailability.csv"), ["team", "from", "to", "reason"],
              [[t, f.isoformat(), to.isoformat(), r] for t, f, to, r in UNAVAILABILITY + UNAVAILABILITY_4])
    put(os.path.join(root, VARIANTS[1]),
        header("Huyện Thạch Hà 2022 - chỉ tiêu 60% xã, thị trấn", "at least 60% of communes and towns.")
        + inspection_yaml(commune_share=0.6, coverage=True))
    put(os.path.join(root, VARIANTS[2]),
        header("Huyện Thạch Hà 2022 - dừng tuyển dụng, nghỉ hưu trước tuổi",
               "a hiring freeze; the plan may only offer early retirement.")
        + staffing_yaml(protected, hiring="freeze", measures=("early-retirement",),
                        positions="../thach-ha-2022/positions.csv"))


# --------------------------------------------------------------------------------------------------------------
# Self-check.
def working_days(team):
    hol = set(HOLIDAYS_2022_BUILTIN) | set(HOLIDAYS_EXTRA)
    off = [(f, t) for c, f, t, _ in UNAVAILABILITY if c == team]
    days = []
    d = SEASON[0]
    while d <= SEASON[1]:
        if d.weekday() < 5 and d not in hol and not any(f <= d <= t for f, t in off):
            days.append(d)
        d += timedelta(days=1)
    return days


def capped_capacity(days, per_week, allowed=lambda d: True):
    weeks = {}
    for d in days:
        if allowed(d):
            k = d.isocalendar()[:2]
            weeks[k] = weeks.get(k, 0) + 1
    return sum(min(per_week, n) for n in weeks.values())


def blacked_out(unit, d):
    for key, vals, f, t, _ in BLACKOUTS:
        if f <= d <= t and ((key == "kinds" and unit["kind"] in vals) or (key == "units" and unit["code"] in vals)):
            return True
    return False


def check(units, staff, plan, protected):
    ok = True
    out = []
    p = out.append
    by_code = {u["code"]: u for u in units}
    kinds = {}
    for u in units:
        kinds[u["kind"]] = kinds.get(u["kind"], 0) + 1
    levels = {}
    for u in units:
        if u["kind"] == "school":
            levels[u["school_level"]] = levels.get(u["school_level"], 0) + 1
    p(f"Units: {len(units)} = " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    p("  schools by level: " + ", ".join(f"{k} {n}" for k, n in sorted(levels.items())))
    codes = [u["code"] for u in units]
    if len(set(codes)) != len(codes):
        ok = False
        p("  ERROR duplicate unit codes")
    for u in units:
        if u["commune"] and u["commune"] not in by_code:
            ok = False
            p(f"  ERROR {u['code']}: unknown commune {u['commune']}")

    # Inspection workload.
    dur = {"commune": 1, "town": 1, "ward": 1, "school": 0.5, "centre": 0.5, "health-station": 0.5}
    forced = {u["code"] for u in units if not u["exclude"] and (
        u["must_inspect"] or (u["last_inspected"] != "" and YEAR - int(u["last_inspected"]) >= ROTATION_YEARS))}
    forced |= {c for c, _, _ in PINS}
    targets = [("Xã, thị trấn", {"commune", "town"}, 0.5), ("Trường học, trung tâm, trạm y tế",
                                                          {"school", "centre", "health-station"}, 0.35)]
    need = 0.0
    p("Inspection targets:")
    for name, ks, share in targets:
        members = [u for u in units if u["kind"] in ks]
        req = math.ceil(share * len(members) - 1e-9)
        f = [u for u in members if u["code"] in forced]
        extra = max(0, req - len(f))
        load = sum(dur[u["kind"]] for u in f) + extra * min(dur[k] for k in ks)
        need += load
        p(f"  {name}: {len(members)} units, required {req}, forced {len(f)} "
          f"(must/rotation/pin), minimum workload {load:g} team-days")
    forced_other = [c for c in forced if by_code[c]["kind"] not in {"commune", "town", "school", "centre",
                                                                      "health-station"}]
    need += sum(dur[by_code[c]["kind"]] for c in forced_other)
    p(f"  forced units in all: {len(forced)} ({', '.join(sorted(forced))})")
    total_all = sum(dur[u["kind"]] for u in units if not u["exclude"])
    cap_total = 0
    p("Team capacity over the season "
      f"{SEASON[0]}..{SEASON[1]} (weekdays - holidays - unavailability, capped by days_per_week per ISO week):")
    school_cap = 0
    for code, name, per_week, _, _ in TEAMS:
        days = working_days(code)
        cap = capped_capacity(days, per_week)
        scap = capped_capacity(days, per_week, lambda d: not any(
            f <= d <= t for key, vals, f, t, _ in BLACKOUTS if key == "kinds" and "school" in vals))
        cap_total += cap
        school_cap += scap
        p(f"  {code}: {len(days)} available working days, capacity {cap} team-days "
          f"({scap} outside the school blackouts)")
    p(f"  total capacity {cap_total} team-days; minimum required workload {need:g}; "
      f"ratio {cap_total / need:.2f}; workload of inspecting every non-excluded unit {total_all:g}")
    if cap_total < need * 1.3:
        ok = False
        p("  ERROR capacity below 1.3x the required workload")
    # Pins.
    hol = set(HOLIDAYS_2022_BUILTIN) | set(HOLIDAYS_EXTRA)
    for unit, team, d in PINS:
        tdays = set(working_days(team))
        texcl = [x for c, _, _, _, x in TEAMS if c == team][0]
        bad = []
        if d not in tdays:
            bad.append("team not available / holiday / weekend / outside season")
        if blacked_out(by_code[unit], d):
            bad.append("unit blacked out")
        if unit in texcl:
            bad.append("team excluded")
        if by_code[unit]["exclude"]:
            bad.append("unit excluded")
        p(f"  pin {unit} {team} {d}: {'OK' if not bad else 'ERROR ' + ', '.join(bad)}")
        ok = ok and not bad and d not in hol

    # Staffing.
    p("Staff by category: " + ", ".join(
        f"{c} {sum(1 for s in staff if s['category'] == c)}"
        for c in ["cadre", "civil-servant", "part-time", "public-employee", "contract"]) + f"; total {len(staff)}")
    commune_staff = sum(1 for s in staff if s["category"] in ("cadre", "civil-servant", "part-time"))
    p(f"  commune officials and part-time staff: {commune_staff}")
    p("Headcount vs ND 34/2019 quota on 2022-01-01 (CBCC = cadre + civil-servant; PT = part-time):")
    p("  unit            class  CBCC/quota  PT/quota  merged")
    tot_surplus = 0
    for u in units:
        if u["kind"] not in ("commune", "town"):
            continue
        cb = sum(1 for s in staff if s["unit"] == u["code"] and s["category"] in ("cadre", "civil-servant"))
        pt = sum(1 for s in staff if s["unit"] == u["code"] and s["category"] == "part-time")
        qc, qp = CBCC_QUOTA[u["klass"]], PT_QUOTA[u["klass"]]
        merged = bool(u["merged_on"])
        surplus = (cb - qc) + (pt - qp)
        if merged:
            tot_surplus += max(0, cb - qc) + max(0, pt - qp)
            if cb - qc < 3:
                ok = False
                p(f"  ERROR merged {u['code']} not above quota by 3+")
        elif cb > qc or pt > qp:
            ok = False
            p(f"  ERROR {u['code']} above quota but not merged")
        p(f"  {u['code']:<15} {u['klass']:<5}  {cb:>2}/{qc:<2} {cb - qc:+d}   {pt:>2}/{qp:<2} {pt - qp:+d}  "
          f"{'yes' if merged else ''}")
    p(f"  surplus in merged units: {tot_surplus} people")
    retire = {}
    for s in staff:
        r = retirement_date(s["gender"], date.fromisoformat(s["birth_date"]))
        if r <= AS_OF:
            ok = False
            p(f"  ERROR {s['id']} retired before as_of")
        if r.year <= 2026:
            retire[r.year] = retire.get(r.year, 0) + 1
    p("Statutory retirements (ND 135/2020) by year: " + ", ".join(f"{y} {n}" for y, n in sorted(retire.items())))
    # Qualification findings.
    req = {}
    for row in positions_rows(units):
        unit, kind, pos, cat, n, qual = row
        req[(unit, kind, pos)] = qual
    below = 0
    missing = 0
    for s in staff:
        u = by_code[s["unit"]]
        qual = req.get((s["unit"], "", s["position"]), req.get(("", u["kind"], s["position"])))
        if qual is None:
            missing += 1
        elif QUAL_ORDER.index(s["qualification"]) < QUAL_ORDER.index(qual):
            below += 1
    p(f"Findings to expect: {below} people below their position's qualification; "
      f"{missing} in a position missing from their unit's framework; "
      f"{sum(1 for s in staff if s['leaving'])} decided exits; protected {', '.join(protected)}")
    ages = [(AS_OF - date.fromisoformat(s["birth_date"])).days / 365.25 for s in staff]
    p(f"Ages on 2022-01-01: min {min(ages):.1f}, median {sorted(ages)[len(ages) // 2]:.1f}, max {max(ages):.1f}; "
      f"women {sum(1 for s in staff if s['gender'] == 'F')}")
    for s in staff:
        if s["insurance_years"] > (AS_OF - date.fromisoformat(s["birth_date"])).days / 365.25 - 17.9:
            ok = False
            p(f"  ERROR {s['id']} insurance years inconsistent with age")
    return ok, "\n".join(out)


# --------------------------------------------------------------------------------------------------------------
# Feasibility model (CPLEX LP format, for glpsol). A deliberately plain model of the hard rules of the
# inspection scheduler: each unit at most once (forced units exactly once) on a date its team is available and it is
# not blacked out; a team's day holds one full-day or two half-day inspections; at most days_per_week dates per
# ISO week; the coverage targets; the pins. The objective maximises the inspected units' priorities.
def feasibility_lp(units):
    dur = {"commune": 1, "town": 1, "ward": 1, "school": 0.5, "centre": 0.5, "health-station": 0.5}
    prio = {u["code"]: u["priority"] for u in units}
    kind = {u["code"]: u["kind"] for u in units}
    forced = {u["code"] for u in units if not u["exclude"] and (
        u["must_inspect"] or (u["last_inspected"] != "" and YEAR - int(u["last_inspected"]) >= ROTATION_YEARS))}
    days = {t[0]: working_days(t[0]) for t in TEAMS}
    x, y = {}, {}
    for code, _, _, _, _ in TEAMS:
        for d in days[code]:
            y[(code, d)] = f"y_{code}_{d:%m%d}"
    for u in units:
        if u["exclude"]:
            continue
        for code, _, _, _, excl in TEAMS:
            if u["code"] in excl:
                continue
            for d in days[code]:
                if not blacked_out(u, d):
                    x[(u["code"], code, d)] = f"x_{len(x)}"
    cons = []
    per_unit, per_day = {}, {}
    for (c, t, d), v in x.items():
        per_unit.setdefault(c, []).append(v)
        per_day.setdefault((t, d), []).append(f"{dur[kind[c]]:g} {v}")
    for c, vs in per_unit.items():
        cons.append(" + ".join(vs) + (" = 1" if c in forced else " <= 1"))
    for (t, d), terms in per_day.items():
        cons.append(" + ".join(terms) + f" - {y[(t, d)]} <= 0")
    for code, _, per_week, _, _ in TEAMS:
        weeks = {}
        for d in days[code]:
            weeks.setdefault(d.isocalendar()[:2], []).append(y[(code, d)])
        cons += [" + ".join(vs) + f" <= {per_week}" for vs in weeks.values() if len(vs) > per_week]
    for ks, share in (({"commune", "town"}, 0.5), ({"school", "centre", "health-station"}, 0.35)):
        req = math.ceil(share * sum(1 for u in units if u["kind"] in ks) - 1e-9)
        cons.append(" + ".join(v for (c, _, _), v in x.items() if kind[c] in ks) + f" >= {req}")
    cons += [f"{x[(c, t, d)]} = 1" for c, t, d in PINS]
    out = ["\\ Thạch Hà 2022 feasibility model, written by Scripts/generate-thach-ha.py --lp", "Maximize",
           " obj: " + " + ".join(f"{prio[c]:g} {v}" for (c, _, _), v in x.items()), "Subject To"]
    out += [f" c{i}: {c}" for i, c in enumerate(cons)]
    out += ["Binary"] + [f" {v}" for v in list(x.values()) + list(y.values())] + ["End"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the illustrative data (default 2022)")
    ap.add_argument("--out", default=None, help="output folder (default Scenarios/thach-ha-2022 in the repo)")
    ap.add_argument("--check", action="store_true", help="print the self-check and write nothing")
    ap.add_argument("--no-variants", action="store_true", help="do not rewrite the variant folders (never written with --out)")
    ap.add_argument("--lp", metavar="FILE", help="also write a feasibility model for `glpsol --lp FILE`")
    args = ap.parse_args()
    out = args.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Scenarios", "thach-ha-2022")
    units, staff, plan, protected = generate(args.seed)
    ok, report = check(units, staff, plan, protected)
    if args.lp:
        with open(args.lp, "w", encoding="utf-8") as f:
            f.write(feasibility_lp(units))
    if args.check:
        print(report)
    else:
        write_all(out, units, staff, protected, args.seed)
        if not (args.no_variants or args.out):  # variants sit next to the default folder only
            write_variants(os.path.join(out, ".."), protected)
        print(f"wrote {len(units)} units, {len(staff)} staff to {os.path.normpath(out)}"
              f" (seed {args.seed}); self-check {'passed' if ok else 'FAILED (run --check)'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
