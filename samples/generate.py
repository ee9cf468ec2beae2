#!/usr/bin/env python3
"""Generate the synthetic region "Kabupaten Contoh" for Pantau's samples and tests.

Standard library only, deterministic: every random draw comes from random.Random seeded with a
fixed integer, nothing depends on the clock, on hash randomisation or on the machine, so running
this twice writes byte-identical files.

    python3 samples/generate.py                      # rewrite samples/kabupaten-contoh/ in place
    python3 samples/generate.py --out DIR            # write the region into DIR instead
    python3 samples/generate.py --large N --out F    # one big, all-valid survey CSV of N rows
                                                     # (same layout, same 12 agencies / 34 services)
    python3 samples/generate.py --large-region DIR   # a large region, every kind of record, for the
                                                     # benchmark (see generators/large_region.py)

What is written (see the generated README.md for the details and the list of deliberately bad rows):

    kabupaten-contoh/skm/skm-2025-s2.csv        SKM answers, Jul-Dec 2025
    kabupaten-contoh/skm/skm-2026-s1.csv        SKM answers, Jan-Jun 2026
    kabupaten-contoh/populasi-pengguna.csv      service users per agency and semester
    kabupaten-contoh/expected/skm-2025-s2.json  exact expected results, computed here with Fraction
    kabupaten-contoh/expected/skm-2026-s1.json
    kabupaten-contoh/README.md
    (and, from samples/generators/, the register with its standards, complaints, meetings,
    participation, follow-up plans, innovations and an assessor's PEKPPP scores)

The CSV layout follows the regulation's sample questionnaire, which asks Sarana as question 8 and
Pengaduan as question 9: column u8 holds element U9 and column u9 holds element U8.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import math
import random
import sys
from fractions import Fraction
from pathlib import Path

SEED = 20260630

HEADER = ["no", "tgl_survei", "jam_survei", "opd", "layanan", "jenis_kelamin", "usia",
          "pendidikan", "pekerjaan", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "saran"]
ANSWER_COLUMNS = [f"u{k}" for k in range(1, 10)]
# Column -> element (PermenPAN-RB 14/2017 order). The questionnaire asks Sarana (U9) 8th and
# Pengaduan (U8) 9th.
COLUMN_TO_ELEMENT = {"u1": "U1", "u2": "U2", "u3": "U3", "u4": "U4", "u5": "U5",
                     "u6": "U6", "u7": "U7", "u8": "U9", "u9": "U8"}
ELEMENTS = [f"U{k}" for k in range(1, 10)]
ELEMENT_NAMES = {
    "U1": "Persyaratan", "U2": "Sistem, Mekanisme, dan Prosedur", "U3": "Waktu Penyelesaian",
    "U4": "Biaya/Tarif", "U5": "Produk Spesifikasi Jenis Pelayanan", "U6": "Kompetensi Pelaksana",
    "U7": "Perilaku Pelaksana", "U8": "Penanganan Pengaduan, Saran dan Masukan",
    "U9": "Sarana dan Prasarana",
}

PERIODS = {
    "2025-S2": {"start": dt.date(2025, 7, 1), "end": dt.date(2025, 12, 31),
                "file": "skm/skm-2025-s2.csv", "expected": "expected/skm-2025-s2.json"},
    "2026-S1": {"start": dt.date(2026, 1, 1), "end": dt.date(2026, 6, 30),
                "file": "skm/skm-2026-s1.csv", "expected": "expected/skm-2026-s1.json"},
}

# National holidays and cuti bersama (SKB 3 Menteri) falling in the two semesters.
HOLIDAYS = {dt.date.fromisoformat(d) for d in [
    "2025-08-17", "2025-08-18", "2025-09-05", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19",
    "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-04-03",
    "2026-04-05", "2026-05-01", "2026-05-14", "2026-05-15", "2026-05-27", "2026-05-28",
    "2026-05-31", "2026-06-01", "2026-06-16",
]}

# Grade bands on the converted score (NIK = IKM x 25), classified with >= thresholds.
GRADES = [(Fraction("88.31"), "A", "Sangat Baik"), (Fraction("76.61"), "B", "Baik"),
          (Fraction("65.00"), "C", "Kurang Baik"), (Fraction(0), "D", "Tidak Baik")]

# Typical element effects (regulation order U1..U9): waiting time, complaint handling and
# facilities weaker; cost high because most services are free.
BASE_EFFECT = {"U1": 0.05, "U2": 0.0, "U3": -0.30, "U4": 0.45, "U5": 0.05,
               "U6": 0.05, "U7": 0.10, "U8": -0.25, "U9": -0.20}


def svc(name, n25, n26, effect=None, profile=None, days=None, hours=None):
    """A service: its name, valid respondents per semester, element offsets, respondent profile."""
    return {"name": name, "n": {"2025-S2": n25, "2026-S1": n26}, "effect": effect or {},
            "profile": profile or {}, "days": days, "hours": hours}


# Every agency: full name, latent quality per semester, its own element offsets, the days and
# hours it serves, the service users per semester (for the minimum-sample check), the grade it is
# meant to get, and its services with their respondent counts.
AGENCIES = [
    {"name": "Dinas Kependudukan dan Pencatatan Sipil", "short": "Disdukcapil",
     "q": {"2025-S2": 3.24, "2026-S1": 3.30}, "effect": {"U3": -0.10, "U8": -0.15, "U9": 0.05},
     "days": "office", "hours": (7, 30, 15, 0),
     "population": {"2025-S2": 11650, "2026-S1": 12480},
     "services": [
         svc("Perekaman dan Pencetakan KTP-el", 158, 160, {"U3": -0.30, "U9": -0.10},
             {"age": (17, 70), "young": 0.35}),
         svc("Penerbitan Kartu Keluarga", 92, 95),
         svc("Penerbitan Akta Kelahiran", 72, 70, {"U1": -0.15}, {"age": (19, 45), "female": 0.62}),
         svc("Penerbitan Akta Kematian", 23, 25, {"U7": 0.10}, {"age": (25, 70)}),
         svc("Surat Keterangan Pindah Datang", 35, 35, {"U2": -0.10}),
     ]},
    {"name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "short": "DPMPTSP",
     "q": {"2025-S2": 3.17, "2026-S1": 3.72}, "effect": {"U9": 0.10},
     "days": "office", "hours": (8, 0, 15, 0),
     "population": {"2025-S2": 238, "2026-S1": 262},
     "services": [
         svc("Persetujuan Bangunan Gedung (PBG)", 42, 45, {"U3": -0.40, "U4": -0.55, "U2": -0.15},
             {"age": (28, 65), "job": {"Wiraswasta": 4, "Swasta": 3, "PNS": 1, "Lainnya": 1}}),
         svc("Pendampingan NIB Usaha Mikro", 66, 70, {"U7": 0.10},
             {"age": (20, 62), "job": {"Wiraswasta": 6, "Ibu Rumah Tangga": 2, "Petani": 1,
                                       "Nelayan": 1, "Lainnya": 1}}),
         svc("Surat Izin Praktik Tenaga Kesehatan", 33, 35, {"U1": -0.10},
             {"age": (23, 55), "edu": {"D3": 4, "S1": 5, "S2": 1},
              "job": {"PNS": 4, "Swasta": 4, "Wiraswasta": 1}}),
         svc("Izin Penyelenggaraan Reklame", 24, 25, {"U4": -0.35},
             {"age": (25, 60), "job": {"Swasta": 4, "Wiraswasta": 4}}),
     ]},
    {"name": "Dinas Kesehatan", "short": "Dinkes",
     "q": {"2025-S2": 3.13, "2026-S1": 3.17}, "effect": {"U8": -0.12},
     "days": "office", "hours": (8, 0, 14, 30),
     "population": {"2025-S2": 114, "2026-S1": 121},
     "services": [
         svc("Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)", 45, 47, {"U3": -0.15},
             {"age": (24, 62), "female": 0.7, "job": {"Wiraswasta": 6, "Ibu Rumah Tangga": 3}}),
         svc("Pemeriksaan Laboratorium Kesehatan Daerah", 40, 40, {"U9": -0.10}),
         svc("Sertifikat Laik Higiene Sanitasi (SLHS)", 7, 8, {},
             {"age": (28, 60), "job": {"Wiraswasta": 5, "Swasta": 2}}),
     ]},
    {"name": "Rumah Sakit Umum Daerah Kabupaten Contoh", "short": "RSUD",
     "q": {"2025-S2": 2.82, "2026-S1": 2.48}, "effect": {"U4": -0.15, "U7": -0.10, "U9": -0.15},
     "days": "office", "hours": (7, 0, 14, 0),
     "population": {"2025-S2": 4920, "2026-S1": 5240},
     "services": [
         svc("Rawat Jalan", 90, 85, {"U3": -0.45, "U2": -0.15}),
         svc("Instalasi Gawat Darurat (IGD)", 42, 40, {"U3": -0.25, "U9": -0.20},
             days="all", hours=(0, 0, 23, 59)),
         svc("Rawat Inap", 32, 30, {"U9": -0.40, "U3": 0.10}, days="all", hours=(8, 0, 20, 0)),
         svc("Instalasi Farmasi", 36, 35, {"U3": -0.35, "U5": -0.15}),
     ]},
    {"name": "Badan Pendapatan Daerah", "short": "Bapenda",
     "q": {"2025-S2": 3.22, "2026-S1": 3.20}, "effect": {"U4": -0.30, "U8": 0.15},
     "days": "office", "hours": (8, 0, 15, 0),
     "population": {"2025-S2": 262, "2026-S1": 241},
     "services": [
         svc("Pelayanan PBB-P2", 100, 95, {"U1": 0.05}, {"age": (25, 75)}),
         svc("Validasi BPHTB", 50, 45, {"U3": -0.20},
             {"age": (25, 65), "job": {"Swasta": 3, "Wiraswasta": 3, "PNS": 1, "Lainnya": 1}}),
         svc("Pendaftaran Wajib Pajak PBJT", 20, 20, {},
             {"age": (25, 60), "job": {"Wiraswasta": 6, "Swasta": 2}}),
     ]},
    {"name": "Dinas Koperasi dan Usaha Mikro", "short": "Diskop UM",
     "q": {"2025-S2": 3.76, "2026-S1": 3.72}, "effect": {"U9": -0.20},
     "days": "office", "hours": (8, 0, 15, 0),
     "population": {"2025-S2": 87, "2026-S1": 91},
     "services": [
         svc("Konsultasi dan Pendampingan Usaha Mikro", 73, 74, {},
             {"age": (20, 65), "female": 0.55,
              "job": {"Wiraswasta": 7, "Ibu Rumah Tangga": 2, "Petani": 1, "Lainnya": 1}}),
         svc("Rekomendasi Pendirian Koperasi", 5, 6, {"U3": -0.20},
             {"age": (30, 65), "job": {"Wiraswasta": 3, "Petani": 2, "PNS": 1, "Nelayan": 1}}),
     ]},
    {"name": "Dinas Sosial", "short": "Dinsos",
     "q": {"2025-S2": 2.92, "2026-S1": 2.70}, "effect": {"U1": -0.15, "U8": -0.25, "U9": 0.10},
     "days": "office", "hours": (8, 0, 14, 30),
     "population": {"2025-S2": 298, "2026-S1": 1010},
     "services": [
         svc("Pendaftaran dan Pemutakhiran DTKS", 110, 62, {"U3": -0.20},
             {"age": (22, 75), "female": 0.6, "edu": {"SD": 4, "SMP": 3, "SMA": 3, "S1": 1},
              "job": {"Ibu Rumah Tangga": 4, "Petani": 3, "Nelayan": 1, "Lainnya": 3,
                      "Wiraswasta": 1}}),
         svc("Rekomendasi Bantuan Sosial", 65, 38, {},
             {"age": (22, 75), "female": 0.55, "edu": {"SD": 4, "SMP": 3, "SMA": 3, "S1": 1},
              "job": {"Ibu Rumah Tangga": 3, "Petani": 3, "Lainnya": 3, "Wiraswasta": 1}}),
     ]},
    # Dinas Perhubungan held no SKM in 2026-S1: it sent its service-user count for the sample only
    # in May 2026 (meeting action item TL-2507-04), so none of its users was surveyed.
    {"name": "Dinas Perhubungan", "short": "Dishub",
     "q": {"2025-S2": 2.88, "2026-S1": 2.90}, "effect": {"U4": -0.55, "U9": -0.15},
     "days": "office", "hours": (8, 0, 14, 0),
     "population": {"2025-S2": 104, "2026-S1": 99},
     "services": [
         svc("Pengujian Kendaraan Bermotor (Uji KIR)", 84, 0, {},
             {"age": (22, 62), "female": 0.12,
              "job": {"Swasta": 4, "Wiraswasta": 5, "Lainnya": 1}}),
         svc("Rekomendasi Analisis Dampak Lalu Lintas (Andalalin)", 4, 0, {"U3": -0.30},
             {"age": (28, 60), "job": {"Swasta": 3, "Wiraswasta": 2}}),
     ]},
    {"name": "Dinas Tenaga Kerja", "short": "Disnaker",
     "q": {"2025-S2": 3.12, "2026-S1": 3.12}, "effect": {"U8": 0.10, "U9": -0.10},
     "days": "office", "hours": (8, 0, 15, 0),
     "population": {"2025-S2": 163, "2026-S1": 149},
     "services": [
         svc("Kartu Tanda Bukti Pencari Kerja (AK/1)", 111, 106, {"U3": 0.10},
             {"age": (18, 35), "young": 0.2, "edu": {"SMA": 6, "D3": 2, "S1": 3},
              "job": {"Lainnya": 6, "Mahasiswa": 1, "Swasta": 1}}),
         svc("Pencatatan Perjanjian Kerja Bersama (PKB)", 7, 4, {"U3": -0.20},
             {"age": (30, 58), "job": {"Swasta": 5}}),
     ]},
    {"name": "Dinas Perpustakaan dan Kearsipan", "short": "Dispusip",
     "q": {"2025-S2": 3.70, "2026-S1": 3.74}, "effect": {"U4": 0.10, "U8": -0.10, "U9": 0.10},
     "days": "sixday", "hours": (8, 0, 15, 30),
     "population": {"2025-S2": 186, "2026-S1": 220},
     "services": [
         svc("Keanggotaan dan Peminjaman Buku", 104, 112, {},
             {"age": (15, 65), "young": 0.45}),
         svc("Perpustakaan Keliling", 26, 28, {"U9": -0.20},
             {"age": (15, 60), "young": 0.55}, hours=(8, 0, 12, 0)),
     ]},
    {"name": "UPTD Puskesmas Sukamaju", "short": "Puskesmas",
     "q": {"2025-S2": 3.31, "2026-S1": 3.35}, "effect": {"U9": -0.20},
     "days": "sixday", "hours": (7, 30, 12, 30),
     "population": {"2025-S2": 8760, "2026-S1": 9120},
     "services": [
         svc("Pemeriksaan Umum", 78, 80, {"U3": -0.20}),
         svc("Kesehatan Ibu dan Anak (KIA)", 44, 42, {},
             {"age": (18, 42), "female": 0.95, "job": {"Ibu Rumah Tangga": 6, "Swasta": 1,
                                                        "Wiraswasta": 1, "PNS": 1}}),
         svc("Imunisasi", 28, 28, {"U4": 0.10},
             {"age": (18, 42), "female": 0.9, "job": {"Ibu Rumah Tangga": 6, "Swasta": 1,
                                                       "Wiraswasta": 1}}),
     ]},
    {"name": "Kecamatan Sukamaju", "short": "Kec. Sukamaju",
     "q": {"2025-S2": 3.26, "2026-S1": 3.28}, "effect": {"U9": -0.15},
     "days": "office", "hours": (8, 0, 15, 0),
     "population": {"2025-S2": 66, "2026-S1": 71},
     "services": [
         svc("Legalisasi Surat Keterangan", 55, 55, {}),
         svc("Surat Keterangan Ahli Waris", 3, 5, {"U3": -0.30}, {"age": (30, 70)}),
     ]},
]

# The grade each agency is meant to get; the generator checks the computed grade equals it.
INTENDED_GRADE = {
    "2025-S2": {"Disdukcapil": "B", "DPMPTSP": "B", "Dinkes": "B", "RSUD": "C", "Bapenda": "B",
                "Diskop UM": "A", "Dinsos": "C", "Dishub": "C", "Disnaker": "B", "Dispusip": "A",
                "Puskesmas": "B", "Kec. Sukamaju": "B"},
    "2026-S1": {"Disdukcapil": "B", "DPMPTSP": "A", "Dinkes": "B", "RSUD": "D", "Bapenda": "B",
                "Diskop UM": "A", "Dinsos": "C", "Disnaker": "B", "Dispusip": "A",
                "Puskesmas": "B", "Kec. Sukamaju": "B"},
}
# Dinas Sosial lands exactly on the C/D boundary in 2026-S1 (total of answers = 23.4 x n, so the
# converted score is exactly 65.00): a floating-point pipeline that computes 64.999... gets D.
EXACT_SCORE = {("2026-S1", "Dinsos"): Fraction(65)}
# Agencies that held no SKM in a period: no response at all, in the file or the expected results.
NOT_SURVEYED = {"2025-S2": set(), "2026-S1": {"Dishub"}}
# Agencies meant to fail the Krejcie-Morgan minimum sample.
INTENDED_SAMPLE_FAIL = {"2025-S2": {"RSUD", "Puskesmas"}, "2026-S1": {"RSUD", "Dinsos", "Puskesmas"}}

# Deliberately bad records: (fraction of the way through the file, kind, column, value).
BAD_ROWS = {
    "2025-S2": [
        (0.035, "answer_5", "u4", "5"),
        (0.12, "opd_empty", "opd", ""),
        (0.21, "answer_label", "u1", "Lumayan"),
        (0.30, "date_zero", "tgl_survei", "0000-00-00"),
        (0.39, "too_many_fields", "saran", "Antrean panjang, mohon tambah loket"),
        (0.48, "answer_0", "u9", "0"),
        (0.57, "answer_decimal", "u5", "3.5"),
        (0.66, "answer_empty", "u3", ""),
        (0.76, "date_impossible", "tgl_survei", "2025-11-31"),
        (0.88, "too_few_fields", "u8", None),
    ],
    "2026-S1": [
        (0.045, "answer_label", "u7", "Lumayan"),
        (0.13, "answer_5", "u2", "5"),
        (0.22, "too_few_fields", "u7", None),
        (0.31, "date_impossible", "tgl_survei", "2026-02-30"),
        (0.40, "answer_empty", "u8", ""),
        (0.50, "opd_empty", "opd", ""),
        (0.61, "too_many_fields", "saran", "Parkir sempit, motor sering diserempet"),
        (0.70, "answer_0", "u3", "0"),
        (0.80, "date_zero", "tgl_survei", "0000-00-00"),
        (0.93, "answer_decimal", "u6", "2.5"),
    ],
}
BAD_KIND_TEXT = {
    "answer_5": ("jawaban 5 di luar skala 1–4", "answer 5 outside the 1–4 scale"),
    "answer_0": ("jawaban 0 di luar skala 1–4", "answer 0 outside the 1–4 scale"),
    "answer_empty": ("jawaban kosong", "empty answer"),
    "answer_label": ("jawaban ditulis sebagai kata yang bukan pilihan jawaban (\"Lumayan\"), bukan angka",
                     "answer written as a word that is not an answer option (\"Lumayan\"), not a number"),
    "answer_decimal": ("jawaban pecahan, bukan bilangan bulat 1–4",
                       "fractional answer, not an integer 1–4"),
    "too_many_fields": ("20 kolom, bukan 19: koma tanpa tanda kutip di saran",
                        "20 fields instead of 19: unquoted comma in saran"),
    "too_few_fields": ("kolom kurang: baris terpotong", "fields missing: truncated record"),
    "date_impossible": ("tanggal mustahil", "impossible date"),
    "date_zero": ("tanggal 0000-00-00", "0000-00-00 date"),
    "opd_empty": ("kolom opd kosong", "empty opd"),
}
REASON_CODE = {
    "answer_5": "answer_out_of_range", "answer_0": "answer_out_of_range",
    "answer_empty": "answer_missing", "answer_label": "answer_not_integer",
    "answer_decimal": "answer_not_integer", "too_many_fields": "field_count",
    "too_few_fields": "field_count", "date_impossible": "date_invalid",
    "date_zero": "date_invalid", "opd_empty": "opd_missing",
}

# Valid records whose saran is hostile input, to test escaping: (fraction, kind, text).
HOSTILE_SARAN = {
    "2025-S2": [
        (0.06, "quoted_comma_newline",
         "Petugas ramah, prosesnya cepat.\nTapi ruang tunggu panas, mohon tambah kipas angin."),
        (0.44, "formula", '=HYPERLINK("http://example.invalid","klik") cek antrean di sini'),
        (0.83, "html", "<script>alert(1)</script> pelayanan oke"),
    ],
    "2026-S1": [
        (0.08, "quoted_comma_newline",
         "Pelayanan sudah baik, \"tapi\" antrean pagi masih panjang.\nMohon loket dibuka tepat jam 08.00."),
        (0.52, "formula", '=HYPERLINK("http://example.invalid","klik")'),
        (0.71, "html", "<script>alert(1)</script>"),
    ],
}

SARAN_POSITIVE = [
    "Pelayanan sudah baik, pertahankan.",
    "Petugas ramah dan sopan.",
    "Terima kasih, prosesnya cepat.",
    "Sudah bagus, semoga makin baik.",
    "Pelayanan memuaskan.",
    "Informasi persyaratan jelas.",
    "Mantap, tidak dipungut biaya.",
    "Pertahankan pelayanan tanpa pungli.",
]
SARAN_BY_ELEMENT = {
    "U1": ["Persyaratan mohon diumumkan lebih jelas di papan informasi.",
           "Syarat berkas sering berubah, mohon disosialisasikan.",
           "Mohon daftar persyaratan juga ada di media sosial."],
    "U2": ["Alur pelayanan membingungkan, mohon dibuat petunjuk.",
           "Prosedur terlalu berbelit, harus bolak-balik.",
           "Aplikasi antrean online sering error."],
    "U3": ["Antrean terlalu lama.",
           "Waktu penyelesaian tidak sesuai janji.",
           "Mohon tambah petugas di jam sibuk.",
           "Sudah menunggu berjam-jam, mohon dipercepat."],
    "U4": ["Biaya mohon dijelaskan di awal.",
           "Tarif retribusi terasa mahal."],
    "U5": ["Hasil layanan ada yang salah ketik, mohon lebih teliti.",
           "Dokumen yang diterima tidak sesuai permohonan."],
    "U6": ["Petugas kurang menguasai aturan terbaru.",
           "Mohon petugas dilatih lagi."],
    "U7": ["Petugas kurang ramah.",
           "Ada petugas yang main HP saat melayani."],
    "U8": ["Kotak saran tidak pernah dibuka.",
           "Pengaduan lewat WhatsApp tidak dibalas.",
           "Tidak tahu harus mengadu ke mana."],
    "U9": ["Ruang tunggu sempit dan panas.",
           "Toilet kurang bersih.",
           "Tempat parkir kurang luas.",
           "Kursi tunggu kurang, banyak yang berdiri."],
}
SARAN_BY_AGENCY = {
    "Disdukcapil": ["Blanko KTP-el sering kosong.", "Mohon jemput bola perekaman di desa."],
    "RSUD": ["Dokter spesialis sering datang terlambat.", "Antrean obat di farmasi sangat lama.",
             "Kamar rawat inap penuh, pasien menunggu di lorong."],
    "Dishub": ["Jadwal uji KIR mohon diumumkan lebih awal."],
    "Dinsos": ["Mohon kejelasan status bantuan.", "Data DTKS mohon diperbarui."],
    "DPMPTSP": ["Mal Pelayanan Publik sangat membantu."],
    "Dispusip": ["Koleksi buku anak mohon ditambah."],
}

EDUCATION = ["SD", "SMP", "SMA", "D3", "S1", "S2"]
DEFAULT_EDU = {"SD": 2, "SMP": 3, "SMA": 9, "D3": 2, "S1": 5, "S2": 1}
OCCUPATIONS = ["PNS", "TNI", "POLRI", "Swasta", "Wiraswasta", "Pelajar", "Mahasiswa",
               "Ibu Rumah Tangga", "Petani", "Nelayan", "Lainnya"]
DEFAULT_JOB = {"PNS": 3, "TNI": 0.5, "POLRI": 0.5, "Swasta": 6, "Wiraswasta": 6, "Pelajar": 1,
               "Mahasiswa": 1.5, "Ibu Rumah Tangga": 4, "Petani": 3, "Nelayan": 1, "Lainnya": 2.5}


# --------------------------------------------------------------------------------------------
# Respondents


def weighted(rng: random.Random, table: dict) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def service_days(period: str, kind: str) -> list[dt.date]:
    p = PERIODS[period]
    days, d = [], p["start"]
    while d <= p["end"]:
        open_ = (kind == "all"
                 or (kind == "office" and d.weekday() < 5 and d not in HOLIDAYS)
                 or (kind == "sixday" and d.weekday() < 6 and d not in HOLIDAYS))
        if open_:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def draw_profile(rng: random.Random, profile: dict) -> tuple[str, int, str, str]:
    lo, hi = profile.get("age", (17, 72))
    if rng.random() < profile.get("young", 0.0):
        age = rng.randint(lo, min(hi, lo + 8))
    else:
        age = min(hi, max(lo, int(round(rng.triangular(lo, hi, lo + (hi - lo) * 0.35)))))
    female = rng.random() < profile.get("female", 0.5)
    jobs = dict(profile.get("job", DEFAULT_JOB))
    if not female:
        jobs.pop("Ibu Rumah Tangga", None)
    if age < 17:
        jobs = {"Pelajar": 1}
    elif age < 20:
        jobs = {"Pelajar": 4, "Mahasiswa": 2, "Lainnya": 1, "Swasta": 1}
    elif age < 25:
        jobs.pop("Pelajar", None)
        jobs.setdefault("Mahasiswa", 1)
    else:
        jobs.pop("Pelajar", None)
        jobs.pop("Mahasiswa", None)
    if age >= 60:
        for k in ("PNS", "TNI", "POLRI"):
            jobs.pop(k, None)
    if not jobs:
        jobs = {"Lainnya": 1}
    job = weighted(rng, jobs)
    edu_table = dict(profile.get("edu", DEFAULT_EDU))
    if job == "Pelajar":
        edu_table = {"SD": 2, "SMP": 3} if age < 16 else {"SMP": 3, "SMA": 1}
    elif job == "Mahasiswa":
        edu_table = {"SMA": 4, "D3": 1}
    elif job in ("PNS", "TNI", "POLRI"):
        edu_table = {"SMA": 3, "D3": 2, "S1": 5, "S2": 1}
    if age < 21:
        edu_table = {k: v for k, v in edu_table.items() if k in ("SD", "SMP", "SMA")} or {"SMA": 1}
    edu = weighted(rng, edu_table)
    return ("P" if female else "L", age, edu, job)


def draw_answers(rng: random.Random, q: float, effect: dict) -> dict[str, int]:
    """Answers 1-4 per element (regulation order) from a latent score with respondent mood."""
    mood = rng.gauss(0.0, 0.30)
    answers = {}
    for e in ELEMENTS:
        x = q + effect[e] + mood + rng.gauss(0.0, 0.45)
        answers[e] = min(4, max(1, int(math.floor(x + 0.5))))
    return answers


def draw_saran(rng: random.Random, agency: dict, answers: dict) -> str:
    mean = sum(answers.values()) / 9
    if rng.random() >= (0.12 if mean >= 3.2 else 0.30):
        return ""
    low = sorted(ELEMENTS, key=lambda e: (answers[e], ELEMENTS.index(e)))[0]
    if answers[low] >= 3:
        pool = SARAN_POSITIVE
    elif agency["short"] in SARAN_BY_AGENCY and rng.random() < 0.4:
        pool = SARAN_BY_AGENCY[agency["short"]]
    else:
        pool = SARAN_BY_ELEMENT[low]
    return rng.choice(pool)


def draw_time(rng: random.Random, hours: tuple) -> str:
    h0, m0, h1, m1 = hours
    start, end = h0 * 60 + m0, h1 * 60 + m1
    # Offices are busiest in the morning.
    minute = int(rng.triangular(start, end, start + (end - start) * 0.3))
    return f"{minute // 60:02d}:{minute % 60:02d}"


def make_response(rng, period, agency, service, days_cache):
    effect = {e: BASE_EFFECT[e] + agency["effect"].get(e, 0.0) + service["effect"].get(e, 0.0)
              for e in ELEMENTS}
    answers = draw_answers(rng, agency["q"][period], effect)
    days_kind = service["days"] or agency["days"]
    key = (period, days_kind)
    if key not in days_cache:
        days_cache[key] = service_days(period, days_kind)
    date = rng.choice(days_cache[key])
    time = draw_time(rng, service["hours"] or agency["hours"])
    gender, age, edu, job = draw_profile(rng, service["profile"])
    return {"date": date.isoformat(), "time": time, "opd": agency["name"],
            "short": agency["short"], "layanan": service["name"], "jk": gender, "usia": age,
            "pendidikan": edu, "pekerjaan": job, "answers": answers,
            "saran": draw_saran(rng, agency, answers)}


def adjust_to_total(rng: random.Random, rows: list, target: int) -> None:
    """Nudge answers by one step until the agency's answer total is exactly `target`."""
    total = sum(sum(r["answers"].values()) for r in rows)
    while total != target:
        r = rng.choice(rows)
        e = rng.choice(ELEMENTS)
        if total < target and r["answers"][e] < 4:
            r["answers"][e] += 1
            total += 1
        elif total > target and r["answers"][e] > 1:
            r["answers"][e] -= 1
            total -= 1


def generate_period(period: str) -> list[dict]:
    """The valid responses of one semester, in export (chronological) order."""
    rows, days_cache = [], {}
    for ai, agency in enumerate(AGENCIES):
        rng = random.Random(SEED * 100 + (0 if period == "2025-S2" else 50) + ai)
        agency_rows = []
        for service in agency["services"]:
            for _ in range(service["n"][period]):
                agency_rows.append(make_response(rng, period, agency, service, days_cache))
        exact = EXACT_SCORE.get((period, agency["short"]))
        if exact is not None:
            target = exact * 9 * len(agency_rows) / 25
            assert target.denominator == 1, "respondent count cannot reach the exact score"
            adjust_to_total(rng, agency_rows, int(target))
        rows.extend(agency_rows)
    order = {a["name"]: i for i, a in enumerate(AGENCIES)}
    rows.sort(key=lambda r: (r["date"], r["time"], order[r["opd"]], r["layanan"]))
    return rows


# --------------------------------------------------------------------------------------------
# CSV writing


def csv_field(value) -> str:
    s = str(value)
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def row_fields(no: int, r: dict) -> list[str]:
    by_column = {c: str(r["answers"][COLUMN_TO_ELEMENT[c]]) for c in ANSWER_COLUMNS}
    return [str(no), r["date"], r["time"], r["opd"], r["layanan"], r["jk"], str(r["usia"]),
            r["pendidikan"], r["pekerjaan"], *[by_column[c] for c in ANSWER_COLUMNS], r["saran"]]


def bad_record_text(no: int, base: dict, kind: str, column: str, value) -> str:
    fields = row_fields(no, base)
    idx = {name: i for i, name in enumerate(HEADER)}
    if kind == "too_many_fields":
        # The exporting app forgot to quote: the comma splits saran into two fields.
        return ",".join(csv_field(f) for f in fields[:-1]) + "," + value
    if kind == "too_few_fields":
        return ",".join(csv_field(f) for f in fields[:idx[column]])
    fields[idx[column]] = value
    return ",".join(csv_field(f) for f in fields)


def build_file(period: str, valid: list[dict]):
    """Interleave the bad records into the valid ones; return the text and the record log."""
    rng = random.Random(SEED * 100 + (90 if period == "2025-S2" else 95))
    valid = [dict(r) for r in valid]
    n = len(valid)
    for frac, kind, text in HOSTILE_SARAN[period]:
        valid[int(round(frac * n))]["saran"] = text
    def office_like(r):
        d = dt.date.fromisoformat(r["date"])
        return d.weekday() < 5 and d not in HOLIDAYS and "08:00" <= r["time"] <= "14:30"

    insert_at = {}
    for frac, kind, column, value in BAD_ROWS[period]:
        i = int(round(frac * n))
        while not office_like(valid[i]):
            i += 1
        insert_at[i] = (kind, column, value)
    office_services = [(a, s) for a in AGENCIES for s in a["services"]
                       if a["days"] == "office" and s["days"] is None and s["hours"] is None
                       and s["n"][period] > 0]
    # Bad records look like ordinary office-hours responses, timed like their next neighbour.
    records = []  # dicts: text, valid, row (for valid), bad (for bad)
    for i, r in enumerate(valid):
        if i in insert_at:
            kind, column, value = insert_at[i]
            agency, service = rng.choice(office_services)
            base = make_response(rng, period, agency, service, {})
            base["date"], base["time"] = r["date"], r["time"]
            if kind == "too_many_fields":
                base["saran"] = ""
            records.append({"valid": False, "base": base, "kind": kind, "column": column,
                            "value": value})
        records.append({"valid": True, "row": r})
    out = io.StringIO()
    out.write(",".join(HEADER) + "\n")
    line = 2
    log = []
    for k, rec in enumerate(records):
        no = k + 1
        record_number = k + 2
        if rec["valid"]:
            text = ",".join(csv_field(f) for f in row_fields(no, rec["row"]))
        else:
            text = bad_record_text(no, rec["base"], rec["kind"], rec["column"], rec["value"])
        lines = text.count("\n") + 1
        entry = {"record": record_number, "line": line, "lines": lines, "no": no,
                 "valid": rec["valid"]}
        if rec["valid"]:
            entry["row"] = rec["row"]
        else:
            entry.update(kind=rec["kind"], column=rec["column"], value=rec["value"],
                         opd=rec["base"]["opd"], layanan=rec["base"]["layanan"])
        log.append(entry)
        out.write(text + "\n")
        line += lines
    return out.getvalue(), log


# --------------------------------------------------------------------------------------------
# Exact expected results


def fraction_text(f: Fraction) -> str:
    return f"{f.numerator}/{f.denominator}"


def round_half_up(f: Fraction, places: int) -> str:
    scaled = f * 10 ** places
    q = math.floor(scaled + Fraction(1, 2))
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, frac = divmod(q, 10 ** places)
    return f"{sign}{whole}.{frac:0{places}d}" if places else f"{sign}{whole}"


def grade_of(score: Fraction) -> tuple[str, str]:
    for threshold, grade, label in GRADES:
        if score >= threshold:
            return grade, label
    raise AssertionError(score)


def krejcie_morgan(population: int) -> tuple[int, Fraction]:
    exact = Fraction(3841 * population, 10 * (population - 1) + 3841)
    assert exact.denominator != 2, "minimum sample on a .5 tie"
    return math.floor(exact + Fraction(1, 2)), exact


def summarise(rows: list[dict]) -> dict:
    n = len(rows)
    sums = {e: sum(r["answers"][e] for r in rows) for e in ELEMENTS}
    nrr = {e: Fraction(sums[e], n) for e in ELEMENTS}
    ikm = sum(nrr.values(), Fraction(0)) * Fraction(1, 9)
    score = ikm * 25
    grade, label = grade_of(score)
    # The rounded figure must never suggest another grade than the exact one.
    assert grade_of(Fraction(round_half_up(score, 2)))[0] == grade, (score, grade)
    return {
        "respondents": n,
        "sums": sums,
        "nrr": {e: fraction_text(nrr[e]) for e in ELEMENTS},
        "ikm": fraction_text(ikm),
        "ikm_rounded": round_half_up(ikm, 4),
        "score": fraction_text(score),
        "score_rounded": round_half_up(score, 2),
        "grade": grade,
        "kinerja": label,
        "_score": score,
    }


def public(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if not k.startswith("_")}


def file_counts(period: str, log: list[dict], physical_lines: int) -> dict:
    rejected = [e for e in log if not e["valid"]]
    return {
        "file": PERIODS[period]["file"],
        "period": period,
        "records_read": len(log),
        "accepted": len(log) - len(rejected),
        "rejected": len(rejected),
        "physical_lines": physical_lines,
        "rejected_records": [
            {"record": e["record"], "line": e["line"], "no": e["no"], "reason": REASON_CODE[e["kind"]],
             "kind": e["kind"], "column": e["column"],
             "element": (COLUMN_TO_ELEMENT.get(e["column"])
                         if e["kind"].startswith("answer_") else None),
             "value": e["value"] if e["kind"] not in ("too_few_fields",) else None,
             "description_id": BAD_KIND_TEXT[e["kind"]][0],
             "description_en": BAD_KIND_TEXT[e["kind"]][1]}
            for e in rejected],
        "multiline_records": [{"record": e["record"], "lines": [e["line"], e["line"] + e["lines"] - 1]}
                              for e in log if e["lines"] > 1],
    }


def expected_for(period: str, valid: list[dict], counts: dict) -> tuple[dict, dict]:
    agencies, internal = [], {}
    for agency in AGENCIES:
        rows = [r for r in valid if r["opd"] == agency["name"]]
        if not rows:
            continue  # not surveyed in the period: no figures, and no unit in the results
        s = summarise(rows)
        population = agency["population"][period]
        minimum, exact = krejcie_morgan(population)
        entry = {"opd": agency["name"], "short_name": agency["short"], **public(s),
                 "sample": {"population": population, "minimum": minimum,
                            "minimum_exact": fraction_text(exact),
                            "sufficient": s["respondents"] >= minimum}}
        services = []
        for service in agency["services"]:
            srows = [r for r in rows if r["layanan"] == service["name"]]
            if not srows:
                continue
            ss = summarise(srows)
            services.append({"layanan": service["name"], "respondents": ss["respondents"],
                             "sums": ss["sums"], "score": ss["score"],
                             "score_rounded": ss["score_rounded"], "grade": ss["grade"]})
        entry["services"] = services
        agencies.append(entry)
        internal[agency["short"]] = entry | {"_score": s["_score"]}
    region = public(summarise(valid))
    doc = {
        "format": "pantau-samples-expected-skm/1",
        "region": "Kabupaten Contoh",
        "period": period,
        "file": PERIODS[period]["file"],
        "scheme": "permenpan-rb-14-2017",
        "column_to_element": COLUMN_TO_ELEMENT,
        "element_order": ELEMENTS,
        "acceptance_rule": (
            "A record is accepted only if it has exactly 19 fields, tgl_survei is a real "
            "YYYY-MM-DD date, opd is not empty and all nine answers are integers 1-4; "
            "otherwise the whole record is rejected. No valid record is ever dropped."),
        "score_method": ("NRR = sum / respondents per element; IKM = sum of NRR x 1/9 exactly; "
                         "score = IKM x 25; grade on the exact score with >= thresholds "
                         "A 88.31, B 76.61, C 65.00, else D; *_rounded = round half up"),
        "minimum_sample_method": ("Krejcie-Morgan s = 3841 N / (10 (N - 1) + 3841), rounded "
                                  "to nearest; sufficient when respondents >= s"),
        "files": counts,
        "agencies": agencies,
        "region_pooled": region,
        "grade_counts": {g: sum(1 for a in agencies if a["grade"] == g) for g in "ABCD"},
        "sample_insufficient": [a["opd"] for a in agencies if not a["sample"]["sufficient"]],
        "not_surveyed": [a["name"] for a in AGENCIES if a["short"] in NOT_SURVEYED[period]],
    }
    return doc, internal


# --------------------------------------------------------------------------------------------
# Independent re-read of the written CSV with the csv module


def reread(text: str) -> tuple[int, list[dict], list[int]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    assert header == HEADER
    read, accepted, rejected = 0, [], []
    for fields in reader:
        read += 1
        record = read + 1
        ok = len(fields) == len(HEADER)
        if ok:
            row = dict(zip(HEADER, fields))
            try:
                dt.date.fromisoformat(row["tgl_survei"])
                ok = len(row["tgl_survei"]) == 10
            except ValueError:
                ok = False
            ok = ok and row["opd"] != ""
            ok = ok and all(row[c] in ("1", "2", "3", "4") for c in ANSWER_COLUMNS)
        if ok:
            # Every accepted record also has a plausible profile (not an acceptance rule).
            assert row["jenis_kelamin"] in ("L", "P") and row["usia"].isdigit()
            assert row["pendidikan"] in EDUCATION and row["pekerjaan"] in OCCUPATIONS
            assert row["layanan"] and len(row["jam_survei"]) == 5
            accepted.append({"opd": row["opd"], "layanan": row["layanan"],
                             "answers": {COLUMN_TO_ELEMENT[c]: int(row[c])
                                         for c in ANSWER_COLUMNS}})
        else:
            rejected.append(record)
    return read, accepted, rejected


# --------------------------------------------------------------------------------------------
# Output


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def population_csv() -> str:
    lines = ["opd,periode,jumlah_pengguna"]
    for period in PERIODS:
        for agency in AGENCIES:
            lines.append(f"{csv_field(agency['name'])},{period},{agency['population'][period]}")
    return "\n".join(lines) + "\n"


def generate_region(out_dir: Path) -> None:
    results = {}
    for period in PERIODS:
        valid = generate_period(period)
        text, log = build_file(period, valid)
        physical = text.count("\n")
        counts = file_counts(period, log, physical)
        # Cross-check: parse what was written, independently, and compare.
        read, accepted, rejected = reread(text)
        assert read == counts["records_read"], (read, counts["records_read"])
        assert rejected == [r["record"] for r in counts["rejected_records"]], rejected
        assert len(accepted) == len(valid)
        for a, v in zip(accepted, (e["row"] for e in log if e["valid"])):
            assert a["opd"] == v["opd"] and a["layanan"] == v["layanan"]
            assert a["answers"] == v["answers"]
        results[period] = {"valid": valid, "text": text, "log": log, "counts": counts}
    all_counts = [results[p]["counts"] for p in PERIODS]
    for period in PERIODS:
        r = results[period]
        doc, internal = expected_for(period, r["valid"], all_counts)
        r["doc"], r["internal"] = doc, internal
        assert set(internal) == {a["short"] for a in AGENCIES} - NOT_SURVEYED[period], (period, set(internal))
        assert set(INTENDED_GRADE[period]) == set(internal), period
        for short, grade in INTENDED_GRADE[period].items():
            got = internal[short]["grade"]
            assert got == grade, f"{period} {short}: grade {got}, intended {grade} " \
                                 f"(score {float(internal[short]['_score']):.2f})"
            score = internal[short]["_score"]
            if (period, short) not in EXACT_SCORE:
                # Keep clear of the grade boundaries so the intended grade is robust.
                for threshold, _, _ in GRADES[:-1]:
                    assert abs(score - threshold) >= Fraction(3, 10), (period, short, float(score))
        for short, exact in EXACT_SCORE.items():
            if short[0] == period:
                assert internal[short[1]]["_score"] == exact
        for short, e in internal.items():
            # A swapped u8/u9 mapping must show in the element figures of every agency.
            assert abs(e["sums"]["U8"] - e["sums"]["U9"]) * 20 >= e["respondents"], (period, short)
        failing = {s for s, e in internal.items() if not e["sample"]["sufficient"]}
        assert failing == INTENDED_SAMPLE_FAIL[period], (period, failing)
        assert 1200 <= len(r["valid"]) <= 2000
        assert len(r["text"].encode("utf-8")) < 250_000, len(r["text"].encode("utf-8"))
    assert len(AGENCIES) >= 10 and sum(len(a["services"]) for a in AGENCIES) >= 32

    for period in PERIODS:
        r = results[period]
        write_text(out_dir / PERIODS[period]["file"], r["text"])
        write_text(out_dir / PERIODS[period]["expected"],
                   json.dumps(r["doc"], indent=2, ensure_ascii=False) + "\n")
    write_text(out_dir / "populasi-pengguna.csv", population_csv())
    write_text(out_dir / "README.md", readme(results))


def generate_large(n: int, out: Path) -> None:
    """N valid rows in the same layout, 2026-S1 model, same 12 agencies and 34 services."""
    rng = random.Random(SEED * 100 + 99)
    services = [(a, s) for a in AGENCIES for s in a["services"]]
    weights = [s["n"]["2026-S1"] for _, s in services]
    # A pool of pre-drawn responses keeps the writer fast; the row number makes rows distinct.
    pool_size = 20_000
    days_cache = {}
    # The first rows cover every service once, so any N >= 34 has all units.
    picks = list(range(len(services)))
    picks += rng.choices(range(len(services)), weights=weights, k=pool_size - len(picks))
    pool = []
    for k in picks:
        agency, service = services[k]
        r = make_response(rng, "2026-S1", agency, service, days_cache)
        pool.append(",".join(csv_field(f) for f in row_fields(0, r)[1:]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADER) + "\n")
        done = 0
        while done < n:
            chunk = min(50_000, n - done)
            idx = rng.choices(range(pool_size), k=chunk)
            if done == 0:
                head = list(range(min(chunk, len(services))))
                idx[:len(head)] = head
            f.write("".join(f"{done + j + 1},{pool[i]}\n" for j, i in enumerate(idx)))
            done += chunk
    print(f"wrote {out}: {n} rows, {len(AGENCIES)} agencies, {len(services)} services",
          file=sys.stderr)


# --------------------------------------------------------------------------------------------
# README


def md_table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(lines)


def md_code(value: str) -> str:
    if value is None:
        return "—"
    if value == "":
        return "(kosong)"
    return "`" + value + "`"


def readme(results: dict) -> str:
    r25, r26 = results["2025-S2"], results["2026-S1"]
    services_rows = []
    for a in AGENCIES:
        for s in a["services"]:
            services_rows.append([a["name"], s["name"], s["n"]["2025-S2"], s["n"]["2026-S1"]])
    small = [[a["name"], s["name"], s["n"]["2025-S2"], s["n"]["2026-S1"]]
             for a in AGENCIES for s in a["services"] if min(s["n"].values()) <= 8]

    def bad_table(period):
        rows = []
        for e in results[period]["log"]:
            if e["valid"]:
                continue
            column = (f"{e['column']} ({COLUMN_TO_ELEMENT[e['column']]})"
                      if e["column"] in COLUMN_TO_ELEMENT and e["kind"] != "too_few_fields"
                      else e["column"])
            rows.append([e["record"], e["line"], e["no"], e["kind"], column,
                         md_code(e["value"]) if e["kind"] != "too_few_fields"
                         else f"berakhir sebelum `{e['column']}`",
                         BAD_KIND_TEXT[e["kind"]][0]])
        return md_table(["rekaman", "baris fisik", "no", "jenis", "kolom", "nilai", "alasan"], rows)

    def hostile_table(period):
        rows = []
        texts = {t: k for _, k, t in HOSTILE_SARAN[period]}
        for e in results[period]["log"]:
            if e["valid"] and e["row"]["saran"] in texts:
                span = (f"{e['line']}–{e['line'] + e['lines'] - 1}" if e["lines"] > 1
                        else str(e["line"]))
                shown = e["row"]["saran"].replace("\n", "⏎")
                rows.append([e["record"], span, e["no"], texts[e["row"]["saran"]], "`" + shown + "`"])
        return md_table(["rekaman", "baris fisik", "no", "jenis", "isi saran"], rows)

    def grade_rows():
        rows = []
        for a in AGENCIES:
            e25, e26 = r25["internal"].get(a["short"]), r26["internal"].get(a["short"])
            if e26 is None:
                rows.append([a["name"], e25["respondents"], e25["score_rounded"], e25["grade"],
                             0, "—", "—", "tidak ada SKM", "—"])
                continue
            trend = {True: "naik", False: "turun"}.get(
                None if e25["grade"] == e26["grade"] else e26["grade"] < e25["grade"], "tetap")
            rows.append([a["name"], e25["respondents"], e25["score_rounded"], e25["grade"],
                         e26["respondents"], e26["score_rounded"], e26["grade"], e26["kinerja"],
                         trend])
        return rows

    def sample_rows(period):
        rows = []
        for a in AGENCIES:
            e = results[period]["internal"].get(a["short"])
            if e is None:
                rows.append([a["name"], a["population"][period], "—", 0, "tidak ada SKM"])
                continue
            rows.append([a["name"], e["sample"]["population"], e["sample"]["minimum"],
                         e["respondents"], "cukup" if e["sample"]["sufficient"] else "**KURANG**"])
        return rows

    c25, c26 = r25["counts"], r26["counts"]
    surveyed26 = [(a, r26["internal"][a["short"]]) for a in AGENCIES if a["short"] in r26["internal"]]
    fail26 = [a["name"] for a, e in surveyed26 if not e["sample"]["sufficient"]]
    missing26 = [a["name"] for a in AGENCIES if a["short"] in NOT_SURVEYED["2026-S1"]]
    reg26 = r26["doc"]["region_pooled"]
    edge26 = "; ".join(
        f"{a['name']} ({e['respondents']} responden, minimum {e['sample']['minimum']})"
        for a, e in surveyed26 if e["respondents"] == e["sample"]["minimum"]) or "tidak ada"
    nsvc = sum(len(a["services"]) for a in AGENCIES)
    mapping = md_table(["kolom CSV", "pertanyaan", "unsur (PermenPAN-RB 14/2017)"],
                       [[f"`{c}`", f"Q{c[1:]}", f"{COLUMN_TO_ELEMENT[c]} {ELEMENT_NAMES[COLUMN_TO_ELEMENT[c]]}"]
                        for c in ANSWER_COLUMNS])

    return f"""# Kabupaten Contoh — wilayah sintetis untuk Pantau

> Berkas di folder ini **dibuat oleh program** `samples/generate.py`. Jangan disunting tangan:
> ubah generatornya, lalu jalankan ulang (lihat *Cara membuat ulang*).

Kabupaten Contoh adalah kabupaten **fiktif**. Bagian Organisasi Setda-nya memantau
{len(AGENCIES)} perangkat daerah (OPD) dengan {nsvc} jenis layanan melalui Survei Kepuasan Masyarakat
(SKM) menurut PermenPAN-RB 14/2017, per semester. Semua data dibuat acak secara deterministik
(benih tetap `{SEED}`); tidak ada nama orang, nomor telepon, atau NIK. Nama desa/kecamatan
"Sukamaju" rekaan.

## Berkas

| berkas | isi |
|---|---|
| `skm/skm-2025-s2.csv` | jawaban SKM semester II 2025 (Juli–Desember 2025): {c25['records_read']} rekaman, {c25['accepted']} sah, {c25['rejected']} sengaja rusak |
| `skm/skm-2026-s1.csv` | jawaban SKM semester I 2026 (Januari–Juni 2026): {c26['records_read']} rekaman, {c26['accepted']} sah, {c26['rejected']} sengaja rusak |
| `populasi-pengguna.csv` | jumlah pengguna layanan per OPD dan semester, untuk uji sampel minimum |
| `expected/skm-2026-s1.json` | hasil yang benar untuk 2026-S1, dihitung generator secara eksak (`fractions.Fraction`) |
| `expected/skm-2025-s2.json` | idem untuk 2025-S2 (untuk uji tren antarsemester) |

### `skm/*.csv`

UTF-8 tanpa BOM, pemisah koma, baris diakhiri LF (`\\n`), baris pertama judul kolom, tanda kutip
menurut RFC 4180 hanya bila perlu (isi mengandung koma, tanda kutip, atau baris baru; tanda kutip di
dalam isi ditulis ganda `""`). Urutan rekaman kronologis seperti ekspor aplikasi SKM.

```
{",".join(HEADER)}
```

| kolom | isi |
|---|---|
| `no` | nomor urut rekaman dari aplikasi (1, 2, 3, … termasuk rekaman rusak) |
| `tgl_survei` | tanggal pengisian `YYYY-MM-DD`, di dalam semester; hari kerja (Senin–Jumat kecuali libur nasional dan cuti bersama), Senin–Sabtu untuk Puskesmas dan Perpustakaan, setiap hari untuk IGD dan Rawat Inap |
| `jam_survei` | jam pengisian `HH:MM` (24 jam) |
| `opd` | nama lengkap perangkat daerah |
| `layanan` | nama layanan |
| `jenis_kelamin` | `L` atau `P` |
| `usia` | tahun, bilangan bulat |
| `pendidikan` | `SD`, `SMP`, `SMA`, `D3`, `S1`, `S2` |
| `pekerjaan` | `PNS`, `TNI`, `POLRI`, `Swasta`, `Wiraswasta`, `Pelajar`, `Mahasiswa`, `Ibu Rumah Tangga`, `Petani`, `Nelayan`, `Lainnya` |
| `u1` … `u9` | jawaban pertanyaan 1–9, bilangan bulat 1–4 |
| `saran` | saran singkat berbahasa Indonesia, sering kosong |

**Pemetaan kolom → unsur (jebakan).** Urutan pertanyaan mengikuti contoh kuesioner dalam lampiran
peraturan, yang menanyakan Sarana sebagai pertanyaan ke-8 dan Pengaduan sebagai pertanyaan ke-9.
Jadi **`u8` = U9 Sarana dan Prasarana** dan **`u9` = U8 Penanganan Pengaduan**. Importir harus
memetakan kolom ke unsur secara eksplisit:

{mapping}

Contoh konfigurasi: `columns: {{ unit: opd, service: layanan, U8: u9, U9: u8 }}`.

Menukar kedua kolom **tidak mengubah nilai SKM total** (jumlahnya sama), tetapi mengubah NRR per unsur
dan unsur terlemah yang menjadi dasar RTL. Di setiap OPD rata-rata U8 dan U9 sengaja berbeda, jadi uji
harus membandingkan `sums` per unsur, bukan hanya nilai akhir.

### `populasi-pengguna.csv`

`opd,periode,jumlah_pengguna` — `periode` ditulis `2025-S2` / `2026-S1`; `jumlah_pengguna` = jumlah
pengguna layanan OPD itu dalam semester (N untuk rumus Krejcie–Morgan). Populasi per OPD, bukan per
layanan.

## OPD dan layanan

Jumlah responden **sah** per layanan (rekaman rusak tidak termasuk):

{md_table(["OPD", "layanan", "2025-S2", "2026-S1"], services_rows)}

Layanan dengan responden sangat sedikit (untuk pemeriksaan jumlah sampel per layanan):

{md_table(["OPD", "layanan", "2025-S2", "2026-S1"], small)}

## Rekaman yang sengaja rusak

Nomor **rekaman** menghitung judul kolom sebagai rekaman 1, jadi rekaman data pertama = 2.
Karena ada satu saran berisi baris baru di dalam tanda kutip, satu rekaman memakan dua baris fisik;
setelahnya nomor **baris fisik** = nomor rekaman + 1. Aturan penerimaan: rekaman diterima hanya bila
tepat 19 kolom, `tgl_survei` tanggal nyata `YYYY-MM-DD`, `opd` tidak kosong, dan kesembilan jawaban
bilangan bulat 1–4; selain itu **seluruh rekaman** ditolak (tidak ada jawaban parsial yang dipakai).

### `skm/skm-2025-s2.csv` — {c25['records_read']} rekaman dibaca, {c25['accepted']} diterima, {c25['rejected']} ditolak, {c25['physical_lines']} baris fisik termasuk judul

{bad_table("2025-S2")}

### `skm/skm-2026-s1.csv` — {c26['records_read']} rekaman dibaca, {c26['accepted']} diterima, {c26['rejected']} ditolak, {c26['physical_lines']} baris fisik termasuk judul

{bad_table("2026-S1")}

Kolom "nilai" menunjukkan isi kolom yang rusak; untuk `too_many_fields` itu teks saran tanpa tanda
kutip yang terbelah koma menjadi dua kolom; untuk `too_few_fields` rekaman berhenti sebelum kolom yang
disebut (2025-S2: 16 kolom, 2026-S1: 15 kolom).

### Saran "berbahaya" yang **sah** (uji escaping)

Rekaman ini sah dan ikut dihitung. Laporan HTML harus meng-escape `<script>`; ekspor CSV/XLSX harus
menetralkan rumus yang diawali `=`; pembaca CSV harus menangani koma dan baris baru di dalam kutip
(`⏎` di bawah = baris baru).

2025-S2:

{hostile_table("2025-S2")}

2026-S1:

{hostile_table("2026-S1")}

## Hasil yang dimaksud

Nilai SKM (NIK) = IKM × 25, IKM = Σ NRR × 1/9 tepat, NRR per unsur = jumlah jawaban ÷ jumlah
responden sah. Mutu: A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; selain itu D (dibandingkan dengan nilai eksak).
Nilai di bawah dibulatkan 2 desimal (setengah ke atas).

{md_table(["OPD", "n 2025-S2", "nilai 2025-S2", "mutu", "n 2026-S1", "nilai 2026-S1", "mutu", "kinerja 2026-S1", "tren"], grade_rows())}

Seluruh wilayah 2026-S1 (semua responden sah digabung): {reg26['respondents']} responden, nilai
{reg26['score_rounded']}, mutu {reg26['grade']}.

Catatan yang disengaja:
- **Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu naik** dari B ke A; **Rumah Sakit Umum
  Daerah Kabupaten Contoh turun** dari C ke D (layanan rumah sakit kelebihan beban: waktu tunggu
  rawat jalan dan farmasi, ruang rawat inap penuh).
- **Dinas Sosial 2026-S1 tepat 65,00** (jumlah seluruh jawaban = 23,4 × jumlah responden): mutu C,
  bukan D. Perhitungan titik-mengambang yang menghasilkan 64,999… akan salah memberi D.
- Pada umumnya U3 Waktu, U8 Pengaduan, dan U9 Sarana lebih lemah; U4 Biaya tinggi karena sebagian
  besar layanan gratis (kecuali retribusi uji KIR dan PBG).
- **{", ".join(missing26)} tidak melaksanakan SKM pada 2026-S1** (data jumlah pengguna layanan untuk
  penarikan sampel baru dikirim Mei 2026): tidak ada satu pun jawabannya di `skm/skm-2026-s1.csv`,
  dan OPD ini tidak muncul di `expected/skm-2026-s1.json` (lihat `not_surveyed`).

## Uji jumlah sampel minimum (Krejcie–Morgan)

s = 3841·N / (10(N − 1) + 3841), dibulatkan ke bilangan bulat terdekat; cukup bila responden sah ≥ s.
Pada 2026-S1 **{len(fail26)} OPD tidak cukup**: {", ".join(fail26)}. Tepat di batas (responden =
minimum, jadi cukup) pada 2026-S1: {edge26}.

2026-S1:

{md_table(["OPD", "populasi N", "minimum s", "responden sah", "verdict"], sample_rows("2026-S1"))}

2025-S2:

{md_table(["OPD", "populasi N", "minimum s", "responden sah", "verdict"], sample_rows("2025-S2"))}

## `expected/skm-2026-s1.json` (dan `skm-2025-s2.json`)

Dihitung generator dari data di memori dengan pecahan eksak, lalu dicocokkan dengan pembacaan ulang
CSV yang ditulis (modul `csv` Python). Bidang:

- `period`, `file`, `scheme`, `column_to_element` (pemetaan kolom → unsur), `element_order`
  (U1..U9 urutan peraturan), `acceptance_rule`, `score_method`, `minimum_sample_method`: teks penjelas.
- `files[]`: untuk **kedua** berkas — `records_read` (rekaman data tanpa judul), `accepted`, `rejected`,
  `physical_lines` (termasuk judul), `rejected_records[]` (`record` nomor rekaman dengan judul = 1,
  `line` baris fisik awal, `no`, `reason` kode umum: `answer_out_of_range`, `answer_missing`,
  `answer_not_integer`, `field_count`, `date_invalid`, `opd_missing`; `kind` jenis rinci; `column`;
  `element` (unsur untuk jawaban yang rusak, sesudah pemetaan; selain itu null);
  `value`; deskripsi id/en), `multiline_records[]` (rekaman yang memakan lebih dari satu baris fisik).
- `agencies[]` per OPD (urutan seperti di atas): `opd`, `short_name`, `respondents` (responden sah),
  `sums` (jumlah jawaban per unsur **U1..U9 urutan peraturan**, setelah penukaran u8/u9),
  `nrr` (pecahan eksak `"pembilang/penyebut"`), `ikm` (eksak) dan `ikm_rounded` (4 desimal),
  `score` (nilai konversi eksak, `"pembilang/penyebut"`) dan `score_rounded` (2 desimal, setengah ke
  atas), `grade` (A/B/C/D dari nilai eksak), `kinerja`, `sample` (`population`, `minimum`,
  `minimum_exact`, `sufficient`), dan `services[]` per layanan (`respondents`, `sums`, `score`,
  `score_rounded`, `grade`).
- `region_pooled`: angka seluruh wilayah dengan semua responden sah digabung (bukan rata-rata nilai OPD).
- `grade_counts`, `sample_insufficient`: ringkasan; `not_surveyed`: OPD tanpa SKM pada periode itu.

## Cara membuat ulang

```
python3 samples/generate.py            # dari akar repositori; menulis ulang folder ini
python3 samples/generate.py --large 1000000 --out out/skm-besar.csv   # uji kecepatan, tidak di-commit
```

Python 3.11, hanya pustaka standar, deterministik: dua kali dijalankan menghasilkan berkas yang sama
persis. Generator juga memeriksa dirinya (mutu yang dimaksud, verdict sampel, ukuran berkas) dan
berhenti dengan galat bila ada yang meleset. Mode `--large N` menulis N rekaman sah (tanpa rekaman
rusak) dengan tata letak yang sama, untuk {len(AGENCIES)} OPD dan {nsvc} layanan yang sama berapa pun N (semua muncul bila
N ≥ {nsvc}); urutannya acak, tidak kronologis.

## English

Kabupaten Contoh is a fictional regency generated by `samples/generate.py` (standard-library Python,
fixed seed, byte-identical on every run): {len(AGENCIES)} agencies, {nsvc} services, and SKM
(PermenPAN-RB 14/2017) answers for 2025-S2 ({c25['accepted']} valid + {c25['rejected']} bad records) and
2026-S1 ({c26['accepted']} valid + {c26['rejected']} bad records). The CSVs follow the regulation's sample
questionnaire order, so **column `u8` is element U9 (facilities) and `u9` is element U8 (complaint
handling)**. Bad records (answers 5, 0, empty, a label, a decimal; too many and too few fields; an
impossible and a zero date; an empty `opd`) are listed above by record number (header = record 1)
and physical line; three valid records carry hostile `saran` text (a spreadsheet formula, a script tag,
and a quoted comma plus newline). Intended 2026-S1 grades: A, B, C and D all occur; DPMPTSP improves
(B→A), the hospital falls (C→D, clearly below 65), and Dinas Sosial sits exactly on 65.00 (grade C).
{", ".join(fail26)} fail the Krejcie–Morgan minimum sample in 2026-S1, and {", ".join(missing26)} held no
SKM at all in 2026-S1 (absent from that file and its expected results). `expected/*.json` holds the
exact per-agency counts, element sums in regulation order, scores as exact fractions and rounded,
grades, pooled regional figures, per-file read/accepted/rejected counts and sample verdicts; Pantau's
end-to-end tests compare against it. Regenerate with `python3 samples/generate.py`.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--large", type=int, metavar="N",
                    help="write one big all-valid survey CSV of N rows (needs --out)")
    ap.add_argument("--out", type=Path,
                    help="output: the region directory, or with --large the CSV file")
    ap.add_argument("--large-region", type=Path, metavar="DIR",
                    help="write a large region of every kind of record into DIR (see generators/large_region.py)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="with --large-region: the share of the full sizes to write (default 1)")
    a = ap.parse_args(argv)
    if a.large_region is not None:
        if not 0 < a.scale <= 1:
            ap.error("--scale must be above 0 and at most 1")
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from generators import large_region
        sizes = large_region.generate(a.large_region, a.scale, generate_large)
        print(f"wrote {a.large_region}: " + ", ".join(f"{n:,} {kind}" for kind, n in sizes.items()), file=sys.stderr)
        return 0
    if a.large is not None:
        if a.out is None:
            ap.error("--large needs --out PATH")
        if a.large < 1:
            ap.error("--large must be at least 1")
        generate_large(a.large, a.out)
        return 0
    out = a.out or Path(__file__).resolve().parent / "kabupaten-contoh"
    generate_region(out)
    # The other records of the region, each kind from its own module. They read the survey's
    # results (the follow-up plan starts from the weakest elements), so they come after it.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generators import assessment, meetings_participation, standards_complaints
    standards_complaints.generate(out)
    meetings_participation.generate(out)
    assessment.generate(out)
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
