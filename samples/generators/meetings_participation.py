#!/usr/bin/env python3
"""Meeting minutes, participation log, follow-up plan and innovation register of Kabupaten Contoh.

Standard library only and deterministic: the records are written out from the tables below,
nothing is drawn at random, nothing depends on the clock, on hash randomisation or on the machine,
so running this twice writes byte-identical files.

    from generators import meetings_participation
    meetings_participation.generate(region_dir)     # region_dir: samples/kabupaten-contoh

    python3 samples/generators/meetings_participation.py [REGION_DIR]

It reads `expected/skm-2025-s2.json` (written by samples/generate.py) for the weakest SKM elements
of each agency, from which the follow-up plan is drawn, so it runs after the SKM files exist.

What is written into the region directory:

    rapat/*.md                        minutes of six meetings (Markdown with YAML front matter)
    tindak-lanjut-rapat.csv           action items kept in a spreadsheet, by meeting id
    partisipasi.csv                   participation log (FKP, sosialisasi, survei, dengar pendapat)
    rtl-skm.csv                       follow-up plan (RTL) from the 2025-S2 SKM's weakest elements
    publikasi-skm.csv                 publications of the 2025-S2 SKM results and plans
    inovasi.csv                       innovation register 2024-2026
    README-meetings-participation.md  the files, their columns and their deliberate faults

Every file holds a few deliberately faulty records; the README lists each with its row or line
and the reason the importer must give. Faults marked "register" are found only when the pipeline
also imports the register of units and services.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from fractions import Fraction
from pathlib import Path

# The region's agencies, exactly as the SKM exports name them, with the short names people use.
DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil"
DPMPTSP = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
DINKES = "Dinas Kesehatan"
RSUD = "Rumah Sakit Umum Daerah Kabupaten Contoh"
BAPENDA = "Badan Pendapatan Daerah"
DISKOP = "Dinas Koperasi dan Usaha Mikro"
DINSOS = "Dinas Sosial"
DISHUB = "Dinas Perhubungan"
DISNAKER = "Dinas Tenaga Kerja"
DISPUSIP = "Dinas Perpustakaan dan Kearsipan"
PUSKESMAS = "UPTD Puskesmas Sukamaju"
KECAMATAN = "Kecamatan Sukamaju"
AGENCIES = [DUKCAPIL, DPMPTSP, DINKES, RSUD, BAPENDA, DISKOP, DINSOS, DISHUB, DISNAKER, DISPUSIP,
            PUSKESMAS, KECAMATAN]
SETDA = "Sekretariat Daerah Kabupaten Contoh"
BAGIAN_ORGANISASI = "Bagian Organisasi Setda"

# Who speaks for each agency at coordination meetings (fictional officials).
REPRESENTATIVES = {
    DUKCAPIL: ("Bayu Nugroho, S.STP", "Sekretaris Dinas"),
    DPMPTSP: ("Sari Wulandari, S.H., M.H.", "Kepala Bidang Pelayanan Perizinan"),
    DINKES: ("dr. Dedi Kurniawan", "Kepala Bidang Sumber Daya Kesehatan"),
    RSUD: ("dr. Ratna Sari, M.Kes", "Wakil Direktur Pelayanan"),
    BAPENDA: ("Imam Syafii, S.E.", "Kepala Bidang Pelayanan Pajak Daerah"),
    DISKOP: ("Yanti Susanti, S.S., M.Si", "Sekretaris Dinas"),
    DINSOS: ("Joko Susilo, S.Sos", "Kepala Bidang Pemberdayaan Sosial"),
    DISHUB: ("Maya Anggraini, S.T.", "Kepala UPT Pengujian Kendaraan Bermotor"),
    DISNAKER: ("Arif Rahman, S.E., M.M.", "Kepala Bidang Penempatan Tenaga Kerja"),
    DISPUSIP: ("Tri Wahyuni, S.IP", "Kepala Bidang Layanan Perpustakaan"),
    PUSKESMAS: ("drg. Fajar Ramadhan", "Kepala UPTD Puskesmas"),
    KECAMATAN: ("Indah Permata, S.STP, M.Si", "Sekretaris Kecamatan"),
}
CHAIR = ("Drs. Hendra Wijaya, M.Si", "Asisten Administrasi Umum")
KABAG = ("Rina Marlina, S.Sos., M.AP", "Kepala Bagian Organisasi")


# ---------------------------------------------------------------------------------------------
# Writing helpers

def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


class Table:
    """A CSV written row by row (LF line ends, RFC 4180 quoting only where needed), keeping the
    spreadsheet row and the physical line of every record, and the faults planted in it."""

    def __init__(self, header):
        self.header = header
        self.lines = [",".join(header)]
        self.rows = 0      # records written after the header
        self.line = 2      # physical line the next record starts on
        self.faults = []   # (row, line, column, value, reason_id, reason_en, needs_register)
        self.ids = {}      # first field -> row, first occurrence

    def row_of(self, first_field):
        """The row of the record whose first field is given."""
        return self.ids[first_field]

    def add(self, values, fault=None):
        """Appends a record; `fault` = (column, value, reason_id, reason_en[, register])."""
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(values)
        self._append(out.getvalue()[:-1], fault)

    def add_raw(self, text, fault=None):
        """Appends a record written by hand, for faults the csv module would quote away."""
        self._append(text, fault)

    def _append(self, text, fault):
        self.rows += 1
        row, line = self.rows + 1, self.line
        self.lines.append(text)
        self.ids.setdefault(text.split(",", 1)[0], row)
        self.line += text.count("\n") + 1
        if fault:
            column, value, reason_id, reason_en, *register = fault
            self.faults.append((row, line, column, value, reason_id, reason_en, bool(register)))

    @property
    def text(self):
        return "\n".join(self.lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Meetings

def front_matter(fields: dict) -> str:
    """YAML front matter for the fields, in a fixed order and a plain style people write."""
    out = ["---"]
    for key, value in fields.items():
        if isinstance(value, list):
            out.append(f"{key}:")
            for item in value:
                if isinstance(item, dict):
                    first = True
                    for k, v in item.items():
                        out.append(f"  {'- ' if first else '  '}{k}: {yaml_scalar(v)}")
                        first = False
                else:
                    out.append(f"  - {yaml_scalar(item)}")
        else:
            out.append(f"{key}: {yaml_scalar(value)}")
    out.append("---")
    return "\n".join(out) + "\n"


def yaml_scalar(value) -> str:
    text = str(value)
    if any(c in text for c in ":#'\"[]{},&*!|>%@`") or text != text.strip():
        return "'" + text.replace("'", "''") + "'"
    return text


def attendees(units, extra=()):
    people = [{"name": CHAIR[0], "role": CHAIR[1], "organisation": SETDA},
              {"name": KABAG[0], "role": KABAG[1], "organisation": BAGIAN_ORGANISASI}]
    for unit in units:
        name, role = REPRESENTATIVES[unit]
        people.append({"name": name, "role": role, "organisation": unit})
    people.extend(extra)
    return people


def item(box, owner, action, due=None, ident=None):
    """A task-list line; without an owner the line names none, as minutes sometimes forget to."""
    meta = "; ".join(part for part in [f"batas: {due}" if due else None, f"id: {ident}" if ident else None] if part)
    return f"- [{box}] " + (f"{owner}: " if owner else "") + action + (f" ({meta})" if meta else "")


class Minutes:
    def __init__(self, name, fields, body):
        self.name = name
        self.text = front_matter(fields) + body
        # Every action item line of the samples gives a due date or an id; the front matter's are counted by key.
        self.action_items = len(fields.get("action_items", [])) + sum(
            1 for line in body.split("\n") if line.startswith("- ") and ("(batas:" in line or "(id:" in line))
        self.faults = []   # (line, field, value, reason_id, reason_en, needs_register, counts)

    def line_of(self, fragment):
        for number, line in enumerate(self.text.split("\n"), start=1):
            if fragment in line:
                return number
        raise ValueError(f"{self.name}: no line with {fragment!r}")

    def fault(self, fragment, field, value, reason_id, reason_en, register=False, counts="tindak lanjut"):
        self.faults.append((self.line_of(fragment), field, value, reason_id, reason_en, register, counts))


def meetings():
    absent_dishub = [a for a in AGENCIES if a != DISHUB]
    result = []

    # 1. Rakor, July 2025: action items set, Dishub absent.
    body = f"""
# Rapat Koordinasi Pelayanan Publik Semester II 2025

Rapat dibuka oleh Asisten Administrasi Umum. Kepala Bagian Organisasi memaparkan hasil Survei
Kepuasan Masyarakat semester I 2025 dan rencana Forum Konsultasi Publik tahun ini.
Dinas Perhubungan tidak hadir tanpa keterangan.

## Agenda

1. Tindak lanjut hasil SKM semester I 2025
2. Rencana Forum Konsultasi Publik penyusunan standar pelayanan
3. Kesiapan pengelolaan pengaduan SP4N-LAPOR!

## Keputusan

- Setiap OPD menyampaikan rencana tindak lanjut hasil SKM paling lambat akhir Agustus 2025.
- Standar pelayanan yang berumur lebih dari tiga tahun ditinjau ulang melalui FKP.

## Tindak Lanjut

{item(" ", DUKCAPIL, "perbarui standar pelayanan Perekaman dan Pencetakan KTP-el", "2025-09-30", "TL-2507-01")}
{item(" ", DPMPTSP, "selenggarakan FKP rancangan standar pelayanan Persetujuan Bangunan Gedung (PBG)", "2025-10-31", "TL-2507-02")}
{item(" ", RSUD, "tambah kursi ruang tunggu Rawat Jalan dan umumkan jadwal dokter", "2025-10-15", "TL-2507-03")}
{item(" ", DISHUB, "kirim data jumlah pengguna layanan Uji KIR untuk penarikan sampel SKM", "2025-08-29", "TL-2507-04")}
{item(" ", BAPENDA, "buka kanal pengaduan daring untuk layanan PBB-P2", "2025-09-30", "TL-2507-05")}
{item(" ", DINSOS, "perbarui maklumat pelayanan dan pasang di ruang pelayanan", "2025-08-31", "TL-2507-06")}
"""
    result.append(Minutes("2025-07-22-rakor-pelayanan-publik.md", {
        "id": "rakor-2025-07",
        "title": "Rapat Koordinasi Pelayanan Publik Semester II 2025",
        "date": "2025-07-22",
        "kind": "rakor",
        "place": "Ruang Rapat Lantai 2 Setda Kabupaten Contoh",
        "chair": f"{CHAIR[0]} ({CHAIR[1]})",
        "invited": AGENCIES,
        "attendees": attendees(absent_dishub),
    }, body))

    # 2. FKP, September 2025, Dinas Koperasi: stakeholders, action items in the front matter.
    stakeholders = [
        {"name": "Suparman", "role": "Ketua", "organisation": "KUD Sumber Makmur"},
        {"name": "Wartini", "role": "Ketua", "organisation": "KOPWAN Melati"},
        {"name": "Slamet Riyadi", "role": "Manajer", "organisation": "KSP Artha Mandiri"},
        {"name": "Nur Aini", "role": "Pelaku usaha mikro", "organisation": "Paguyuban UMKM Sukamaju"},
        {"name": "Teguh Wibowo", "role": "Pendamping lapangan", "organisation": "PLUT-KUMKM Kabupaten Contoh"},
        {"name": "Fitri Handayani", "role": "Ketua", "organisation": "Organisasi Penyandang Disabilitas Kabupaten Contoh"},
    ]
    body = """
# Forum Konsultasi Publik Rancangan Standar Pelayanan Rekomendasi Pendirian Koperasi

Rancangan standar pelayanan dibahas bersama pengguna layanan dan pemangku kepentingan dari unsur
KUD, KOPWAN, KSP, pelaku usaha mikro, tenaga pendamping dan organisasi penyandang disabilitas.
Empat belas masukan diterima, sembilan disepakati masuk ke standar.

## Agenda

- Paparan rancangan standar pelayanan (14 komponen)
- Tanggapan dan masukan peserta
- Penandatanganan berita acara kesepakatan

## Keputusan

- Jangka waktu pelayanan dipersingkat dari 14 menjadi 10 hari kerja.
- Persyaratan akta notaris boleh diserahkan menyusul paling lambat 30 hari.
- Loket pelayanan dipindah ke lantai dasar agar terjangkau pengguna kursi roda.
"""
    result.append(Minutes("2025-09-18-fkp-rekomendasi-koperasi.md", {
        "id": "fkp-2025-09-koperasi",
        "title": "FKP Rancangan Standar Pelayanan Rekomendasi Pendirian Koperasi",
        "date": "18/09/2025",
        "kind": "FKP",
        "place": "Aula Dinas Koperasi dan Usaha Mikro",
        "chair": f"{REPRESENTATIVES[DISKOP][0]} ({REPRESENTATIVES[DISKOP][1]})",
        "invited": [DISKOP, DPMPTSP],
        "attendees": attendees([DISKOP, DPMPTSP], stakeholders)[1:],
        "action_items": [
            {"id": "FKP-2509-01", "action": "Tetapkan standar pelayanan Rekomendasi Pendirian Koperasi hasil FKP",
             "owner": DISKOP, "due": "2025-10-31", "status": "terbuka"},
            {"id": "FKP-2509-02", "action": "Publikasikan standar pelayanan di laman dan ruang pelayanan",
             "owner": DISKOP, "due": "2025-11-30", "status": "terbuka"},
        ],
    }, body))

    # 3. Rakor, November 2025: reviews July's items; two new ones faulty; Dishub absent again.
    body = f"""
# Rapat Koordinasi Evaluasi Pelayanan Publik Triwulan III 2025

Rapat meninjau tindak lanjut Rakor Juli 2025. Dinas Perhubungan kembali tidak hadir.

## Agenda

1. Tinjauan tindak lanjut rapat sebelumnya
2. Persiapan SKM semester II 2025

## Tindak Lanjut Rapat Sebelumnya

{item("x", DUKCAPIL, "perbarui standar pelayanan Perekaman dan Pencetakan KTP-el", "2025-09-30", "TL-2507-01")}
{item("~", DPMPTSP, "selenggarakan FKP rancangan standar pelayanan Persetujuan Bangunan Gedung (PBG)", "2025-10-31", "TL-2507-02")}
{item(" ", RSUD, "tambah kursi ruang tunggu Rawat Jalan dan umumkan jadwal dokter", "2025-10-15", "TL-2507-03")}
{item(" ", DISHUB, "kirim data jumlah pengguna layanan Uji KIR untuk penarikan sampel SKM", "2025-08-29", "TL-2507-04")}
{item("x", BAPENDA, "buka kanal pengaduan daring untuk layanan PBB-P2", "2025-09-30", "TL-2507-05")}
{item("x", DINSOS, "perbarui maklumat pelayanan dan pasang di ruang pelayanan", "2025-08-31", "TL-2507-06")}

## Keputusan

- Tindak lanjut yang lewat batas waktu dilaporkan kepada Sekretaris Daerah.

## Tindak Lanjut

{item(" ", DINKES, "publikasikan hasil SKM 2025 di laman dinas", "2026-01-31", "TL-2511-01")}
{item(" ", KECAMATAN, "sediakan kursi roda dan jalur landai di ruang pelayanan", "31 September 2025", "TL-2511-02")}
- {DISNAKER}: susun jadwal pelayanan AK/1 keliling ke desa (batas: 2026-01-30; id: TL-2511-03)
{item(" ", PUSKESMAS, "tempel alur pelayanan dan biaya di loket pendaftaran", "2025-12-31", "TL-2511-04")}
"""
    m = Minutes("2025-11-20-rakor-triwulan-iii.md", {
        "id": "rakor-2025-11",
        "title": "Rapat Koordinasi Evaluasi Pelayanan Publik Triwulan III 2025",
        "date": "20 November 2025",
        "kind": "Rakor",
        "place": "Ruang Rapat Bupati",
        "chair": f"{CHAIR[0]} ({CHAIR[1]})",
        "invited": AGENCIES,
        "attendees": attendees(absent_dishub),
    }, body)
    m.fault("31 September 2025", "Tindak Lanjut", "31 September 2025",
            "'31 September 2025' bukan tanggal yang sah", "'31 September 2025' is not a valid date")
    m.fault("AK/1 keliling", "Tindak Lanjut", f"{DISNAKER}: susun jadwal pelayanan AK/1 keliling ke desa (…)",
            "tindak lanjut tidak diawali kotak status [ ], [~], [x] atau [-]",
            "the action item does not start with a status box [ ], [~], [x] or [-]")
    result.append(m)

    # 4. Rakor, February 2026: SKM 2025-S2 results; items carried over again; Dishub absent a third time.
    body = f"""
# Rapat Koordinasi Pelayanan Publik Semester I 2026

Kepala Bagian Organisasi memaparkan hasil SKM semester II 2025: RSUD, Dinas Sosial dan Dinas
Perhubungan bermutu C. Rencana tindak lanjut dari unsur terlemah setiap OPD dicatat dalam
berkas RTL. Dinas Perhubungan tidak hadir untuk ketiga kalinya.

## Agenda

1. Hasil SKM semester II 2025 dan rencana tindak lanjutnya
2. Tinjauan tindak lanjut rapat sebelumnya
3. Inovasi pelayanan publik 2026

## Keputusan

- Setiap OPD menetapkan paling sedikit satu inovasi pelayanan publik pada 2026.
- OPD bermutu C memaparkan kemajuan RTL pada Rakor berikutnya.

## Tindak Lanjut Rapat Sebelumnya

{item("x", DPMPTSP, "selenggarakan FKP rancangan standar pelayanan Persetujuan Bangunan Gedung (PBG)", "2025-10-31", "TL-2507-02")}
{item(" ", RSUD, "tambah kursi ruang tunggu Rawat Jalan dan umumkan jadwal dokter", "2025-10-15", "TL-2507-03")}
{item(" ", DISHUB, "kirim data jumlah pengguna layanan Uji KIR untuk penarikan sampel SKM", "2025-08-29", "TL-2507-04")}
{item("x", DINKES, "publikasikan hasil SKM 2025 di laman dinas", "2026-01-31", "TL-2511-01")}
{item("~", PUSKESMAS, "tempel alur pelayanan dan biaya di loket pendaftaran", "2025-12-31", "TL-2511-04")}

## Tindak Lanjut

{item(" ", RSUD, "paparkan kemajuan RTL SKM semester II 2025", "2026-05-15", "TL-2602-01")}
{item(" ", DINSOS, "paparkan kemajuan RTL SKM semester II 2025", "2026-05-15", "TL-2602-02")}
{item(" ", DISHUB, "paparkan kemajuan RTL SKM semester II 2025", "2026-05-15", "TL-2602-03")}
{item(" ", "Dinas Pariwisata", "daftarkan layanan informasi wisata ke daftar layanan", "2026-03-31", "TL-2602-04")}
{item(" ", DISNAKER, "integrasikan layanan AK/1 ke Mal Pelayanan Publik", None, "TL-2602-07")}
{item(" ", None, "himpun paparan inovasi 2026 seluruh OPD untuk Rakor berikutnya", "2026-04-30", "TL-2602-08")}
"""
    m = Minutes("2026-02-12-rakor-semester-i.md", {
        "id": "rakor-2026-02",
        "title": "Rapat Koordinasi Pelayanan Publik Semester I 2026",
        "date": "2026-02-12",
        "kind": "rakor",
        "place": "Ruang Rapat Lantai 2 Setda Kabupaten Contoh",
        "chair": f"{CHAIR[0]} ({CHAIR[1]})",
        "invited": AGENCIES,
        "attendees": attendees(absent_dishub),
    }, body)
    m.fault("Dinas Pariwisata", "Tindak Lanjut", "Dinas Pariwisata",
            "unit 'Dinas Pariwisata' tidak ada dalam daftar unit dan layanan",
            "unit 'Dinas Pariwisata' is not in the register of units and services", register=True)
    result.append(m)

    # 5. Sosialisasi, March 2026: its kind is misspelt, so the meeting and its item are rejected.
    body = f"""
# Sosialisasi Pengelolaan Pengaduan SP4N-LAPOR!

Admin SP4N-LAPOR! setiap OPD dilatih menindaklanjuti pengaduan dalam 5 hari kerja.

## Agenda

- Alur disposisi dan tindak lanjut pengaduan
- Batas waktu verifikasi dan penyelesaian

## Tindak Lanjut

{item(" ", BAPENDA, "tetapkan admin SP4N-LAPOR! cadangan", "2026-03-31")}
"""
    m = Minutes("2026-03-05-sosialisasi-sp4n-lapor.md", {
        "title": "Sosialisasi Pengelolaan Pengaduan SP4N-LAPOR!",
        "date": "2026-03-05",
        "kind": "sosialiasi",
        "place": "Ruang Rapat Bagian Organisasi",
        "chair": f"{KABAG[0]} ({KABAG[1]})",
        "attendees": attendees([BAPENDA, DUKCAPIL, RSUD])[1:],
    }, body)
    m.fault("kind: sosialiasi", "kind", "sosialiasi",
            "'sosialiasi' bukan salah satu dari rakor, fkp, sosialisasi, monev, lainnya; mungkin maksud Anda 'sosialisasi'?",
            "'sosialiasi' is not one of rakor, fkp, sosialisasi, monev, lainnya; did you mean 'sosialisasi'?", counts="rapat")
    m.fault("admin SP4N-LAPOR! cadangan", "Tindak Lanjut", f"[ ] {BAPENDA}: tetapkan admin SP4N-LAPOR! cadangan (…)",
            "rapat '2026-03-05-sosialisasi-sp4n-lapor' ditolak, jadi tindak lanjutnya juga",
            "meeting '2026-03-05-sosialisasi-sp4n-lapor' was rejected, so its action items are too")
    result.append(m)

    # 6. Monev, May 2026: Dishub attends at last; English headings; a repeated item id.
    body = f"""
# Monitoring dan Evaluasi Pelayanan Publik Triwulan I 2026

OPD bermutu C memaparkan kemajuan RTL SKM semester II 2025.

## Agenda

1. Kemajuan RTL OPD bermutu C
2. Tindak lanjut yang lewat batas waktu

## Decisions

- Tindak lanjut RSUD yang tertunda sejak Juli 2025 dilaporkan kepada Sekretaris Daerah.

## Action items

{item(" ", RSUD, "tambah kursi ruang tunggu Rawat Jalan dan umumkan jadwal dokter", "2025-10-15", "TL-2507-03")}
{item("x", DISHUB, "kirim data jumlah pengguna layanan Uji KIR untuk penarikan sampel SKM", "2025-08-29", "TL-2507-04")}
{item("x", PUSKESMAS, "tempel alur pelayanan dan biaya di loket pendaftaran", "2025-12-31", "TL-2511-04")}
{item("x", RSUD, "paparkan kemajuan RTL SKM semester II 2025", "2026-05-15", "TL-2602-01")}
{item("x", DINSOS, "paparkan kemajuan RTL SKM semester II 2025", "2026-05-15", "TL-2602-02")}
{item("~", DISHUB, "paparkan kemajuan RTL SKM semester II 2025", "2026-05-15", "TL-2602-03")}
{item("-", DISHUB, "paparkan kemajuan RTL SKM semester II 2025 (ulang)", "2026-05-15", "TL-2602-03")}
{item(" ", RSUD, "laporkan waktu tunggu Rawat Jalan setiap bulan", "2026-07-31", "TL-2605-01")}
"""
    m = Minutes("2026-05-21-monev-triwulan-i.md", {
        "id": "monev-2026-05",
        "title": "Monitoring dan Evaluasi Pelayanan Publik Triwulan I 2026",
        "date": "2026-05-21",
        "kind": "monev",
        "place": "Ruang Rapat Lantai 2 Setda Kabupaten Contoh",
        "chair": f"{KABAG[0]} ({KABAG[1]})",
        "invited": [RSUD, DINSOS, DISHUB],
        "attendees": attendees([RSUD, DINSOS, DISHUB])[1:],
    }, body)
    first = m.line_of("2026-05-15; id: TL-2602-03)")
    m.fault("(ulang)", "Action items", "TL-2602-03",
            f"id 'TL-2602-03' muncul lagi (pertama di baris {first})", f"id 'TL-2602-03' appears again (first on row {first})")
    result.append(m)
    return result


def action_items_csv(minutes):
    fkp = next(m for m in minutes if m.name.startswith("2025-09-18"))
    fkp_file, fkp_line = f"rapat/{fkp.name}", fkp.line_of("id: FKP-2509-01")
    t = Table(["rapat", "id", "tindak_lanjut", "opd", "batas_waktu", "status"])
    t.add(["fkp-2025-09-koperasi", "FKP-2509-03", "Sediakan formulir permohonan berhuruf besar bagi lansia",
           DISKOP, "2025-12-31", "berjalan"])
    t.add(["fkp-2025-09-koperasi", "FKP-2509-04", "Dampingi koperasi baru mengurus NIB", DPMPTSP, "2025-12-31", "terbuka"])
    t.add(["fkp-2025-09-koperasi", "FKP-2509-01", "Tetapkan standar pelayanan Rekomendasi Pendirian Koperasi hasil FKP",
           DISKOP, "2025-10-31", "selesai"],
          ("id", "FKP-2509-01",
           f"id 'FKP-2509-01' muncul lagi (pertama di {fkp_file} baris {fkp_line})",
           f"id 'FKP-2509-01' appears again (first in {fkp_file}, row {fkp_line})"))
    t.add(["fkp-2025-09-koprasi", "FKP-2509-05", "Buka layanan konsultasi pendirian koperasi setiap Kamis",
           DISKOP, "2026-01-31", "terbuka"],
          ("rapat", "fkp-2025-09-koprasi",
           "tidak ada rapat dengan id 'fkp-2025-09-koprasi'; mungkin maksud Anda 'fkp-2025-09-koperasi'?",
           "there is no meeting with id 'fkp-2025-09-koprasi'; did you mean 'fkp-2025-09-koperasi'?"))
    t.add(["rakor-2026-02", "TL-2602-05", "Kirim daftar inovasi 2026 ke Bagian Organisasi", KECAMATAN, "2026-03-15", "selesai"])
    t.add(["rakor-2026-02", "TL-2602-06", "Kirim daftar inovasi 2026 ke Bagian Organisasi", DINKES, "2026-03-15", "tertunda"],
          ("status", "tertunda", "'tertunda' bukan salah satu dari terbuka, berjalan, selesai, dibatalkan",
           "'tertunda' is not one of terbuka, berjalan, selesai, dibatalkan"))
    return t


# ---------------------------------------------------------------------------------------------
# Participation

def participation_csv():
    t = Table(["id", "tanggal", "opd", "layanan", "jenis_kegiatan", "topik", "kelompok", "jumlah_peserta",
               "masukan_diterima", "masukan_diadopsi"])
    rows = [
        ("P-001", "2025-07-10", DUKCAPIL, "Perekaman dan Pencetakan KTP-el", "sosialisasi",
         "Perekaman KTP-el bagi pemilih pemula", "pemuda; pengguna layanan", "64", "", ""),
        ("P-002", "2025-07-24", DINSOS, "Pendaftaran dan Pemutakhiran DTKS", "dengar pendapat",
         "Pemutakhiran DTKS di desa", "perangkat desa; lansia; penyandang disabilitas", "38", "11", "6"),
        ("P-003", "2025-08-07", DPMPTSP, "Pendampingan NIB Usaha Mikro", "sosialisasi",
         "Pendaftaran NIB melalui OSS", "pelaku usaha mikro; pendamping lapangan", "85", "", ""),
        ("P-004", "14/08/2025", RSUD, "Rawat Jalan", "survei",
         "Survei waktu tunggu Rawat Jalan", "pengguna layanan; lansia", "120", "23", "5"),
        ("P-005", "2025-08-21", BAPENDA, "Pelayanan PBB-P2", "sosialisasi",
         "Pembayaran PBB-P2 nontunai, termasuk melalui \"agen\" bank", "perangkat desa; tokoh masyarakat", "52", "", ""),
        ("P-006", "2025-09-04", DPMPTSP, "Persetujuan Bangunan Gedung (PBG)", "fkp",
         "Rancangan standar pelayanan PBG", "dunia usaha; akademisi; penyandang disabilitas", "31", "17", "10"),
        ("P-007", "18 September 2025", DISKOP, "Rekomendasi Pendirian Koperasi", "FKP",
         "Rancangan standar pelayanan Rekomendasi Pendirian Koperasi",
         "KUD; KOPWAN; KSP; pelaku usaha mikro; pendamping lapangan; penyandang disabilitas", "42", "14", "9"),
        ("P-008", "2025-10-02", PUSKESMAS, "Kesehatan Ibu dan Anak (KIA)", "sosialisasi",
         "Kelas ibu hamil dan jadwal imunisasi", "kelompok perempuan; tenaga kesehatan", "47", "6", "3"),
        ("P-009", "2025-10-16", DISNAKER, "Kartu Tanda Bukti Pencari Kerja (AK/1)", "sosialisasi",
         "Pendaftaran pencari kerja secara daring", "pemuda; pengguna layanan", "73", "", ""),
        ("P-010", "2025-10-30", DINKES, "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)", "fkp",
         "Rancangan standar pelayanan SPP-IRT", "pelaku usaha mikro; kelompok perempuan; tenaga kesehatan", "36", "12", "7"),
        ("P-011", "2025-11-06", DISPUSIP, "Perpustakaan Keliling", "survei",
         "Jadwal dan rute perpustakaan keliling", "pemuda; tokoh masyarakat; pengguna layanan", "58", "19", "8"),
        ("P-012", "2025-11-13", KECAMATAN, "Surat Keterangan Ahli Waris", "dengar pendapat",
         "Persyaratan surat keterangan ahli waris", "tokoh agama; tokoh masyarakat; perangkat desa", "29", "7", "4"),
        ("P-013", "2025-11-27", DISHUB, "Pengujian Kendaraan Bermotor (Uji KIR)", "sosialisasi",
         "Uji KIR berkala untuk angkutan desa", "dunia usaha", "40", "", ""),
        ("P-014", "2025-12-04", DUKCAPIL, "Penerbitan Akta Kelahiran", "sosialisasi",
         "Akta kelahiran gratis lewat posyandu", "kelompok perempuan; perangkat desa", "66", "", ""),
        ("P-015", "2025-12-11", RSUD, "Instalasi Gawat Darurat (IGD)", "dengar pendapat",
         "Alur triase IGD, keluhan keluarga pasien", "tokoh masyarakat; LSM; penyandang disabilitas", "27", "9", "3"),
        ("P-016", "2026-01-15", BAPENDA, "Validasi BPHTB", "fkp",
         "Rancangan standar pelayanan Validasi BPHTB", "dunia usaha; akademisi; penyandang disabilitas", "24", "10", "6"),
        ("P-017", "2026-01-22", DINSOS, "Rekomendasi Bantuan Sosial", "fkp",
         "Rancangan standar pelayanan Rekomendasi Bantuan Sosial",
         "lansia; penyandang disabilitas; kelompok perempuan; LSM", "33", "15", "11"),
        ("P-018", "2026-02-05", DISKOP, "Konsultasi dan Pendampingan Usaha Mikro", "sosialisasi",
         "Klinik konsultasi usaha mikro setiap Kamis", "pelaku usaha mikro; KSP; pendamping lapangan", "57", "", ""),
        ("P-019", "2026-02-19", PUSKESMAS, "Imunisasi", "survei",
         "Survei kepuasan layanan imunisasi", "kelompok perempuan; pengguna layanan", "90", "14", "6"),
        ("P-020", "2026-03-05", DPMPTSP, "Izin Penyelenggaraan Reklame", "dengar pendapat",
         "Tarif dan zona reklame", "dunia usaha; media", "22", "8", "2"),
        ("P-021", "2026-03-12", DUKCAPIL, "Surat Keterangan Pindah Datang", "fkp",
         "Rancangan perubahan standar pelayanan pindah datang", "perangkat desa; pengguna layanan; lansia", "30", "9", "5"),
        ("P-022", "2026-04-09", DISNAKER, "Pencatatan Perjanjian Kerja Bersama (PKB)", "sosialisasi",
         "Pencatatan PKB, perubahan aturan", "dunia usaha", "26", "", ""),
        ("P-023", "2026-04-23", DINKES, "Pemeriksaan Laboratorium Kesehatan Daerah", "survei",
         "Survei kebutuhan jam layanan laboratorium", "tenaga kesehatan; pengguna layanan", "61", "13", "4"),
        ("P-024", "2026-05-07", RSUD, "Instalasi Farmasi", "fkp",
         "Rancangan standar pelayanan Instalasi Farmasi", "pengguna layanan; lansia; LSM", "35", "16", "9"),
        ("P-025", "2026-05-28", DISPUSIP, "Keanggotaan dan Peminjaman Buku", "sosialisasi",
         "Kartu anggota digital", "pemuda; akademisi", "80", "", ""),
        ("P-026", "2026-06-11", KECAMATAN, "Legalisasi Surat Keterangan", "survei",
         "Survei layanan legalisasi di kecamatan", "pengguna layanan; perangkat desa", "44", "6", "2"),
    ]
    for row in rows:
        t.add(list(row))
    # A topic over two lines, quoted as RFC 4180 allows: a valid record spanning two physical lines.
    t.add(["P-027", "2026-06-18", DINSOS, "Pendaftaran dan Pemutakhiran DTKS", "dengar pendapat",
           "Pemutakhiran DTKS:\nusulan warga lewat musyawarah desa", "perangkat desa; lansia; pengguna layanan", "41", "12", "6"])
    # Deliberate faults.
    t.add(["P-028", "31/09/2025", DINKES, "Sertifikat Laik Higiene Sanitasi (SLHS)", "sosialisasi",
           "Persyaratan SLHS bagi rumah makan", "dunia usaha", "34", "", ""],
          ("tanggal", "31/09/2025", "'31/09/2025' bukan tanggal yang sah", "'31/09/2025' is not a valid date"))
    t.add(["P-029", "2025-12-18", DISHUB, "Rekomendasi Analisis Dampak Lalu Lintas (Andalalin)", "sosialisasi",
           "Kewajiban Andalalin bagi pusat perbelanjaan", "dunia usaha", "-15", "", ""],
          ("jumlah_peserta", "-15", "'-15' bukan jumlah orang (bilangan bulat)", "'-15' is not a whole number of people"))
    t.add(["P-030", "2026-01-29", DISPUSIP, "Perpustakaan Keliling", "sosialisasi",
           "Perpustakaan keliling di sekolah", "pemuda", "dua puluh", "", ""],
          ("jumlah_peserta", "dua puluh", "'dua puluh' bukan jumlah orang (bilangan bulat)",
           "'dua puluh' is not a whole number of people"))
    t.add(["P-031", "2026-02-26", DPMPTSP, "Pendampingan NIB Usaha Mikro", "fkp",
           "Rancangan standar pelayanan pendampingan NIB", "pelaku usaha mikro; disabilitass", "28", "9", "5"],
          ("kelompok", "disabilitass",
           "kelompok pemangku kepentingan 'disabilitass' tidak ada dalam kosakata kelompok; mungkin maksud Anda 'disabilitas'?",
           "stakeholder group 'disabilitass' is not in the vocabulary of groups; did you mean 'disabilitas'?"))
    t.add(["P-032", "2026-03-19", BAPENDA, "Pendaftaran Wajib Pajak PBJT", "fkp",
           "Rancangan standar pelayanan pendaftaran PBJT", "dunia usaha; pelaku usaha mikro", "25", "8", "12"],
          ("masukan_diadopsi", "12", "masukan yang diadopsi (12) lebih banyak daripada masukan yang diterima (8)",
           "more inputs adopted (12) than received (8)"))
    t.add(["P-021", "2026-04-02", DUKCAPIL, "Penerbitan Kartu Keluarga", "sosialisasi",
           "Kartu Keluarga elektronik", "perangkat desa", "48", "", ""],
          ("id", "P-021", f"id 'P-021' muncul lagi (pertama di baris {t.row_of('P-021')})",
           f"id 'P-021' appears again (first on row {t.row_of('P-021')})"))
    # An unquoted comma in the topic: eleven fields where the header has ten.
    t.add_raw(f"P-033,2026-04-16,{DISNAKER},Kartu Tanda Bukti Pencari Kerja (AK/1),sosialisasi,"
              "Bursa kerja, pelatihan dan AK/1,pemuda,95,,",
              ("", "", "baris ini memiliki 11 kolom, sedangkan judul kolom berjumlah 10",
               "the row has 11 fields where the header has 10"))
    t.add(["P-034", "2026-05-14", "Dinas Pariwisata", "", "sosialisasi",
           "Sadar wisata bagi pelaku usaha", "pelaku usaha mikro", "70", "", ""],
          ("opd", "Dinas Pariwisata", "unit 'Dinas Pariwisata' tidak ada dalam daftar unit dan layanan",
           "unit 'Dinas Pariwisata' is not in the register of units and services", True))
    t.add(["P-035", "2026-06-04", DUKCAPIL, "Penerbitan Paspor", "sosialisasi",
           "Layanan paspor", "pengguna layanan", "55", "", ""],
          ("layanan", "Penerbitan Paspor", f"layanan 'Penerbitan Paspor' tidak terdaftar untuk '{DUKCAPIL}'",
           f"service 'Penerbitan Paspor' is not registered for '{DUKCAPIL}'", True))
    # Added later in the year: a hearing whose inputs were all set aside, and the forums behind the
    # standards in force, carried over from earlier logs under the ids the standards cite. The log
    # holds no FKP-DISNAKER-2022-01, which the AK/1 standard cites.
    for row in CONSULTATIONS_BEHIND_STANDARDS:
        t.add(list(row))
    return t


# The rows appended to the participation log after its faults. FKP-DISPUSIP-2023-01 was a
# socialisation of a finished draft, not a consultation; Bapenda and Diskop UM consulted without
# any vulnerable group; the SIP Nakes standard's unit-wide FKP had no health workers.
CONSULTATIONS_BEHIND_STANDARDS = [
    ("P-036", "2026-04-14", KECAMATAN, "Legalisasi Surat Keterangan", "dengar pendapat",
     "Usulan legalisasi daring dan layanan Sabtu", "pengguna layanan; perangkat desa; lansia", "31", "6", "0"),
    ("FKP-RSUD-2021-02", "2021-12-09", RSUD, "", "fkp",
     "Rancangan standar pelayanan RSUD", "pengguna layanan; tenaga kesehatan; LSM; lansia", "46", "21", "13"),
    ("FKP-DPMPTSP-2022-01", "2022-04-14", DPMPTSP, "Persetujuan Bangunan Gedung (PBG)", "fkp",
     "Rancangan standar pelayanan PBG", "pengguna layanan; dunia usaha; akademisi", "28", "15", "9"),
    ("FKP-DINSOS-2023-01", "2023-01-19", DINSOS, "Rekomendasi Bantuan Sosial", "fkp",
     "Rancangan standar pelayanan Rekomendasi Bantuan Sosial", "pengguna layanan; LSM; lansia; perangkat desa",
     "35", "12", "7"),
    ("FKP-DISDUKCAPIL-2023-02", "2023-02-16", DUKCAPIL, "", "fkp",
     "Rancangan standar pelayanan administrasi kependudukan",
     "pengguna layanan; perangkat desa; penyandang disabilitas; tokoh masyarakat; akademisi", "52", "18", "11"),
    ("FKP-PKM-SUKAMAJU-2023-01", "2023-04-13", PUSKESMAS, "", "fkp",
     "Rancangan standar pelayanan Puskesmas", "pengguna layanan; kelompok perempuan; tenaga kesehatan; lansia; perangkat desa",
     "40", "14", "8"),
    ("FKP-DISHUB-2023-01", "2023-06-15", DISHUB, "Pengujian Kendaraan Bermotor (Uji KIR)", "fkp",
     "Rancangan standar pelayanan Uji KIR", "pengguna layanan; dunia usaha; tokoh masyarakat; penyandang disabilitas",
     "26", "9", "5"),
    ("FKP-DINKES-2023-01", "2023-08-17", DINKES, "", "fkp",
     "Rancangan standar pelayanan Dinas Kesehatan", "pengguna layanan; pelaku usaha mikro; tenaga kesehatan; kelompok perempuan; lansia",
     "38", "16", "9"),
    ("FKP-DISPUSIP-2023-01", "2023-12-07", DISPUSIP, "Keanggotaan dan Peminjaman Buku", "sosialisasi",
     "Pemaparan rancangan standar pelayanan keanggotaan", "pemuda; akademisi", "45", "5", "2"),
    ("FKP-DPMPTSP-2024-01", "2024-01-18", DPMPTSP, "", "fkp",
     "Rancangan standar pelayanan perizinan berusaha",
     "pengguna layanan; pelaku usaha mikro; pendamping lapangan; dunia usaha; penyandang disabilitas", "44", "21", "12"),
    ("FKP-BAPENDA-2024-01", "2024-03-14", BAPENDA, "", "fkp",
     "Rancangan standar pelayanan pajak daerah", "pengguna layanan; dunia usaha; perangkat desa; tokoh masyarakat",
     "37", "13", "8"),
    ("FKP-DISKOPUM-2024-01", "2024-05-16", DISKOP, "", "fkp",
     "Rancangan standar pelayanan koperasi dan usaha mikro",
     "KUD; KOPWAN; KSP; pelaku usaha mikro; pendamping lapangan", "48", "17", "10"),
]


# ---------------------------------------------------------------------------------------------
# Follow-up plan from the 2025-S2 SKM

ELEMENT_ACTIONS = {
    "U1": "Sederhanakan persyaratan dan umumkan daftar persyaratan di loket dan laman",
    "U3": "Tambah petugas pada jam sibuk dan terapkan antrean daring",
    "U8": "Tindak lanjuti pengaduan paling lambat 5 hari kerja dan umumkan kanal pengaduan",
    "U9": "Perbaiki ruang tunggu dan sediakan fasilitas bagi penyandang disabilitas",
}
OWNERS = {"U1": "Kepala Bidang Pelayanan", "U3": "Kepala Bidang Pelayanan", "U8": "Pengelola Pengaduan",
          "U9": "Kepala Subbagian Umum"}


def weakest_elements(region: Path):
    """Each agency's three weakest elements in 2025-S2 (lowest NRR first, ties in element order, as
    Pantau's SKM report lists them), in the SKM file's agency order."""
    path = region / "expected" / "skm-2025-s2.json"
    if not path.exists():
        raise SystemExit(f"{path} is missing: run samples/generate.py first")
    doc = json.loads(path.read_text(encoding="utf-8"))
    result = []
    for agency in doc["agencies"]:
        nrr = {code: Fraction(value) for code, value in agency["nrr"].items()}
        weakest = sorted(nrr, key=lambda code: (nrr[code], int(code[1:])))[:3]
        result.append((agency["opd"], weakest))
    return result


# How each agency's items went, one letter per weakest element, on the day the 2026-S1 evaluation
# looks from (30 June 2026). D done on time, L done late, P in progress and overdue, O open and
# overdue, X in progress and over 90 days overdue, F open and not yet due. Dinas Perhubungan
# planned nothing for its third weakest element.
RTL_OUTCOMES = {
    "D": ("2026-03-31", "2026-03-20", "selesai"),
    "L": ("2026-03-31", "2026-04-22", "selesai"),
    "P": ("2026-04-30", "", "berjalan"),
    "O": ("2026-04-30", "", "terbuka"),
    "X": ("2026-02-27", "", "berjalan"),
    "F": ("2026-09-30", "", "terbuka"),
}
RTL_PLAN = {
    DUKCAPIL: "DLF", DPMPTSP: "DDD", DINKES: "DPF", RSUD: "LPO", BAPENDA: "DLD", DISKOP: "DFF",
    DINSOS: "XOD", DISHUB: "OF", DISNAKER: "DDP", DISPUSIP: "DFF", PUSKESMAS: "LDD", KECAMATAN: "DDL",
}


def followups_csv(region: Path):
    t = Table(["id", "opd", "layanan", "asal", "periode_skm", "unsur", "rujukan", "rencana_tindak_lanjut",
               "penanggung_jawab", "target_selesai", "tanggal_selesai", "status"])
    number = 0
    for opd, elements in weakest_elements(region):
        for code, outcome in zip(elements, RTL_PLAN[opd]):
            number += 1
            planned, done, status = RTL_OUTCOMES[outcome]
            t.add([f"RTL-2025S2-{number:02d}", opd, "", "skm", "2025-S2", code, "", ELEMENT_ACTIONS[code], OWNERS[code],
                   planned, done, status])
    t.add(["RTL-RAKOR-01", RSUD, "Rawat Jalan", "rapat", "", "", "rakor-2026-02",
           "Laporkan waktu tunggu Rawat Jalan setiap bulan", "Wakil Direktur Pelayanan", "2026-06-30", "", "berjalan"])
    t.add(["RTL-MONEV-01", DISHUB, "Pengujian Kendaraan Bermotor (Uji KIR)", "evaluasi", "", "", "PEKPPP-2025/DISHUB/3",
           "Publikasikan standar pelayanan Uji KIR di laman dinas", "Kepala UPT Pengujian Kendaraan Bermotor",
           "2026-02-28", "", "dibatalkan"])
    # Deliberate faults.
    t.add(["RTL-2025S2-36", RSUD, "Rawat Inap", "skm", "2025-S2", "U9", "", "Ganti kasur dan tirai ruang rawat inap kelas III",
           "Kepala Instalasi Rawat Inap", "2026-03-31", "", "selesai"],
          ("tanggal_selesai", "", "statusnya selesai, tetapi tanggal selesai kosong",
           "the status is done but the completion date is empty"))
    t.add(["RTL-2025S2-37", DINSOS, "Rekomendasi Bantuan Sosial", "skm", "2025-S2", "U8", "",
           "Balas setiap pengaduan bantuan sosial secara tertulis", "Pengelola Pengaduan", "2026-04-30", "2026-04-10", "berjalan"],
          ("tanggal_selesai", "2026-04-10", "ada tanggal selesai, tetapi statusnya 'berjalan'",
           "a completion date is given but the status is 'berjalan'"))
    t.add(["RTL-2025S2-38", DISHUB, "", "skm", "2025-S2", "U10", "", "Perbaiki papan informasi", "Kepala Subbagian Umum",
           "2026-04-30", "", "terbuka"],
          ("unsur", "U10", "'U10' bukan salah satu dari U1, U2, U3, U4, U5, U6, U7, U8, U9; mungkin maksud Anda 'U1'?",
           "'U10' is not one of U1, U2, U3, U4, U5, U6, U7, U8, U9; did you mean 'U1'?"))
    t.add(["RTL-2025S2-39", RSUD, "Instalasi Farmasi", "skm", "2025-S2", "U3", "", "Tambah loket penyerahan obat",
           "Kepala Instalasi Farmasi", "2026-02-30", "", "terbuka"],
          ("target_selesai", "2026-02-30", "'2026-02-30' bukan tanggal yang sah", "'2026-02-30' is not a valid date"))
    t.add(["RTL-2025S2-03", DPMPTSP, "", "skm", "2025-S2", "U3", "", "Terapkan antrean daring", "Kepala Bidang Pelayanan",
           "2026-03-31", "", "terbuka"],
          ("id", "RTL-2025S2-03", f"id 'RTL-2025S2-03' muncul lagi (pertama di baris {t.row_of('RTL-2025S2-03')})",
           f"id 'RTL-2025S2-03' appears again (first on row {t.row_of('RTL-2025S2-03')})"))
    t.add(["RTL-2025S2-40", DISNAKER, "", "skn", "2025-S2", "U9", "", "Perbaiki ruang tunggu", "Kepala Subbagian Umum",
           "2026-05-31", "", "terbuka"],
          ("asal", "skn", "'skn' bukan salah satu dari skm, evaluasi, rapat; mungkin maksud Anda 'skm'?",
           "'skn' is not one of skm, evaluasi, rapat; did you mean 'skm'?"))
    return t


# ---------------------------------------------------------------------------------------------
# Publications of the 2025-S2 SKM results and follow-up plans

def publications_csv():
    """When and where each agency published its 2025-S2 results (`hasil`) and plan (`rtl`).
    Dinas Perhubungan and Kecamatan Sukamaju never published their results; six agencies never
    published their plans. One 2026-S1 publication is dated after the semester's evaluation day."""
    t = Table(["opd", "periode_skm", "jenis", "tanggal", "media", "tautan"])
    site = "https://contoh.go.id/skm"
    for opd, day, media in [
        (DUKCAPIL, "2026-01-15", "website; papan informasi; media sosial"),
        (DPMPTSP, "2026-01-12", "website; media sosial; papan informasi; videotron"),
        (DINKES, "2026-01-28", "website"),
        (RSUD, "2026-02-20", "papan informasi"),
        (BAPENDA, "2026-01-22", "website; papan informasi"),
        (DISKOP, "2026-01-19", "media sosial"),
        (DINSOS, "2026-01-26", "papan informasi"),
        (DISNAKER, "2026-01-21", "website"),
        (DISPUSIP, "2026-01-14", "website; media sosial; papan informasi"),
        (PUSKESMAS, "2026-01-29", "papan informasi"),
    ]:
        t.add([opd, "2025-S2", "hasil", day, media, site if "website" in media else ""])
    for opd, day, media in [
        (DUKCAPIL, "2026-02-16", "website"),
        (DPMPTSP, "2026-02-13", "website; media sosial"),
        (DINKES, "2026-03-02", "website"),
        (BAPENDA, "2026-02-18", "website"),
        (DISKOP, "2026-02-20", "media sosial"),
        (DISPUSIP, "2026-02-16", "website"),
    ]:
        t.add([opd, "2025-S2", "rtl", day, media, site if "website" in media else ""])
    t.add([DPMPTSP, "2026-S1", "hasil", "2026-07-10", "website; media sosial", site])
    # Deliberate faults.
    t.add([KECAMATAN, "2025-S2", "hasill", "2026-02-02", "papan informasi", ""],
          ("jenis", "hasill", "'hasill' bukan salah satu dari hasil, rtl; mungkin maksud Anda 'hasil'?",
           "'hasill' is not one of hasil, rtl; did you mean 'hasil'?"))
    t.add([RSUD, "2025-S3", "rtl", "2026-03-10", "papan informasi", ""],
          ("periode_skm", "2025-S3", "'2025-S3' bukan periode seperti 2026-S1", "'2025-S3' is not a period such as 2026-S1"))
    t.add([DINSOS, "2025-S2", "rtl", "2026-02-30", "papan informasi", ""],
          ("tanggal", "2026-02-30", "'2026-02-30' bukan tanggal yang sah", "'2026-02-30' is not a valid date"))
    t.add(["Dinas Pariwisata", "2025-S2", "hasil", "2026-01-20", "website", ""],
          ("opd", "Dinas Pariwisata", "unit 'Dinas Pariwisata' tidak ada dalam daftar unit dan layanan",
           "unit 'Dinas Pariwisata' is not in the register of units and services", True))
    return t


# ---------------------------------------------------------------------------------------------
# Innovation register

def innovations_csv():
    t = Table(["id", "nama_inovasi", "opd", "layanan", "tahun", "tahap", "direplikasi", "berkelanjutan"])
    rows = [
        ("INV-01", "DUKCAPIL JEMPUT BOLA: perekaman KTP-el di desa", DUKCAPIL, "Perekaman dan Pencetakan KTP-el",
         "2024", "replikasi", "ya", "ya"),
        ("INV-02", "Akta Lahir Langsung dari Posyandu", DUKCAPIL, "Penerbitan Akta Kelahiran", "2025", "penerapan", "tidak", "ya"),
        ("INV-03", "Pindah Datang Tanpa Datang", DUKCAPIL, "Surat Keterangan Pindah Datang", "2026", "uji coba", "tidak", "ya"),
        ("INV-04", "Klinik PBG Jumat Pagi", DPMPTSP, "Persetujuan Bangunan Gedung (PBG)", "2024", "penerapan", "tidak", "ya"),
        ("INV-05", "NIB Keliling Pasar", DPMPTSP, "Pendampingan NIB Usaha Mikro", "2025", "replikasi", "ya", "ya"),
        ("INV-06", "Reklame Satu Hari", DPMPTSP, "Izin Penyelenggaraan Reklame", "2026", "ide", "tidak", "ya"),
        ("INV-07", "SPP-IRT Online", DINKES, "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)",
         "2024", "penerapan", "tidak", "tidak"),
        ("INV-08", "Antrean Rawat Jalan lewat WhatsApp", RSUD, "Rawat Jalan", "2024", "penerapan", "tidak", "ya"),
        ("INV-09", "Obat Diantar ke Rumah bagi Lansia", RSUD, "Instalasi Farmasi", "2025", "uji coba", "tidak", "tidak"),
        ("INV-10", "Papan Triase Berwarna di IGD", RSUD, "Instalasi Gawat Darurat (IGD)", "2026", "penerapan", "tidak", "ya"),
        ("INV-11", "PBB-P2 Bayar di Warung", BAPENDA, "Pelayanan PBB-P2", "2024", "replikasi", "ya", "ya"),
        ("INV-12", "Validasi BPHTB Dua Jam", BAPENDA, "Validasi BPHTB", "2026", "uji coba", "tidak", "ya"),
        ("INV-13", "Kamis Konsultasi Koperasi", DISKOP, "Konsultasi dan Pendampingan Usaha Mikro", "2025", "penerapan", "tidak", "ya"),
        ("INV-14", "Rekomendasi Koperasi Sepuluh Hari", DISKOP, "Rekomendasi Pendirian Koperasi", "2026", "ide", "tidak", "ya"),
        ("INV-15", "DTKS Desa Mandiri", DINSOS, "Pendaftaran dan Pemutakhiran DTKS", "2024", "uji coba", "tidak", "tidak"),
        ("INV-16", "KIR Terjadwal", DISHUB, "Pengujian Kendaraan Bermotor (Uji KIR)", "2025", "ide", "tidak", "tidak"),
        ("INV-17", "AK/1 Keliling Desa", DISNAKER, "Kartu Tanda Bukti Pencari Kerja (AK/1)", "2025", "penerapan", "tidak", "ya"),
        ("INV-18", "Kartu Kerja Digital", DISNAKER, "Kartu Tanda Bukti Pencari Kerja (AK/1)", "2026", "uji coba", "tidak", "ya"),
        ("INV-19", "Perpustakaan Masuk Sekolah", DISPUSIP, "Perpustakaan Keliling", "2024", "replikasi", "ya", "ya"),
        ("INV-20", "Pinjam Buku Antar Jemput", DISPUSIP, "Keanggotaan dan Peminjaman Buku", "2026", "penerapan", "tidak", "ya"),
        ("INV-21", "Kelas Ibu Hamil Malam Hari", PUSKESMAS, "Kesehatan Ibu dan Anak (KIA)", "2025", "penerapan", "ya", "ya"),
        ("INV-22", "Imunisasi Sabtu", PUSKESMAS, "Imunisasi", "2026", "penerapan", "tidak", "ya"),
        ("INV-23", "Ahli Waris Sehari Jadi", KECAMATAN, "Surat Keterangan Ahli Waris", "2024", "penerapan", "tidak", "tidak"),
        ("INV-24", "Legalisasi Daring Kecamatan", KECAMATAN, "Legalisasi Surat Keterangan", "2025", "uji coba", "tidak", "ya"),
    ]
    for row in rows:
        t.add(list(row))
    t.unsustained = sum(1 for row in rows if row[4] < "2026" and row[7] == "tidak")
    # Deliberate faults.
    t.add(["INV-25", "Uji KIR Malam", DISHUB, "Pengujian Kendaraan Bermotor (Uji KIR)", "20255", "ide", "tidak", "ya"],
          ("tahun", "20255", "'20255' bukan tahun seperti 2026", "'20255' is not a year such as 2026"))
    t.add(["INV-26", "Laboratorium Hari Sabtu", DINKES, "Pemeriksaan Laboratorium Kesehatan Daerah", "2026", "uji cobaa",
           "tidak", "ya"],
          ("tahap", "uji cobaa",
           "'uji cobaa' bukan salah satu dari ide, uji-coba, penerapan, replikasi; mungkin maksud Anda 'uji-coba'?",
           "'uji cobaa' is not one of ide, uji-coba, penerapan, replikasi; did you mean 'uji-coba'?"))
    t.add(["INV-27", "Bansos Tepat Sasaran", DINSOS, "Rekomendasi Bantuan Sosial", "2026", "ide", "mungkin", "ya"],
          ("direplikasi", "mungkin", "'mungkin' bukan ya atau tidak", "'mungkin' is not yes or no"))
    t.add(["INV-28", "Antrean Rawat Jalan lewat WhatsApp", RSUD, "Rawat Jalan", "2025", "penerapan", "tidak", "ya"],
          ("nama_inovasi", "Antrean Rawat Jalan lewat WhatsApp",
           f"'Antrean Rawat Jalan lewat WhatsApp' sudah tercatat untuk '{RSUD}' (baris {t.row_of('INV-08')})",
           f"'Antrean Rawat Jalan lewat WhatsApp' is already registered for '{RSUD}' (row {t.row_of('INV-08')})"))
    t.add(["INV-29", "Layanan Sosial Terpadu", "", "", "2026", "ide", "tidak", "ya"],
          ("opd", "", "'opd' kosong", "'opd' is empty"))
    return t


# ---------------------------------------------------------------------------------------------
# README

def fault_table(rows, language):
    head = {"id": "| baris | baris teks | kolom | nilai | alasan |", "en": "| row | line | field | value | reason |"}[language]
    out = [head, "|---|---|---|---|---|"]
    for row, line, column, value, reason_id, reason_en, register in rows:
        reason = reason_id if language == "id" else reason_en
        if register:
            reason += " *(register)*" if language == "en" else " *(daftar)*"
        field = f"`{column}`" if column else "—"
        shown = f"`{value}`" if value else "—"
        out.append(f"| {row} | {line} | {field} | {shown} | {reason} |")
    return "\n".join(out)


def meeting_faults(minutes, language):
    head = {"id": "| berkas | baris | dihitung sebagai | kolom/kunci | nilai | alasan |",
            "en": "| file | line | counted as | field/key | value | reason |"}[language]
    out = [head, "|---|---|---|---|---|---|"]
    for m in minutes:
        for line, field, value, reason_id, reason_en, register, counts in m.faults:
            reason = reason_id if language == "id" else reason_en
            if register:
                reason += " *(daftar)*" if language == "id" else " *(register)*"
            what = counts if language == "id" else {"rapat": "meeting", "tindak lanjut": "action item"}[counts]
            out.append(f"| `rapat/{m.name}` | {line} | {what} | `{field}` | `{value}` | {reason} |")
    return "\n".join(out)


def readme(minutes, items, participation, followups, innovations, publications):
    n_meetings = len(minutes)
    rejected_meetings = sum(1 for m in minutes for f in m.faults if f[6] == "rapat")
    n_items = sum(m.action_items for m in minutes)
    unsustained = innovations.unsustained
    rejected_items = sum(1 for m in minutes for f in m.faults if f[6] != "rapat" and not f[5])
    register_items = sum(1 for m in minutes for f in m.faults if f[6] != "rapat" and f[5])
    return f"""# Rapat, partisipasi, RTL dan inovasi — Kabupaten Contoh

> Berkas ini dan berkas yang dijelaskannya **dibuat oleh program**
> `samples/generators/meetings_participation.py`. Jangan disunting tangan: ubah generatornya lalu
> jalankan ulang. Semua nama orang rekaan; yang dicatat hanya pejabat, bukan warga.

Berkas-berkas ini melengkapi data SKM Kabupaten Contoh dengan catatan yang dibaca
`import.meetings`, `import.participation`, `import.followups` dan `import.innovations`.
Format lengkapnya ada di `docs/records-meetings-participation.md`. Nama OPD dan layanan persis sama
dengan berkas SKM. Setiap berkas memuat beberapa catatan yang **sengaja salah**, tercantum di bawah
beserta alasan penolakannya. Kesalahan bertanda *(daftar)* hanya ditemukan bila pipeline juga
mengimpor daftar unit dan layanan (`service-register`).

## Berkas

| berkas | isi |
|---|---|
| `rapat/*.md` | notulen {n_meetings} rapat 2025-S2 dan 2026-S1: tiga Rakor (Juli 2025, November 2025, Februari 2026), satu FKP (September 2025, Dinas Koperasi dan Usaha Mikro), satu sosialisasi (Maret 2026), satu monev (Mei 2026) |
| `tindak-lanjut-rapat.csv` | tindak lanjut rapat yang dicatat di lembar kerja, per id rapat: {items.rows} baris |
| `partisipasi.csv` | catatan partisipasi masyarakat Juli 2025–Juni 2026, ditambah (setelah baris yang salah) FKP 2021–2024 yang menjadi rujukan standar pelayanan: {participation.rows} baris, {len(participation.faults)} sengaja salah |
| `rtl-skm.csv` | rencana tindak lanjut dari tiga unsur terlemah setiap OPD pada SKM 2025-S2 (Dinas Perhubungan hanya dua), ditambah satu dari rapat dan satu dari evaluasi: {followups.rows} baris, {len(followups.faults)} sengaja salah |
| `publikasi-skm.csv` | publikasi hasil SKM dan RTL 2025-S2 per OPD (dibaca `import.followups` lewat `publications:`): {publications.rows} baris, {len(publications.faults)} sengaja salah |
| `inovasi.csv` | daftar inovasi OPD 2024–2026: {innovations.rows} baris, {len(innovations.faults)} sengaja salah |

### `rapat/*.md`

Yang sengaja dibuat di dalamnya:

- **Tindak lanjut yang terbawa.** Butir Rakor Juli 2025 (`TL-2507-…`) ditinjau lagi di Rakor November
  2025 dan Februari 2026 dengan id yang sama. `TL-2507-03` (RSUD, batas 2025-10-15) masih terbuka di
  setiap rapat sampai Mei 2026; `TL-2507-04` (Dinas Perhubungan, batas 2025-08-29) baru selesai Mei 2026.
- **Tindak lanjut yang tidak lengkap.** Rakor Februari 2026 mencatat `TL-2602-08` tanpa OPD penanggung
  jawab dan `TL-2602-07` (Dinas Tenaga Kerja) tanpa batas waktu. Keduanya diterima; aturan
  `meeting.action-without-owner` melaporkannya.
- **OPD yang berulang kali absen.** Dinas Perhubungan diundang ke tiga Rakor dan tidak hadir di
  ketiganya; baru hadir di monev Mei 2026.
- **Satu FKP** (Rekomendasi Pendirian Koperasi) dengan pemangku kepentingan dari KUD, KOPWAN, KSP,
  pelaku usaha mikro, pendamping lapangan dan organisasi penyandang disabilitas; tindak lanjutnya ditulis
  di front matter (`action_items`) dan di `tindak-lanjut-rapat.csv`.
- Bentuk yang beragam: tanggal `2025-07-22`, `18/09/2025` dan `20 November 2025`; jenis `rakor`,
  `Rakor`, `FKP`; judul bagian `## Tindak Lanjut Rapat Sebelumnya`, `## Decisions`, `## Action items`.

Hitungan: {n_meetings} rapat dibaca, {n_meetings - rejected_meetings} diterima, {rejected_meetings} ditolak;
{n_items} tindak lanjut dibaca, {n_items - rejected_items} diterima, {rejected_items} ditolak (dengan daftar unit dan
layanan: {n_items - rejected_items - register_items} diterima, {rejected_items + register_items} ditolak).

{meeting_faults(minutes, "id")}

### `tindak-lanjut-rapat.csv`

`rapat,id,tindak_lanjut,opd,batas_waktu,status` — `rapat` adalah id rapat di front matter notulennya.

{fault_table(items.faults, "id")}

### `partisipasi.csv`

`id,tanggal,opd,layanan,jenis_kegiatan,topik,kelompok,jumlah_peserta,masukan_diterima,masukan_diadopsi`
— `kelompok` dipisah `;`; `masukan_*` kosong untuk kegiatan tanpa penjaringan masukan. Tanggal
ditulis ISO, `dd/mm/yyyy` atau dengan nama bulan. `P-027` memuat topik dua baris dalam tanda kutip
(sah; baris teks berikutnya bergeser satu).

{fault_table(participation.faults, "id")}

### `rtl-skm.csv`

`id,opd,layanan,asal,periode_skm,unsur,rujukan,rencana_tindak_lanjut,penanggung_jawab,target_selesai,tanggal_selesai,status`
— tiga unsur terlemah setiap OPD pada SKM 2025-S2 (dihitung dari `expected/skm-2025-s2.json`, yang
sama rendah menurut urutan unsur), seperti yang ditampilkan laporan SKM. Pada 30 Juni 2026: Dinas
Perhubungan tidak merencanakan apa pun untuk unsur terlemah ketiganya; Dinas Kesehatan, RSUD, Dinas
Sosial, Dinas Perhubungan dan Dinas Tenaga Kerja punya butir yang lewat target (satu butir Dinas Sosial
lebih dari 90 hari); butir lain selesai tepat waktu, selesai terlambat, atau belum jatuh tempo
(September 2026).

{fault_table(followups.faults, "id")}

### `publikasi-skm.csv`

`opd,periode_skm,jenis,tanggal,media,tautan` — `jenis` `hasil` (hasil SKM) atau `rtl`; `media` dipisah
`;`. Dinas Perhubungan dan Kecamatan Sukamaju tidak mempublikasikan hasil SKM 2025-S2; RSUD, Dinas
Sosial, Dinas Perhubungan, Dinas Tenaga Kerja, Puskesmas Sukamaju dan Kecamatan Sukamaju tidak
mempublikasikan RTL-nya. Satu publikasi hasil 2026-S1 bertanggal 10 Juli 2026, sesudah akhir semester.

{fault_table(publications.faults, "id")}

### `inovasi.csv`

`id,nama_inovasi,opd,layanan,tahun,tahap,direplikasi,berkelanjutan` — satu baris satu inovasi,
`tahun` = tahun dimulai. Dinas Kesehatan, Dinas Sosial, Dinas Perhubungan dan Kecamatan Sukamaju
tidak punya inovasi yang sah pada 2026; {unsustained} inovasi 2024–2025 tidak berkelanjutan.

{fault_table(innovations.faults, "id")}

---

# Meetings, participation, follow-up plans and innovations — Kabupaten Contoh

> These files are **generated** by `samples/generators/meetings_participation.py`. Do not edit them
> by hand: change the generator and run it again. Every person's name is made up; only officials are
> recorded, never citizens.

They add to Kabupaten Contoh's SKM data the records read by `import.meetings`,
`import.participation`, `import.followups` and `import.innovations`; the formats are in
`docs/records-meetings-participation.md`. Unit and service names are exactly those of the SKM
files. Every file holds a few **deliberately faulty** records, listed below with the reason they are
rejected. Faults marked *(register)* are found only when the pipeline also imports the register of
units and services (`service-register`).

## Files

| file | contents |
|---|---|
| `rapat/*.md` | minutes of {n_meetings} meetings in 2025-S2 and 2026-S1: three Rakor (July 2025, November 2025, February 2026), one FKP (September 2025, Dinas Koperasi dan Usaha Mikro), one socialisation (March 2026), one monitoring meeting (May 2026) |
| `tindak-lanjut-rapat.csv` | meeting action items kept in a spreadsheet, by meeting id: {items.rows} rows |
| `partisipasi.csv` | public participation log July 2025–June 2026, followed (after the faulty rows) by the 2021–2024 FKPs the service standards cite: {participation.rows} rows, {len(participation.faults)} deliberately faulty |
| `rtl-skm.csv` | follow-up plan from each agency's three weakest elements in the 2025-S2 SKM (two for Dinas Perhubungan), plus one item from a meeting and one from an evaluation: {followups.rows} rows, {len(followups.faults)} deliberately faulty |
| `publikasi-skm.csv` | publications of each agency's 2025-S2 SKM results and plan (read by `import.followups` under `publications:`): {publications.rows} rows, {len(publications.faults)} deliberately faulty |
| `inovasi.csv` | the agencies' innovations 2024–2026: {innovations.rows} rows, {len(innovations.faults)} deliberately faulty |

### `rapat/*.md`

Built in on purpose:

- **Carried-over action items.** The July 2025 Rakor's items (`TL-2507-…`) are reviewed again, under
  the same ids, in November 2025 and February 2026. `TL-2507-03` (RSUD, due 2025-10-15) is still open
  at every meeting up to May 2026; `TL-2507-04` (Dinas Perhubungan, due 2025-08-29) is done only in May 2026.
- **Incomplete action items.** The February 2026 Rakor records `TL-2602-08` without an owner unit and
  `TL-2602-07` (Dinas Tenaga Kerja) without a due date. Both are accepted; the rule
  `meeting.action-without-owner` reports them.
- **An agency repeatedly absent.** Dinas Perhubungan is invited to three Rakor and misses all three;
  it attends the May 2026 monitoring meeting.
- **One FKP** (Rekomendasi Pendirian Koperasi) with stakeholders from KUD, KOPWAN, KSP, micro-business
  owners, field facilitators and a disability organisation; its action items are written in the front
  matter (`action_items`) and in `tindak-lanjut-rapat.csv`.
- Varied forms: dates `2025-07-22`, `18/09/2025` and `20 November 2025`; kinds `rakor`, `Rakor`, `FKP`;
  the headings `## Tindak Lanjut Rapat Sebelumnya`, `## Decisions`, `## Action items`.

Counts: {n_meetings} meetings read, {n_meetings - rejected_meetings} accepted, {rejected_meetings} rejected;
{n_items} action items read, {n_items - rejected_items} accepted, {rejected_items} rejected (with the register of units
and services: {n_items - rejected_items - register_items} accepted, {rejected_items + register_items} rejected).

{meeting_faults(minutes, "en")}

### `tindak-lanjut-rapat.csv`

`rapat,id,tindak_lanjut,opd,batas_waktu,status` — `rapat` is the meeting id in its minutes' front matter.

{fault_table(items.faults, "en")}

### `partisipasi.csv`

`id,tanggal,opd,layanan,jenis_kegiatan,topik,kelompok,jumlah_peserta,masukan_diterima,masukan_diadopsi`
— `kelompok` separated by `;`; `masukan_*` empty for events that gathered no inputs. Dates in ISO,
`dd/mm/yyyy` or with the month's name. `P-027` holds a quoted topic over two lines (valid; the
following records' lines shift by one).

{fault_table(participation.faults, "en")}

### `rtl-skm.csv`

`id,opd,layanan,asal,periode_skm,unsur,rujukan,rencana_tindak_lanjut,penanggung_jawab,target_selesai,tanggal_selesai,status`
— each agency's three weakest elements in the 2025-S2 SKM (computed from `expected/skm-2025-s2.json`,
ties in element order), as the SKM report shows them. On 30 June 2026: Dinas Perhubungan planned nothing
for its third weakest element; Dinas Kesehatan, RSUD, Dinas Sosial, Dinas Perhubungan and Dinas Tenaga
Kerja have items past their planned date (one of Dinas Sosial's by more than 90 days); the others are
done on time, done late, or not due until September 2026.

{fault_table(followups.faults, "en")}

### `publikasi-skm.csv`

`opd,periode_skm,jenis,tanggal,media,tautan` — `jenis` is `hasil` (the SKM results) or `rtl` (the plan);
`media` separated by `;`. Dinas Perhubungan and Kecamatan Sukamaju never published their 2025-S2
results; RSUD, Dinas Sosial, Dinas Perhubungan, Dinas Tenaga Kerja, Puskesmas Sukamaju and Kecamatan
Sukamaju never published their plans. One publication of 2026-S1 results is dated 10 July 2026, after
the semester's end.

{fault_table(publications.faults, "en")}

### `inovasi.csv`

`id,nama_inovasi,opd,layanan,tahun,tahap,direplikasi,berkelanjutan` — one row per innovation,
`tahun` = the year it started. Dinas Kesehatan, Dinas Sosial, Dinas Perhubungan and Kecamatan
Sukamaju have no valid innovation in 2026; {unsustained} innovations of 2024–2025 were not sustained.

{fault_table(innovations.faults, "en")}
"""


# ---------------------------------------------------------------------------------------------

def generate(root_dir) -> None:
    """Writes the meeting, participation, follow-up and innovation files into the region directory."""
    region = Path(root_dir)
    minutes = meetings()
    for m in minutes:
        write_text(region / "rapat" / m.name, m.text)
    items = action_items_csv(minutes)
    participation = participation_csv()
    followups = followups_csv(region)
    publications = publications_csv()
    innovations = innovations_csv()
    write_text(region / "tindak-lanjut-rapat.csv", items.text)
    write_text(region / "partisipasi.csv", participation.text)
    write_text(region / "rtl-skm.csv", followups.text)
    write_text(region / "publikasi-skm.csv", publications.text)
    write_text(region / "inovasi.csv", innovations.text)
    write_text(region / "README-meetings-participation.md",
               readme(minutes, items, participation, followups, innovations, publications))


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "kabupaten-contoh"
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
