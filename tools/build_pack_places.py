"""Build the Afghanistan pack's geography from the shared reference data.

    python tools/build_pack_places.py [SOURCE_DIR] [--out PACK_DIR]

SOURCE_DIR defaults to ``../shared/data/afghanistan`` beside the repository root (read its
SOURCES.md for licences and quirks); PACK_DIR defaults to the pack folder in ``src``. Writes
``places.json`` (country, 34 provinces, 398 districts, GeoNames towns, plus the hand-written
``extra_places.json`` of PACK_DIR), ``provinces.geojson`` and ``districts.geojson``.

The output is deterministic: entries sorted by id, aliases sorted, ids derived from names.
Boundaries are simplified with a Douglas-Peucker pass that works chain by chain between
junction vertices, so neighbouring polygons keep identical shared borders.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from conflictdesk.resolve.matcher import phrase_key as _phrase_key

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "data" / "afghanistan"
DEFAULT_PACK = REPO_ROOT / "src" / "conflictdesk" / "packs" / "afghanistan"

DISTRICTS_CSV = "afg_districts_adm2_centroids.csv"
DISTRICTS_GEOJSON = "geoBoundaries-AFG-ADM2_simplified-5dp.geojson"
PROVINCES_GEOJSON = "afg_adm1_dissolved_from_geoBoundaries_adm2.geojson"
TOWNS_JSON = "geonames_AF_cities500.json"
EXTRA_PLACES = "extra_places.json"

COUNTRY = "Afghanistan"

# Simplification tolerances in degrees (1e-3 deg is about 100 m). Calibrated by size and by
# plotting the result: at these values provinces.geojson is about 106 KB (limit 150 KB) and
# districts.geojson about 524 KB (limit 600 KB; 0.003 gave 615 KB), and small districts
# (Kabul city, Mihtarlam) keep a recognisable outline.
PROVINCE_TOLERANCE = 0.006
DISTRICT_TOLERANCE = 0.004
# Decimal places kept after simplification: 3 is about 100 m, 4 about 10 m.
PROVINCE_DECIMALS = 3
DISTRICT_DECIMALS = 4
# Centroids and label points in places.json: 5 decimals, about 1 m.
POINT_DECIMALS = 5

Coord = tuple[float, float]
Key = tuple[str, ...]
Ring = list[Coord]

# -- hand-written names ------------------------------------------------------------------------
# Province aliases: transliterations, Turkish, Russian, Dari/Pashto script. The key is the
# standard spelling of the CSV's province column.
PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "Badakhshan": ("Badakshan", "Badahşan", "Бадахшан", "بدخشان"),
    "Badghis": ("Badghes", "Badgis", "Badghiz", "Бадгис", "بادغیس", "بادغيس"),
    "Baghlan": ("Bağlan", "Баглан", "بغلان"),
    "Balkh": ("Belh", "Балх", "بلخ"),
    "Bamyan": ("Bamiyan", "Bamian", "Bamiyan province", "Бамиан", "Бамиян", "بامیان", "باميان"),
    "Daykundi": (
        "Daikundi",
        "Daikondi",
        "Dai Kundi",
        "Day Kundi",
        "Daykondi",
        "Дайкунди",
        "دایکندی",
        "دایکوندی",
    ),
    "Farah": ("Ferah", "Фарах", "فراه"),
    "Faryab": ("Fariab", "Faryaab", "Faryap", "Фарьяб", "Фариаб", "فاریاب", "فارياب"),
    "Ghazni": ("Ghazna", "Gazni", "Газни", "غزنی", "غزني"),
    "Ghor": ("Ghowr", "Ghur", "Gor", "Гор", "Гур", "غور"),
    "Helmand": (
        "Hilmand",
        "Helmend",
        "Hilmend",
        "Гильменд",
        "Гельменд",
        "Гильманд",
        "Гельманд",
        "هلمند",
    ),
    "Herat": ("Hirat", "Herat", "Герат", "Херат", "هرات", "هراة"),
    "Jowzjan": (
        "Jawzjan",
        "Jozjan",
        "Juzjan",
        "Jowzjan",
        "Cevizcan",
        "Джаузджан",
        "Джаузжан",
        "Джоузджан",
        "جوزجان",
    ),
    "Kabul": ("Kabil", "Kâbil", "Kabol", "Кабул", "کابل", "كابل"),
    "Kandahar": ("Qandahar", "Kandehar", "Candahar", "Kandahār", "Кандагар", "قندهار"),
    "Kapisa": ("Kapissa", "Каписа", "کاپیسا", "کاپيسا"),
    "Khost": ("Khowst", "Khost", "Хост", "خوست"),
    "Kunar": ("Konar", "Kunar", "Кунар", "کنر", "کونړ", "کونر"),
    "Kunduz": ("Qunduz", "Kondoz", "Konduz", "Kundus", "Кундуз", "کندز", "کندوز", "قندوز"),
    "Laghman": ("Lagman", "Lughman", "Лагман", "لغمان"),
    "Logar": ("Lowgar", "Loghar", "Логар", "لوگر", "لوګر"),
    "Nangarhar": (
        "Nangrahar",
        "Ningarhar",
        "Ningrahar",
        "Nangahar",
        "Нангархар",
        "Нангрохар",
        "ننگرهار",
        "ننګرهار",
    ),
    "Nimruz": ("Nimroz", "Nimrooz", "Nimrouz", "Нимроз", "Нимруз", "نیمروز", "نيمروز"),
    "Nuristan": ("Nooristan", "Nurestan", "Nouristan", "Нуристан", "نورستان"),
    "Paktia": ("Paktiya", "Paktya", "Paktiyā", "Пактия", "پکتیا", "پکتيا"),
    "Paktika": ("Paktica", "Пактика", "پکتیکا", "پکتيکا"),
    "Panjshir": (
        "Panjsher",
        "Panjsheer",
        "Panjshayr",
        "Pencşir",
        "Панджшер",
        "Панджшир",
        "Панджшир",
        "پنجشیر",
        "پنجشير",
    ),
    "Parwan": ("Parvan", "Pervan", "Парван", "پروان"),
    "Samangan": ("Semengan", "Саманган", "سمنگان"),
    "Sar-e Pol": (
        "Sare Pul",
        "Sar-i-Pul",
        "Sar-i Pul",
        "Sari Pul",
        "Sar-e Pul",
        "Sar-e-Pol",
        "Sar-i-Pol",
        "Saripul",
        "Sarepul",
        "Sar-e Pul",
        "Serpul",
        "Сари-Пуль",
        "Сарипуль",
        "Сари-Пул",
        "سرپل",
        "سر پل",
    ),
    "Takhar": ("Tahar", "Тахар", "تخار"),
    "Uruzgan": (
        "Oruzgan",
        "Urozgan",
        "Orozgan",
        "Uruzgān",
        "Урузган",
        "Орузган",
        "ارزگان",
        "اروزگان",
        "روزگان",
    ),
    "Wardak": (
        "Maidan Wardak",
        "Maydan Wardak",
        "Maidan-Wardak",
        "Wardag",
        "Vardak",
        "Вардак",
        "Майдан-Вардак",
        "میدان وردک",
        "وردک",
    ),
    "Zabul": ("Zabol", "Zābul", "Забуль", "Забул", "زابل"),
}

COUNTRY_ALIASES = (
    "Afganistan",
    "Afghanistān",
    "Афганистан",
    "أفغانستان",
    "افغانستان",
    "Afġānistān",
)

# District display names for the CSV's raw spellings that need repair. Parenthesised parts of
# the CSV name ("Reg(Khanshin)") become aliases automatically.
DISTRICT_NAME_FIXES: dict[str, str] = {
    "Qala-I- Naw": "Qala-i-Naw",
    "Dahana-I- Ghuri": "Dahana-i-Ghuri",
    "Nawa-I- Barak Zayi": "Nawa-i-Barakzayi",
    "Qalay-I- Zal": "Qala-i-Zal",
    "Hisa-I- Awali Bihsud": "Hisa-i-Awali Bihsud",
    "Dara-I-Nur": "Dara-i-Nur",
    "Dara-I-Pech": "Dara-i-Pech",
    "Dara-I-Sufi Bala": "Dara-i-Sufi Bala",
    "Dara-I-Sufi Payin": "Dara-i-Sufi Payin",
    "Shaygal wa shital": "Shaygal wa Shital",
    "Sia Gird ( Ghorbund)": "Siagird (Ghorband)",
    "Khenj (Hese- Awal)": "Khenj (Hisa-i-Awal)",
}

# Transliteration variants of district names, keyed by "Province/District" (display name).
DISTRICT_ALIASES: dict[str, tuple[str, ...]] = {
    "Badakhshan/Fayzabad": ("Faizabad", "Feyzabad"),
    "Badakhshan/Ishkashiem": ("Ishkashim", "Eshkashem", "Ishkashem"),
    "Badakhshan/Shahri Buzurg": ("Shahr-e Buzurg", "Shahr-i-Buzurg"),
    "Badakhshan/Wakhan": ("Wakhan corridor",),
    "Badakhshan/Yaftal Sufla": ("Yaftal-e Sufla", "Yaftali Sufla"),
    "Badghis/Bala Murghab": ("Bala Murghab", "Bala Morghab", "Balamurghab"),
    "Badghis/Qala-i-Naw": ("Qala-e Naw", "Qala Naw", "Qalai Naw"),
    # renamed Baghlan-e Markazi (central Baghlan); reports use both names
    "Baghlan/Baghlani Jadid": (
        "Baghlan-e Jadid",
        "Baghlan-i-Jadid",
        "Baghlan Jadid",
        "Baghlan-e Markazi",
        "Baghlan-i-Markazi",
        "Baghlani Markazi",
        "Баглани-Марказий",
    ),
    "Baghlan/Dih Salah": ("Deh Salah", "Deh-e Salah"),
    "Baghlan/Dushi": ("Doshi", "Dowshi", "دوشي"),
    "Baghlan/Puli Khumri": ("Pul-e Khumri", "Pul-i-Khumri", "Pol-e Khomri"),
    "Baghlan/Puli Hisar": ("Pul-e Hesar", "Pul-i-Hisar"),
    "Balkh/Chahar Bolak": ("Char Bolak", "Chahar Bulak"),
    "Balkh/Chahar Kint": ("Char Kint", "Chahar Kent"),
    "Balkh/Dihdadi": ("Dehdadi",),
    "Balkh/Kishindih": ("Keshendeh", "Kishindeh"),
    "Balkh/Mazari Sharif": ("Mazar-e Sharif", "Mazar-i-Sharif"),
    "Balkh/Nahri Shahi": ("Nahr-e Shahi", "Nahr-i-Shahi"),
    "Balkh/Sholgara": ("Sholgareh", "Shulgara"),
    "Bamyan/Yakawlang": ("Yakowlang", "Yakaolang"),
    "Daykundi/Shahristan": ("Shahrestan",),
    "Farah/Bala Buluk": ("Bala Boluk", "Bala Baluk"),
    "Farah/Pusht Rod": ("Posht Rod", "Pusht-e Rod"),
    "Farah/Lash Wa Juwayn": ("Lash-e Juwayn", "Lash wa Jawin"),
    "Faryab/Andkhoy": ("Andkhui", "Andkhvoy"),
    "Faryab/Khani Chahar Bagh": ("Khan-e Char Bagh", "Khan Char Bagh"),
    "Faryab/Khwaja Sabz Posh": ("Khwaja Sabz Posh Wali", "Khoja Sabz Posh"),
    "Faryab/Pashtun Kot": ("Pashtunkot", "Pashtun Kowt"),
    "Faryab/Shirin Tagab": ("Shirin Tagaw",),
    "Ghazni/Dih Yak": ("Deh Yak", "Deh Yek"),
    "Ghazni/Jaghuri": ("Jaghori",),
    "Ghazni/Khwaja Umari": ("Khwaja Omari", "Khogiani Umari"),
    "Ghazni/Nawur": ("Nawar", "Nahur"),
    "Ghazni/Bahrami Shahid (Jaghatu)": ("Jaghatu", "Jaghato"),
    "Ghazni/Wali Muhammadi Shahid": ("Wali Mohammad Shahid",),
    "Ghor/Chaghcharan": ("Chakhcharan", "Firozkoh", "Feroz Koh"),
    "Ghor/Lal Wa Sarjangal": ("Lal wa Sarjangal", "Lal-o-Sarjangal"),
    "Ghor/Charsada": ("Chahar Sada", "Char Sada", "Chaharsada"),
    "Helmand/Garmser": ("Garmsir", "Garmseer"),
    "Helmand/Lashkar Gah": ("Lashkargah", "Lashkar Gah city"),
    "Helmand/Musa Qala": ("Musa Qalah", "Musa Qaleh", "Musa Kala"),
    "Helmand/Nad Ali": ("Nad-e Ali", "Nad-i-Ali", "Nadali", "Nad Ali district"),
    "Helmand/Nahri Sarraj": ("Nahr-e Saraj", "Nahr-i-Sarraj", "Nahri Saraj", "Gereshk district"),
    "Helmand/Naw Zad": ("Now Zad", "Nawzad"),
    "Helmand/Nawa-i-Barakzayi": (
        "Nawa-e Barakzai",
        "Nawa-i-Barakzai",
        "Nawa Barakzai",
        "Nawa-I-Barakzayi",
        "Nawa",
    ),
    "Helmand/Reg": ("Reg-e Khan Neshin", "Khan Neshin", "Khanashin", "Registan (Helmand)"),
    "Helmand/Dishu": ("Deshu", "Dishoo"),
    "Helmand/Kajaki": ("Kajakai",),
    "Helmand/Sangin": ("Sangeen",),
    "Helmand/Washer": ("Washir",),
    "Herat/Hirat": ("Herat", "Herat city district"),
    "Herat/Ghoryan": ("Ghurian",),
    "Herat/Guzara": ("Guzarah", "Gozareh"),
    "Herat/Injil": ("Enjil",),
    "Herat/Koshki Kohna": ("Kushk-e Kuhna", "Kushk-i-Kuhna"),
    "Herat/Koshk": ("Kushk", "Koshk-e Robat-e Sangi", "Kushk-i-Rabat-i-Sangi"),
    "Herat/Obe": ("Obeh", "Awba"),
    "Herat/Zanda Jan": ("Zindajan", "Zenda Jan", "Zendeh Jan"),
    "Jowzjan/Shibirghan": ("Sheberghan", "Shiberghan", "Shebergan"),
    "Jowzjan/Qush Tepa": ("Qosh Tepa", "Qush Teppa"),
    "Jowzjan/Mangajek": ("Mingajik",),
    "Kabul/Chahar Asyab": ("Char Asiab", "Chahar Asiab", "Char Asyab"),
    "Kabul/Dih Sabz": ("Deh Sabz", "Deh-e Sabz"),
    "Kabul/Guldara": ("Gul Dara",),
    "Kabul/Khaki Jabbar": ("Khak-e Jabbar", "Khak-i-Jabbar"),
    "Kabul/Musayi": ("Musahi", "Mosahi"),
    "Kabul/Surobi": ("Sarobi", "Sorobi", "Surubi"),
    "Kabul/Shakardara": ("Shakar Dara",),
    "Kabul/Mir Bacha Kot": ("Mir Bachakot", "Mir Bacha Kowt"),
    "Kandahar/Daman": ("Daman district",),
    "Kandahar/Khakrez": ("Khakriz",),
    "Kandahar/Maruf": ("Maroof",),
    "Kandahar/Maywand": ("Maiwand",),
    "Kandahar/Miya Nishin": ("Mianeshin", "Mya Neshin"),
    "Kandahar/Panjwayi": ("Panjwai", "Panjwaye", "Panjway"),
    "Kandahar/Shah Wali Kot": ("Shah Wali Kowt", "Shahwalikot"),
    "Kandahar/Shorabak": ("Shorabak", "Shorawak"),
    "Kandahar/Spin Boldak": ("Spin Buldak", "Spin Boldaq"),
    "Kandahar/Zhari": ("Zheray", "Zhiray", "Zharey"),
    "Kapisa/Hisa-i-Awali Kohistan": ("Kohistan 1", "Kohistan-e Awal"),
    "Kapisa/Hisa-i-Duwumi Kohistan": ("Kohistan 2", "Kohistan-e Dowom"),
    "Kapisa/Mahmudi Raqi": ("Mahmud-i-Raqi", "Mahmud Raqi", "Mahmood Raqi"),
    "Kapisa/Nijrab": ("Nejrab",),
    "Khost/Khost": ("Khost (Matun)", "Matun"),
    "Khost/Gurbuz": ("Gurbuz district",),
    "Khost/Mando Zayi": ("Mandozai", "Mandozayi", "Ismail Khel"),
    "Khost/Mosa Khail": ("Musa Khel", "Musa Khail"),
    "Khost/Sabri": ("Sabari", "Sabary"),
    "Khost/Spira": ("Spera", "Spera district"),
    "Khost/Nadir Shah Kot": ("Nadir Shah Kowt", "Nader Shah Kot"),
    "Khost/Tere Zayi": ("Tani Zayi", "Terezai", "Tirizai", "Ali Sher"),
    "Kunar/Bar Kunar": ("Asmar", "Bar Konar"),
    "Kunar/Chapa Dara": ("Chapa Darah", "Chapadara"),
    "Kunar/Dara-i-Pech": ("Pech", "Pech valley", "Manogai"),
    "Kunar/Khas Kunar": ("Khas Konar",),
    "Kunar/Shaygal wa Shital": ("Shigal", "Shigal wa Sheltan"),
    "Kunar/Sarkani": ("Sirkanay", "Sarkanay", "Sar Kani"),
    "Kunar/Wata Pur": ("Watapur",),
    "Kunduz/Chahar Dara": ("Char Dara", "Chardara", "Chahar Darah"),
    "Kunduz/Dashte Archi": ("Dasht-e Archi", "Dasht-i-Archi"),
    "Kunduz/Imam Sahib": ("Imam Saheb",),
    "Kunduz/Qala-i-Zal": ("Qala-e Zal", "Qalai Zal"),
    "Laghman/Alishing": ("Alishang",),
    "Laghman/Daulatshahi": ("Dawlat Shah", "Dowlat Shah"),
    "Laghman/Mihtarlam": ("Mehtarlam", "Mehtar Lam"),
    "Laghman/Qarghayi": ("Qarghayee", "Qarghai"),
    "Logar/Baraki Barak": ("Baraki-Barak", "Barak-i-Barak"),
    "Logar/Mohammad Agha": ("Muhammad Agha", "Mohammad Agha district"),
    "Logar/Puli Alam": ("Pul-e Alam", "Pul-i-Alam"),
    "Nangarhar/Acheen": ("Achin", "Achin district", "Ачин", "أتشين", "اچین"),
    "Nangarhar/Bati Kot": ("Batikot", "Bati Kowt"),
    # Arabic wires: "مديرية بهسود بولاية ننجرهار" (the Nangarhar Behsud as well as Wardak's)
    "Nangarhar/Bihsud": ("Behsud", "بهسود"),
    "Nangarhar/Chaparhar": ("Chapahar", "Chaparhaar", "شابرهار", "جبرهار", "چپرهار"),
    "Nangarhar/Dara-i-Nur": ("Dara-e Nur", "Darah-ye Nur", "Dara Noor"),
    "Nangarhar/Deh Bala": ("Haska Mina", "Haska Meyna", "Deh Bala district"),
    "Nangarhar/Dur Baba": ("Durbaba",),
    "Nangarhar/Khogayani": ("Khogyani", "Khugyani", "Khogiani", "Khugiani"),
    "Nangarhar/Kuz Kunar": ("Kuz Konar", "Kuzkunar"),
    "Nangarhar/Lal Por": ("Lalpur", "Lal Pur"),
    "Nangarhar/Muhmand Dara": ("Mohmand Dara", "Momand Dara"),
    "Nangarhar/Nazyan": ("Nazian",),
    "Nangarhar/Pachier Agam": ("Pachir Wa Agam", "Pachir wa Agam", "Pachir Agam"),
    "Nangarhar/Rodat": ("Rodaat",),
    "Nangarhar/Shinwar": ("Shinwar district", "Ghani Khel"),
    "Nangarhar/Surkh Rod": ("Surkhrod", "Surkh Rud"),
    "Nimruz/Chahar Burjak": ("Char Burjak",),
    "Nimruz/Chakhansur": ("Chakhansoor",),
    "Nimruz/Khash Rod": ("Khashrod",),
    "Nuristan/Bargi Matal": ("Barg-e Matal", "Bargimatal"),
    "Nuristan/Kamdesh": ("Kamdeysh",),
    "Nuristan/Nurgaram": ("Noorgaram",),
    "Paktia/Ali Khail (Jaji)": ("Jaji", "Ali Khel", "Aryub Zazi"),
    "Paktia/Gardiz": ("Gardez",),
    "Paktia/Jani Khail": ("Jani Khel",),
    "Paktia/Laja Ahmad Khail": ("Laja Ahmad Khel", "Lija Ahmad Khel"),
    "Paktia/Zurmat": ("Zormat",),
    "Paktia/Sayed Karam": ("Sayyid Karam", "Sayed Karam"),
    "Paktika/Barmal": ("Bermal",),
    "Paktika/Jani Khel": ("Jani Khail",),
    "Paktika/Sharan": ("Sharana",),
    "Paktika/Sar Hawza": ("Sar Rawzah", "Sarhawza"),
    "Paktika/Waza Khwa": ("Waza Khwah", "Wazakhwa"),
    "Paktika/Wor Mayi": ("Wormamay", "Wor Mamay"),
    "Paktika/Yahya Khel": ("Yahya Khail",),
    "Paktika/Yosuf Khel": ("Yusuf Khel", "Yousuf Khel"),
    "Paktika/Zarghun Shahr": ("Khair Kot", "Khayr Kot"),
    "Panjshir/Khenj (Hisa-i-Awal)": ("Khinj", "Hisa-i-Awal", "Hesa-e Awal"),
    "Panjshir/Rukha": ("Rokha", "Rukhah"),
    "Panjshir/Paryan": ("Paryan district",),
    "Panjshir/Shutul": ("Shotul",),
    "Parwan/Chaharikar": ("Charikar",),
    "Parwan/Jabalussaraj": ("Jabal-us-Saraj", "Jabal Saraj", "Jabal-e Saraj", "Jabal os Saraj"),
    "Parwan/Kohi Safi": ("Koh-e Safi", "Koh-i-Safi"),
    "Parwan/Sayd Khel": ("Sayed Khel", "Sayyid Khel"),
    "Parwan/Shekh Ali": ("Sheikh Ali", "Shaikh Ali"),
    "Parwan/Siagird (Ghorband)": ("Siahgird", "Sia Gird", "Ghorband", "Ghorbund"),
    "Parwan/Surkhi Parsa": ("Surkh-e Parsa", "Surkh Parsa"),
    "Samangan/Aybak": ("Aibak", "Samangan city district"),
    "Samangan/Feroz Nakhchir": ("Feroz Nakhcheer", "Firoz Nakhchir"),
    "Samangan/Dara-i-Sufi Bala": ("Dara-e Suf Bala", "Dara-i-Suf Bala", "Darah-ye Suf-e Bala"),
    "Samangan/Dara-i-Sufi Payin": ("Dara-e Suf Payin", "Dara-i-Suf Payin", "Dara-e Suf Pain"),
    "Samangan/Hazrati Sultan": ("Hazrat-e Sultan", "Hazrat Sultan"),
    "Samangan/Ruyi Du Ab": ("Ruy-e Du Ab", "Ruy Doab"),
    "Sar-e Pol/Sari Pul": ("Sar-e Pol", "Sar-e Pul", "Sar-i-Pul"),
    "Sar-e Pol/Sayyad": ("Sayad",),
    "Sar-e Pol/Sozma Qala": ("Sozmah Qala", "Sozma Qalah"),
    "Sar-e Pol/Sangcharak": ("Sang Charak", "Sang-e Charak"),
    "Takhar/Dashti Qala": ("Dasht-e Qala", "Dasht-i-Qala"),
    "Takhar/Hazar Sumuch": ("Hazar Samuch",),
    "Takhar/Ishkamish": ("Eshkamesh", "Ishkamesh"),
    "Takhar/Khwaja Bahawuddin": ("Khwaja Bahauddin", "Khoja Bahauddin"),
    "Takhar/Taluqan": ("Taloqan", "Taleqan"),
    "Uruzgan/Chora": ("Chinarto", "Chorah"),
    "Uruzgan/Dihrawud": ("Deh Rawud", "Dehrawud", "Deh Rawod", "Dehrawood"),
    "Uruzgan/Khas Uruzgan": ("Khas Oruzgan",),
    "Uruzgan/Shahidi Hassas": ("Shahid-e Hassas", "Shahid Hassas", "Charchino", "Char Chino"),
    "Uruzgan/Tirin Kot": ("Tarinkot", "Tarin Kowt", "Tarin Kot", "Tirinkot"),
    "Wardak/Chaki Wardak": ("Chak-e Wardak", "Chak-i-Wardak", "Chak district"),
    "Wardak/Nirkh": ("Nerkh", "Narkh"),
    "Wardak/Day Mirdad": ("Daimirdad", "Day Mirdad", "Dai Mirdad"),
    "Wardak/Jalrez": ("Jalriz",),
    "Wardak/Maydan Shahr": ("Maidan Shahr", "Maidanshahr"),
    "Wardak/Saydabad": ("Sayedabad", "Sayyidabad", "Sayed Abad"),
    "Zabul/Daychopan": ("Day Chopan", "Dai Chopan"),
    "Zabul/Naw Bahar": ("Now Bahar", "Nawbahar"),
    "Zabul/Shahjoy": ("Shah Joy", "Shahjoi", "Shah Jowy"),
    "Zabul/Shamulzayi": ("Shamulzai", "Shomulzai"),
    "Zabul/Tarnak Wa Jaldak": ("Tarnak wa Jaldak", "Jaldak"),
}

# The capital is also named by its role ("the Afghan capital", "в афганской столице",
# "العاصمة الأفغانية"); "capital of Afghanistan" is how the extractor finds the country's
# capital for a bare "the capital" (extract/places.py). Given to the town alone, after the
# province and district names are derived from the towns' (they name no province).
CAPITAL_ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "town:kabul:kabul": (
        "Afghan capital",
        "capital of Afghanistan",
        "Afgan başkenti",
        "афганской столице",
        "столица Афганистана",
        "العاصمة الأفغانية",
        "العاصمة الافغانية",
    ),
}


def with_role_names(entry: dict[str, Any]) -> dict[str, Any]:
    """A town with the names of its role ("Afghan capital"), when it has any."""
    roles = CAPITAL_ROLE_NAMES.get(entry["id"], ())
    if not roles:
        return entry
    return {**entry, "aliases": unique_aliases(entry["name"], [*entry["aliases"], *roles])}


# Towns whose GeoNames name is not the usual English spelling, and the spellings reports use.
# Keyed by GeoNames id. A "name" replaces the main name (the GeoNames name stays an alias).
TOWN_OVERRIDES: dict[int, dict[str, Any]] = {
    1138958: {"aliases": ("Kabul city", "Kabil", "Кабул", "کابل")},
    1140026: {"name": "Herat", "aliases": ("Herat city", "Hirat", "Герат", "هرات")},
    1133616: {
        "name": "Mazar-i-Sharif",
        "aliases": (
            "Mazar-e Sharif",
            "Mazar-e-Sharif",
            "Mazar-i Sharif",
            "Mazari Sharif",
            "Mazar",
            "Mezar-ı Şerif",
            "Mezar-i Şerif",
            "Мазари-Шариф",
            "Мазар-и-Шариф",
            "Мазари Шариф",
            "مزار شریف",
            "مزارشریف",
        ),
    },
    1138336: {"name": "Kandahar", "aliases": ("Kandahar city", "Qandahar", "Кандагар", "قندهار")},
    1139715: {
        "name": "Jalalabad",
        "aliases": ("Jelalabad", "Celalabad", "Джелалабад", "Джалалабад", "جلال‌آباد", "جلالآباد"),
    },
    1135689: {"aliases": ("Kunduz city", "Kondoz", "Qunduz", "Кундуз", "کندز")},
    1141269: {"aliases": ("Ghazni city", "Газни", "غزنی")},
    1141857: {"aliases": ("Gardiz", "Гардез", "گردیز")},
    1136469: {"name": "Khost", "aliases": ("Khost city", "Matun", "Khost (Matun)", "Хост")},
    1133453: {"aliases": ("Maimana", "Meymaneh", "Maimanah", "Меймене", "میمنه")},
    1147242: {"name": "Bamyan", "aliases": ("Bamiyan", "Bamyan city", "Bamiyan city", "Бамиан")},
    1130490: {
        "name": "Pul-i-Khumri",
        "aliases": ("Puli Khumri", "Pul-e Khumri", "Pol-e Khomri", "Пули-Хумри", "پلخمری"),
    },
    1125444: {
        "name": "Sheberghan",
        "aliases": ("Shibirghan", "Shebergan", "Shiberghan", "Шибирган", "Шеберган", "شبرغان"),
    },
    1145352: {"aliases": ("Chaharikar", "Чарикар", "چاریکار")},
    1127110: {
        "name": "Sar-e Pol",
        "aliases": ("Sar-e Pol city", "Sar-i-Pul", "Sare Pul", "Sari Pul", "Saripul", "Сари-Пуль"),
    },
    1120985: {"aliases": ("Zarang", "Заранг", "Зарандж", "زرنج")},
    1142738: {"aliases": ("دوشي",)},
    1148560: {"aliases": ("أقچه", "آقچه", "اقچه", "أقجه")},
    1148311: {"name": "Asadabad", "aliases": ("Chaghasarai", "Асадабад", "اسعدآباد", "اسدآباد")},
    1127768: {"name": "Aybak", "aliases": ("Aibak", "Samangan city", "Айбак", "ایبک")},
    1142170: {"aliases": ("Faizabad", "Feyzabad", "Fayzabad city", "Файзабад", "فیض‌آباد")},
    1134720: {
        "name": "Lashkar Gah",
        "aliases": ("Lashkargah", "Lashkar Gah city", "Лашкаргах", "Лашкар-Гах", "لشکرگاه"),
    },
    1142264: {"aliases": ("Farah city", "Фарах", "فراه")},
    1131833: {"name": "Nili", "aliases": ("Nili city", "نیلی")},
    1145904: {
        "name": "Chaghcharan",
        "aliases": ("Firozkoh", "Feroz Koh", "Chakhcharan", "Чагчаран", "چغچران", "فیروزکوه"),
    },
    1133574: {
        "name": "Mehtarlam",
        "aliases": ("Mihtarlam", "Mehtar Lam", "Метарлам", "Мехтарлам", "مهترلام"),
    },
    1130497: {
        "name": "Pul-i-Alam",
        "aliases": ("Puli Alam", "Pul-e Alam", "Pol-e Alam", "Пули-Алам", "پل علم"),
    },
    1130131: {"name": "Qalat", "aliases": ("Qalat-i Ghilzai", "Kalat", "Калат", "قلات")},
    1122747: {
        "aliases": ("Tirin Kot", "Tarin Kowt", "Tarin Kot", "Tirinkot", "Тарин-Кот", "ترینکوت")
    },
    1129867: {
        "name": "Qala-i-Naw",
        "aliases": ("Qala-e Naw", "Qala Naw", "Qalai Naw", "Калайи-Нау", "قلعه نو"),
    },
    8534261: {"aliases": ("Sharana", "Шарана", "شرنه")},
    1456960: {
        "name": "Maidan Shahr",
        "aliases": ("Maydan Shahr", "Meydan Shahr", "Майданшахр", "میدان شهر"),
    },
    1429434: {"name": "Bazarak", "aliases": ("Базарак", "بازارک")},
    1123004: {"aliases": ("Taluqan", "Talukan", "Taleqan", "Талукан", "تالقان")},
    1130469: {"name": "Parun", "aliases": ("Paroon", "پارون")},
    1123906: {
        "name": "Spin Boldak",
        "aliases": ("Spin Buldak", "Spin Boldak town", "Спин-Булдак", "سپین بولدک"),
    },
    1132604: {"name": "Musa Qala", "aliases": ("Musa Qalah", "Musa Qaleh", "Муса-Кала")},
    1127547: {"name": "Sangin", "aliases": ("Sangeen", "Сангин")},
    1141540: {"aliases": ("Girishk", "Gereshk city", "Гиришк", "گرشک")},
    1147540: {"aliases": ("Baghlan city", "Baghlan-e Jadid")},
    1147290: {"aliases": ("Balkh city",)},
    # GeoNames gives this Laghman village the name of a Kabul neighbourhood.
    1129555: {"drop": ("Deh Mazang", "Dekhmazang")},
    1137079: {"name": "Khan Neshin", "aliases": ("Khanashin",)},
    # "March" alone would match the month in every dated report.
    1467433: {"name": "March (Yawan)", "aliases": ("Murch",), "drop": ("March", "Marc")},
}

GENERIC_PREFIX_WORDS = (
    "markaz",
    "hukumat",
    "hukumati",
    "wuleswali",
    "wuluswali",
    "woluswali",
    "woludwali",
    "oluswali",
    "olusvali",
    "uluswali",
    "ulusvali",
    "vulesvali",
    "vulusvali",
    "alaqahdari",
    "alaqadari",
    "alakadari",
    "bazar",
)
_ADMIN_WORD = "|".join(GENERIC_PREFIX_WORDS)
LATIN_PREFIX_RE = re.compile(rf"^(?:(?:{_ADMIN_WORD})(?:-(?:e|ye|i|yi))?[\s-]+)+", re.IGNORECASE)
LATIN_SUFFIX_RE = re.compile(rf"(?:[\s-]+(?:{_ADMIN_WORD}))+$", re.IGNORECASE)
# A Latin alias written with the English word ("Doshi district") is no name to transliterate:
# "Доши Дистрикт" is no Russian spelling.
LATIN_DISTRICT_WORD_RE = re.compile(r"[\s-]+district$", re.IGNORECASE)
OTHER_PREFIX_RE = re.compile(
    r"^(?:ولسوالي|ولسوالی|علاقه\s?داری|علاقه\u200cداری|علاقه‌داري|مرکز|مركز|حکومت|"
    r"Вулесвали|Улусвали|Олусвали|Вулусвали)[\s-]+"
)

# A one-word GeoNames alternate name shorter than this is dropped ("Bay", "Bust", "Kahi"):
# checked by reading every dropped and kept alternate of the 319 towns.
SHORT_ALTERNATE_LETTERS = 5
# One-word alternates that are titles, generic words or English words, dropped for the same
# reason (found by reading the alternates).
COMMON_WORDS = frozenset(
    (
        "hazrat",
        "khwaja",
        "khoja",
        "sheikh",
        "shaykh",
        "qalah",
        "bazar",
        "bazaar",
        "markaz",
        "tatar",
        "janda",
        "barak",
        "sangar",
        "ribat",
        "rabat",
        "march",
        "marsh",
        "tareen",
        "dahana",
        "kabuli",
        "kabula",
        "hazro",
        "hazrah",
        "sharak",
        "saran",
        "garmak",
    )
)

# Arabic-script and Cyrillic names of the form "district of X": X names the district.
DISTRICT_WORD_RE = re.compile(
    r"^(?:ولسوالي|ولسوالی|علاقه\s?داری|علاقه\u200cداری|Вулесвали|Улусвали|Олусвали|Вулусвали)"
    r"[\s-]+(\S.*)$"
)

APOSTROPHES = str.maketrans("", "", "‘’ʻʼ'`´")


# -- small helpers ---------------------------------------------------------------------------
@cache
def phrase_key(text: str) -> Key:
    """The matcher's key of a name, cached: the build asks for the same names many times."""
    return _phrase_key(text)


def slug(text: str) -> str:
    folded = ascii_fold(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def ascii_fold(text: str) -> str:
    """Latin text without diacritics or ayn/hamza marks: ``‘Alāqahdārī`` -> ``Alaqahdari``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def scripts_of(text: str) -> set[str]:
    found: set[str] = set()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("LATIN"):
            found.add("latin")
        elif name.startswith("ARABIC"):
            found.add("arabic")
        elif name.startswith("CYRILLIC"):
            found.add("cyrillic")
        else:
            found.add("other")
    return found


def keep_alternate(name: str) -> bool:
    """Latin, Arabic-script and Cyrillic names; not codes, machine romanisations, common words
    or very short single words (they would match ordinary words in reports)."""
    scripts = scripts_of(name)
    if len(scripts) != 1 or "other" in scripts:
        return False
    words = name.split()
    if len(words) == 1 and len(ascii_fold(name)) < SHORT_ALTERNATE_LETTERS:
        return False
    if ascii_fold(name).casefold() in COMMON_WORDS:
        return False
    if "latin" in scripts:
        if name.islower() or name.isupper():
            return False  # "zwr kwt" machine romanisations; "KBL" airport codes
        return bool(re.fullmatch(r"[^\W\d_]+(?:[\s\-‘’'.][^\W\d_]*)*", name))
    return True


def bare_name(name: str) -> str | None:
    """``Wuleswali Bihsud`` -> ``Bihsud``; ``None`` if the name has no administrative word."""
    folded = ascii_fold(name)
    for pattern in (LATIN_PREFIX_RE, LATIN_SUFFIX_RE, OTHER_PREFIX_RE):
        source = folded if pattern is not OTHER_PREFIX_RE else name
        stripped = pattern.sub("", source).strip(" -")
        if stripped and stripped != source.strip():
            return stripped
    return None


def unique_aliases(main: str, aliases: Iterable[str]) -> list[str]:
    """Distinct alias strings, sorted, without the main name and without empty keys."""
    texts = {unicodedata.normalize("NFC", a).strip() for a in aliases if a}
    return sorted(t for t in texts if t and t != main and phrase_key(t))


def rounded(value: float, decimals: int = POINT_DECIMALS) -> float:
    return round(value, decimals)


# -- Russian spellings ------------------------------------------------------------------------
# Russian reports write Afghan district names in Cyrillic ("в уезде Джурм", "уезде Панджвайи")
# and as adjectives ("в Дарвазском районе", "Хостинской провинции"). GeoNames has Cyrillic for
# few districts, so each Latin name is also written the way Russian outlets transliterate
# Dari/Pashto names, and every Cyrillic district or province name gets its adjectives.
_RU_DIGRAPHS = {"kh": "х", "gh": "г", "sh": "ш", "ch": "ч", "zh": "ж", "ts": "ц", "ee": "и"}
_RU_DIGRAPHS |= {"oo": "у", "ou": "у", "ya": "я", "yu": "ю"}
_RU_LETTERS = dict(zip("abdefghiklmnoprstuvz", "абдефгхиклмнопрстувз", strict=True))
_RU_LETTERS |= {"j": "дж", "x": "кс", "q": "к", "w": "в", "c": "к"}
# Transliterations of one word this short are left out: they would match Russian words.
SHORT_RU_NAME = 4
RU_DISTRICT_NOUNS = ("район", "уезд")
RU_PROVINCE_NOUNS = ("провинция", "область")
_VOWELS = "aeiouy"
# Russian adjective endings of a place name by its last letter: Кундуз -> Кундузский and the
# irregular -инский of Хост -> Хостинский, Дангара -> Дангаринский; Газни -> Газнийский.
_RU_ADJECTIVES = (("ия", ("ийский",)), ("а", ("ский", "инский")), ("я", ("ский",)))
_RU_ADJECTIVES += (("и", ("йский",)), ("й", ("ский",)), ("ь", ("ский",)))
_RU_CONSONANT_FINAL = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def cyrillic_spelling(name: str) -> str | None:
    """``Panjwayi`` -> ``Панджвайи``, ``Kosh Tepa`` -> ``Кош Тепа``; None for non-Latin names."""
    folded = ascii_fold(name)
    if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", folded):
        return None
    words = folded.split()
    return " ".join("-".join(_cyrillic_word(part) for part in word.split("-")) for word in words)


def _cyrillic_word(word: str) -> str:
    lower, out, i = word.lower(), [], 0
    while i < len(lower):
        pair = lower[i : i + 2]
        if pair in _RU_DIGRAPHS and not (pair[0] == "y" and i == 0 and pair == "ye"):
            out.append(_RU_DIGRAPHS[pair])
            i += 2
            continue
        char = lower[i]
        if char == "y":
            # y is a vowel between consonants ("Nyaz") and the glide й elsewhere ("Shinkay")
            before = lower[i - 1] if i else ""
            after = lower[i + 1] if i + 1 < len(lower) else ""
            out.append("и" if before and before not in _VOWELS and after not in _VOWELS else "й")
        elif char == "e" and (i == 0 or lower[i - 1] in _VOWELS):
            out.append("э")
        else:
            out.append(_RU_LETTERS.get(char, "" if char == "'" else char))
        i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:]


def russian_adjectives(name: str) -> list[str]:
    """The adjectives of a Cyrillic place name (Дарваз -> Дарвазский), matched in every case
    form because the matcher folds Russian endings."""
    if not re.search(r"[а-яё]$", name):
        return []
    for ending, suffixes in _RU_ADJECTIVES:
        if name.endswith(ending):
            stem = name[: -len(ending)] if ending in ("ия", "а", "я") else name
            return [stem + suffix for suffix in suffixes]
    if _RU_CONSONANT_FINAL.search(name):
        return [name + "ский", name + "инский"]
    return []


def _latin_bare_names(names: Iterable[str]) -> list[str]:
    """The Latin names of a place to write in Cyrillic: none with a generic word after it."""
    return [
        n
        for n in names
        if scripts_of(n) == {"latin"}
        and not LATIN_SUFFIX_RE.search(n)
        and not LATIN_DISTRICT_WORD_RE.search(n)
    ]


def with_russian_forms(entry: dict[str, Any], taken: set[Key]) -> dict[str, Any]:
    """A district's Cyrillic transliterations and a district's or province's adjectives, but
    not the names a hand-written place already has (Tajikistan's "Дарвазский район")."""
    if entry["kind"] not in ("district", "province") or entry["country"] != COUNTRY:
        return entry
    names = [entry["name"], *entry["aliases"]]
    cyrillic = [n for n in names if scripts_of(n) == {"cyrillic"}]
    short: list[str] = []
    if entry["kind"] == "district":
        latin = _latin_bare_names(names)
        spelled = [c for c in map(cyrillic_spelling, latin) if c]
        cyrillic += [c for c in spelled if len(c) > SHORT_RU_NAME]
        # a short one only after the word "уезд" ("уезда Дара"), where it cannot be a word
        short = [f"уезд {c}" for c in spelled if len(c) <= SHORT_RU_NAME]
    # an adjective alone also names institutions ("Нового Кабульского банка"): only with its noun
    nouns = RU_DISTRICT_NOUNS if entry["kind"] == "district" else RU_PROVINCE_NOUNS
    adjectives = [f"{a} {n}" for c in cyrillic for a in russian_adjectives(c) for n in nouns]
    forms = [f for f in (*cyrillic, *short, *adjectives) if phrase_key(f) not in taken]
    return {**entry, "aliases": unique_aliases(entry["name"], [*entry["aliases"], *forms])}


# Turkish outlets write Dari/Pashto names with Turkish letters: "kh" as "h" (Hogyani,
# Khogyani), "sh" as "ş" (Şindand), "ch" as "ç", "j" as "c" (Celalabad), "w" as "v" (Nava)
# and "q" as "k" (Kala). Each Latin district name is also written that way.
_TR_SPELLING = (("kh", "h"), ("sh", "ş"), ("ch", "ç"), ("j", "c"), ("q", "k"))
# A Turkish form this short is left out: "Host" (Khost) is an English word, "Yavan" (Yawan)
# a Turkish one; the matcher ignores case.
SHORT_TR_NAME = 6


def turkish_spelling(name: str) -> str | None:
    """``Khogyani`` -> ``Hogyani``, ``Shindand`` -> ``Şindand``; None when nothing changes or
    the name is not plain Latin."""
    folded = ascii_fold(name)
    if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", folded):
        return None
    out = folded
    for latin, turkish in _TR_SPELLING:
        out = re.sub(latin, turkish, out)
        out = re.sub(latin.capitalize(), turkish.upper(), out)
    if out == folded or len(out.replace(" ", "")) < SHORT_TR_NAME:
        return None
    return out if out.lower() not in COMMON_WORDS else None


def with_turkish_forms(entry: dict[str, Any], taken: set[Key]) -> dict[str, Any]:
    """A district's Turkish spellings, unless another place already has the name."""
    if entry["kind"] != "district" or entry["country"] != COUNTRY:
        return entry
    names = [entry["name"], *entry["aliases"]]
    latin = [n for n in names if scripts_of(n) == {"latin"} and not LATIN_SUFFIX_RE.search(n)]
    forms = [f for f in map(turkish_spelling, latin) if f and phrase_key(f) not in taken]
    return {**entry, "aliases": unique_aliases(entry["name"], [*entry["aliases"], *forms])}


# -- geometry ---------------------------------------------------------------------------------
def polygons_of(geometry: dict[str, Any]) -> list[list[Ring]]:
    if geometry["type"] == "Polygon":
        return [[[(p[0], p[1]) for p in ring] for ring in geometry["coordinates"]]]
    if geometry["type"] == "MultiPolygon":
        return [[[(p[0], p[1]) for p in ring] for ring in poly] for poly in geometry["coordinates"]]
    raise ValueError(f"unsupported geometry type {geometry['type']}")


def point_segment_distance(p: Coord, a: Coord, b: Coord) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))


def douglas_peucker(points: Sequence[Coord], tolerance: float) -> list[Coord]:
    """Keep the first and last point and every point farther than ``tolerance`` from the
    simplified line (iterative, so long borders do not hit the recursion limit)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = -1.0, -1
        for i in range(first + 1, last):
            d = point_segment_distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index != -1 and best > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify_chain(chain: list[Coord], tolerance: float) -> list[Coord]:
    """Simplify in a canonical direction, so a border shared by two rings comes out the same."""
    reverse = chain[-1] < chain[0] or (chain[-1] == chain[0] and chain[-2] < chain[1])
    canonical = chain[::-1] if reverse else chain
    simplified = douglas_peucker(canonical, tolerance)
    return simplified[::-1] if reverse else simplified


def ring_nodes(ring: Ring, usage: dict[Coord, frozenset[int]]) -> list[int]:
    """Indices where the set of rings sharing a vertex changes: the ends of shared borders."""
    n = len(ring)
    nodes = [
        i
        for i in range(n)
        if usage[ring[i]] != usage[ring[i - 1]] or usage[ring[i]] != usage[ring[(i + 1) % n]]
    ]
    if nodes:
        return nodes
    far = max(range(n), key=lambda i: math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]))
    return sorted({0, far})


def simplify_ring(ring: Ring, usage: dict[Coord, frozenset[int]], tolerance: float) -> Ring:
    open_ring = ring[:-1]
    nodes = ring_nodes(open_ring, usage)
    n = len(open_ring)
    out: Ring = []
    for a, b in zip(nodes, [*nodes[1:], nodes[0] + n], strict=True):
        chain = [open_ring[i % n] for i in range(a, b + 1)]
        out.extend(simplify_chain(chain, tolerance)[:-1])
    out.append(out[0])
    return out if len(out) >= 4 else ring


def simplify_layer(layer: list[list[list[Ring]]], tolerance: float) -> list[list[list[Ring]]]:
    """Topology-aware simplification of features -> polygons -> rings (closed)."""
    users: dict[Coord, set[int]] = defaultdict(set)
    rings = [ring for feature in layer for poly in feature for ring in poly]
    for index, ring in enumerate(rings):
        for point in ring[:-1]:
            users[point].add(index)
    usage = {point: frozenset(ids) for point, ids in users.items()}
    return [
        [[simplify_ring(ring, usage, tolerance) for ring in poly] for poly in feature]
        for feature in layer
    ]


def round_ring(ring: Ring, decimals: int) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        point = [round(x, decimals), round(y, decimals)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def geometry_json(polygons: list[list[Ring]], decimals: int) -> dict[str, Any]:
    coords = [[round_ring(ring, decimals) for ring in poly] for poly in polygons]
    coords = [[r for r in poly if len(r) >= 4] for poly in coords]
    coords = [poly for poly in coords if poly]
    if len(coords) == 1:
        return {"type": "Polygon", "coordinates": coords[0]}
    return {"type": "MultiPolygon", "coordinates": coords}


def ring_area_centroid(ring: Ring) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in pairwise(ring):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return area, cx / (6 * area), cy / (6 * area)


def polygon_centroid(polygons: list[list[Ring]]) -> Coord:
    total = sx = sy = 0.0
    for poly in polygons:
        for i, ring in enumerate(poly):
            area, cx, cy = ring_area_centroid(ring)
            area = abs(area) if i == 0 else -abs(area)
            total += area
            sx += cx * area
            sy += cy * area
    return sx / total, sy / total


def inside_ring(point: Coord, ring: Ring) -> bool:
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def inside_polygons(point: Coord, polygons: list[list[Ring]]) -> bool:
    return any(
        inside_ring(point, poly[0]) and not any(inside_ring(point, h) for h in poly[1:])
        for poly in polygons
    )


# -- source records ---------------------------------------------------------------------------
@dataclass(frozen=True)
class District:
    province: str
    name: str
    raw_name: str
    shape_id: str
    label: Coord
    aliases: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"district:{slug(self.province)}:{slug(self.name.split('(')[0])}"

    @property
    def display(self) -> str:
        """The name without its parenthesised alternative: ``Reg(Khanshin)`` -> ``Reg``."""
        return without_parentheses(self.name)


def clean_district_name(raw: str) -> str:
    name = " ".join(raw.split())
    return DISTRICT_NAME_FIXES.get(name, name)


def without_parentheses(name: str) -> str:
    return re.sub(r"\s*\(.*\)\s*", " ", name).strip()


def parenthesised(name: str) -> list[str]:
    inner = re.findall(r"\(([^)]*)\)", name)
    return [" ".join(i.split()) for i in inner if i.strip()]


def read_districts(source: Path) -> list[District]:
    with (source / DISTRICTS_CSV).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    districts = []
    for row in rows:
        name = clean_district_name(row["adm2_shapeName"])
        name = re.sub(r"(\S)\(", r"\1 (", name)  # "Reg(Khanshin)" -> "Reg (Khanshin)"
        key = f"{row['province']}/{without_parentheses(name)}"
        extra = DISTRICT_ALIASES.get(key, ()) + DISTRICT_ALIASES.get(
            f"{row['province']}/{name}", ()
        )
        aliases = (name, *parenthesised(name), *extra)
        districts.append(
            District(
                province=row["province"],
                name=name,
                raw_name=row["adm2_shapeName"],
                shape_id=row["adm2_shapeID"],
                label=(float(row["label_lon"]), float(row["label_lat"])),
                aliases=tuple(aliases),
            )
        )
    return sorted(districts, key=lambda d: d.id)


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# -- places -----------------------------------------------------------------------------------
def place(
    *,
    id: str,
    name: str,
    kind: str,
    point: Coord,
    precision: int,
    aliases: Iterable[str] = (),
    country: str = COUNTRY,
    admin1: str | None = None,
    admin2: str | None = None,
    population: int | None = None,
) -> dict[str, Any]:
    return {
        "id": id,
        "name": name,
        "kind": kind,
        "country": country,
        "admin1": admin1,
        "admin2": admin2,
        "latitude": rounded(point[1]),
        "longitude": rounded(point[0]),
        "geo_precision": precision,
        "aliases": unique_aliases(name, aliases),
        "population": population,
    }


def province_places(
    provinces: dict[str, list[list[Ring]]], districts: list[District]
) -> list[dict[str, Any]]:
    out = []
    for name, polygons in sorted(provinces.items()):
        centre = polygon_centroid(polygons)
        if not inside_polygons(centre, polygons):
            labels = [d.label for d in districts if d.province == name]
            centre = min(labels, key=lambda p: math.hypot(p[0] - centre[0], p[1] - centre[1]))
        out.append(
            place(
                id=f"province:{slug(name)}",
                name=name,
                kind="province",
                point=centre,
                precision=3,
                aliases=PROVINCE_ALIASES.get(name, ()),
                admin1=name,
            )
        )
    return out


def country_place(provinces: dict[str, list[list[Ring]]]) -> dict[str, Any]:
    everything = [poly for polygons in provinces.values() for poly in polygons]
    return place(
        id="country:afghanistan",
        name=COUNTRY,
        kind="country",
        point=polygon_centroid(everything),
        precision=3,
        aliases=COUNTRY_ALIASES,
    )


def district_places(districts: list[District]) -> list[dict[str, Any]]:
    return [
        place(
            id=d.id,
            name=d.display,
            kind="district",
            point=d.label,
            precision=2,
            aliases=d.aliases,
            admin1=d.province,
            admin2=d.display,
        )
        for d in districts
    ]


@dataclass(frozen=True)
class NameIndex:
    """Which (province, district) each matching key names, from every place except the GeoNames
    towns, so that a town alias naming a place elsewhere ("Kohistan" for Kuhsan in Herat)
    can be dropped."""

    owners: dict[tuple[str, ...], set[tuple[str, str | None]]]

    @classmethod
    def build(cls, places: list[dict[str, Any]]) -> NameIndex:
        owners: dict[tuple[str, ...], set[tuple[str, str | None]]] = defaultdict(set)
        for entry in places:
            owner = (entry["admin1"], entry["admin2"])
            for text in (entry["name"], *entry["aliases"]):
                owners[phrase_key(text)].add(owner)
        return cls(dict(owners))

    def misleading(self, alias: str, province: str, district: str) -> bool:
        owners = self.owners.get(phrase_key(alias))
        if not owners:
            return False
        return not any(a == province and b in (None, district) for a, b in owners)


def town_names(record: dict[str, Any]) -> tuple[str, list[str]]:
    """The main name (ASCII, bare of administrative words) and the raw aliases."""
    override = TOWN_OVERRIDES.get(record["geonameid"], {})
    original = record["name"]
    folded = ascii_fold(original)
    bare = bare_name(original)
    main = override.get("name") or bare or folded
    dropped = set(override.get("drop", ()))
    alternates = [
        a for a in record["alternatenames"] if keep_alternate(a) and ascii_fold(a) not in dropped
    ]
    bares = [b for b in (bare_name(a) for a in alternates) if b]
    aliases = [original, folded, *alternates, *bares, *override.get("aliases", ())]
    return main, [a for a in aliases if ascii_fold(a) not in dropped]


def town_places(
    records: list[dict[str, Any]], districts: list[District], index: NameIndex
) -> list[dict[str, Any]]:
    district_names = {(d.province, d.raw_name.strip()): d.display for d in districts}
    used: set[str] = set()
    out = []
    for record in sorted(records, key=lambda r: r["geonameid"]):
        province = record["gb_province"]
        district = district_names[(province, " ".join(record["gb_adm2_shapeName"].split()))]
        main, aliases = town_names(record)
        kept = [a for a in aliases if not index.misleading(a, province, district)]
        place_id = f"town:{slug(province)}:{slug(main)}"
        if place_id in used:
            place_id = f"{place_id}-{record['geonameid']}"
        used.add(place_id)
        out.append(
            place(
                id=place_id,
                name=main,
                kind="town",
                point=(record["longitude"], record["latitude"]),
                precision=1,
                aliases=kept,
                admin1=province,
                admin2=district,
                population=record["population"] or None,
            )
        )
    return out


def district_scripts(
    records: list[dict[str, Any]], districts: list[District]
) -> dict[tuple[str, str], list[str]]:
    """Arabic-script and Cyrillic district names found in GeoNames names of district seats
    ("ولسوالی بهسود"), per (province, district) of the seat, with and without the word."""
    display = {(d.province, d.raw_name): d.display for d in districts}
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record in records:
        province = record["gb_province"]
        district = display[(province, " ".join(record["gb_adm2_shapeName"].split()))]
        for name in record["alternatenames"]:
            match = DISTRICT_WORD_RE.match(name)
            if match and keep_alternate(name):
                found[(province, district)] += [name, match.group(1)]
    return found


def with_district_scripts(
    entry: dict[str, Any], scripts: dict[tuple[str, str], list[str]]
) -> dict[str, Any]:
    names = scripts.get((entry["admin1"], entry["admin2"]), [])
    if entry["kind"] != "district" or not names:
        return entry
    return {**entry, "aliases": unique_aliases(entry["name"], [*entry["aliases"], *names])}


def town_spellings(towns: list[dict[str, Any]]) -> dict[tuple[str, str], set[Key]]:
    """Per (province, district), the keys of its towns' main names and hand-written aliases."""
    spellings: dict[tuple[str, str], set[Key]] = defaultdict(set)
    overrides = {
        phrase_key(alias) for o in TOWN_OVERRIDES.values() for alias in o.get("aliases", ())
    }
    for town in towns:
        keys = {phrase_key(town["name"])} | {
            phrase_key(a) for a in town["aliases"] if phrase_key(a) in overrides
        }
        spellings[(town["admin1"], town["admin2"])] |= keys
    return spellings


def without_town_spellings(
    entry: dict[str, Any], spellings: dict[tuple[str, str], set[Key]]
) -> dict[str, Any]:
    """A district alias that spells the district's main town ("Mazar-e Sharif", "Gardez") is
    left to the town, so that the bare name finds the town; "Gardez district" stays."""
    if entry["kind"] != "district":
        return entry
    taken = spellings.get((entry["admin1"], entry["admin2"]), set())
    kept = [a for a in entry["aliases"] if phrase_key(a) not in taken]
    moved = [
        f"{a} district"
        for a in entry["aliases"]
        if phrase_key(a) in taken and scripts_of(a) == {"latin"}
    ]
    return {**entry, "aliases": unique_aliases(entry["name"], [*kept, *moved])}


def with_capital_scripts(entry: dict[str, Any], towns: list[dict[str, Any]]) -> dict[str, Any]:
    """A province or district also gets the Arabic-script and Cyrillic names of its town of
    the same name (GeoNames has them for towns only): "Sangin" district gets "سنگین"."""
    if entry["kind"] not in ("province", "district"):
        return entry
    keys = {phrase_key(entry["name"])} | {phrase_key(a) for a in entry["aliases"]}
    names = [
        alias
        for town in towns
        if town["admin1"] == entry["admin1"]
        and (entry["kind"] == "province" or town["admin2"] == entry["admin2"])
        and phrase_key(town["name"]) in keys
        for alias in town["aliases"]
        if scripts_of(alias) & {"arabic", "cyrillic"}
    ]
    return {**entry, "aliases": unique_aliases(entry["name"], [*entry["aliases"], *names])}


def extra_places(pack: Path) -> list[dict[str, Any]]:
    path = pack / EXTRA_PLACES
    if not path.exists():
        return []
    out = []
    for entry in read_json(path):
        missing = [k for k in ("id", "name", "kind", "latitude", "longitude") if k not in entry]
        if missing:
            raise SystemExit(f"{path}: entry {entry.get('id')!r} lacks {', '.join(missing)}")
        out.append(
            place(
                id=entry["id"],
                name=entry["name"],
                kind=entry["kind"],
                point=(entry["longitude"], entry["latitude"]),
                precision=int(entry.get("geo_precision", 3 if entry["kind"] == "country" else 1)),
                aliases=entry.get("aliases", ()),
                country=entry.get("country", COUNTRY),
                admin1=entry.get("admin1"),
                admin2=entry.get("admin2"),
                population=entry.get("population"),
            )
        )
    return out


# -- boundaries -------------------------------------------------------------------------------
def district_layer(source: Path, districts: list[District]) -> dict[str, Any]:
    by_shape = {d.shape_id: d for d in districts}
    features = read_json(source / DISTRICTS_GEOJSON)["features"]
    ordered = sorted(features, key=lambda f: by_shape[f["properties"]["shapeID"]].id)
    simplified = simplify_layer([polygons_of(f["geometry"]) for f in ordered], DISTRICT_TOLERANCE)
    out = []
    for feature, polygons in zip(ordered, simplified, strict=True):
        district = by_shape[feature["properties"]["shapeID"]]
        out.append(
            {
                "type": "Feature",
                "properties": {"district": district.display, "province": district.province},
                "geometry": geometry_json(polygons, DISTRICT_DECIMALS),
            }
        )
    return {"type": "FeatureCollection", "features": out}


def province_shapes(source: Path) -> tuple[dict[str, list[list[Ring]]], dict[str, str]]:
    features = read_json(source / PROVINCES_GEOJSON)["features"]
    shapes = {f["properties"]["province"]: polygons_of(f["geometry"]) for f in features}
    isos = {f["properties"]["province"]: f["properties"]["province_iso3166_2"] for f in features}
    return shapes, isos


def province_layer(shapes: dict[str, list[list[Ring]]], isos: dict[str, str]) -> dict[str, Any]:
    names = sorted(shapes)
    simplified = simplify_layer([shapes[n] for n in names], PROVINCE_TOLERANCE)
    features = [
        {
            "type": "Feature",
            "properties": {"province": name, "iso": isos[name]},
            "geometry": geometry_json(polygons, PROVINCE_DECIMALS),
        }
        for name, polygons in zip(names, simplified, strict=True)
    ]
    return {"type": "FeatureCollection", "features": features}


# -- writing ----------------------------------------------------------------------------------
def write_json(path: Path, data: Any, *, compact: bool) -> None:
    if compact:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")


def build(source: Path, pack: Path, out: Path) -> dict[str, int]:
    """Build every derived file from ``source`` (hand-written extras from ``pack``) into ``out``."""
    districts = read_districts(source)
    shapes, isos = province_shapes(source)
    admin = [country_place(shapes), *province_places(shapes, districts)]
    admin += district_places(districts)
    extras = extra_places(pack)
    index = NameIndex.build([*admin, *extras])
    records = read_json(source / TOWNS_JSON)
    towns = town_places(records, districts, index)
    admin = [with_capital_scripts(entry, towns) for entry in admin]
    scripts = district_scripts(records, districts)
    admin = [with_district_scripts(entry, scripts) for entry in admin]
    spellings = town_spellings(towns)
    admin = [without_town_spellings(entry, spellings) for entry in admin]
    taken = {phrase_key(n) for entry in extras for n in (entry["name"], *entry["aliases"])}
    admin = [with_russian_forms(entry, taken) for entry in admin]
    every_name = {
        phrase_key(n) for p in [*admin, *towns, *extras] for n in (p["name"], *p["aliases"])
    }
    admin = [with_turkish_forms(entry, every_name) for entry in admin]
    towns = [with_role_names(entry) for entry in towns]
    places = sorted([*admin, *towns, *extras], key=lambda p: p["id"])
    duplicates = sorted({p["id"] for p in places if [q["id"] for q in places].count(p["id"]) > 1})
    if duplicates:
        raise SystemExit(f"duplicate place ids: {', '.join(duplicates)}")
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "places.json", places, compact=False)
    write_json(out / "provinces.geojson", province_layer(shapes, isos), compact=True)
    write_json(out / "districts.geojson", district_layer(source, districts), compact=True)
    counts: dict[str, int] = defaultdict(int)
    for entry in places:
        counts[entry["kind"]] += 1
    return dict(sorted(counts.items()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--pack", type=Path, default=DEFAULT_PACK, help="reads extra_places.json")
    parser.add_argument("--out", type=Path, default=None, help="default: the pack folder")
    args = parser.parse_args(argv)
    if not (args.source / DISTRICTS_CSV).exists():
        print(f"error: {args.source} has no {DISTRICTS_CSV}", file=sys.stderr)
        return 1
    counts = build(args.source, args.pack, args.out or args.pack)
    print(", ".join(f"{kind} {n}" for kind, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
