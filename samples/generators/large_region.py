"""A large synthetic region, every kind of record at the size of a big regency or a province, for
the full-pipeline benchmark (`Benchmarks/bench.py`). Never committed: it is written under a build
or temporary directory.

    python3 samples/generate.py --large-region DIR              # the sizes below
    python3 samples/generate.py --large-region DIR --scale 0.01 # a hundredth of them, for a quick try

Standard library only and deterministic, like the sample region: every draw comes from a
random.Random with a fixed seed, so the same command writes the same bytes.

    DIR/skm.csv            survey responses, the `--large` layout (12 agencies, 34 services)
    DIR/register.csv       the register: the sample's 12 agencies and 388 more units (kecamatan,
                           kelurahan, puskesmas, schools), 10,000 services in all
    DIR/standards.csv      one service standard per service (CSV: a YAML file of 10,000
                           standards reads slower and says nothing more)
    DIR/pengaduan.csv      complaints in the SP4N-LAPOR! layout of the sample
    DIR/rapat/*.md         meeting minutes with front matter, agenda, decisions and action items
    DIR/partisipasi.csv    participation events
    DIR/rtl.csv            follow-up plan items (RTL)
    DIR/inovasi.csv        innovations

About one record in a thousand is deliberately faulty (an unknown unit, a date that does not
exist, a repeated id), as in real exports, so that the benchmark also pays for rejects.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from generators import standards_complaints as sc

SEED = 20260702

SIZES = {
    "survey": 1_000_000,
    "services": 10_000,
    "complaints": 200_000,
    "meetings": 5_000,
    "participation": 50_000,
    "followups": 20_000,
    "innovations": 4_000,
}

UNIT_KINDS = [
    ("KEC", "Kecamatan", "Pelayanan Kecamatan", [
        "Surat Keterangan Domisili", "Legalisasi Dokumen Kependudukan", "Rekomendasi Izin Keramaian",
        "Surat Keterangan Tidak Mampu", "Pengantar Perekaman KTP-el", "Surat Keterangan Ahli Waris",
        "Rekomendasi Bantuan Sosial", "Izin Usaha Mikro dan Kecil", "Surat Keterangan Usaha",
        "Pendaftaran Kelompok Tani", "Surat Pindah Antardesa", "Dispensasi Nikah",
        "Rekomendasi Beasiswa", "Pengesahan Peraturan Desa", "Surat Keterangan Kelakuan Baik",
        "Pencatatan Tanah Kas Desa", "Rekomendasi Izin Reklame", "Surat Keterangan Penghasilan",
        "Pelayanan Pengaduan Masyarakat", "Pendataan Penduduk Miskin", "Rekomendasi Izin Lingkungan",
        "Surat Keterangan Belum Menikah", "Legalisasi Akta Jual Beli", "Rekomendasi Pendirian Rumah Ibadah",
        "Surat Keterangan Kematian"]),
    ("KEL", "Kelurahan", "Pelayanan Kelurahan", [
        "Surat Pengantar Nikah", "Surat Keterangan Domisili Usaha", "Surat Keterangan Kelahiran",
        "Surat Keterangan Kematian", "Surat Keterangan Tidak Mampu", "Surat Pengantar SKCK",
        "Surat Keterangan Pindah", "Surat Keterangan Ahli Waris", "Legalisasi Surat Tanah",
        "Surat Keterangan Belum Menikah", "Surat Keterangan Janda atau Duda", "Pendaftaran Posyandu",
        "Surat Keterangan Penghasilan", "Pengantar Kartu Keluarga", "Surat Keterangan Usaha",
        "Rekomendasi Bantuan Pangan", "Surat Keterangan Bepergian", "Pengantar Akta Kelahiran",
        "Surat Keterangan Beda Nama", "Rekomendasi Rumah Tidak Layak Huni", "Izin Keramaian Warga",
        "Surat Keterangan Tempat Tinggal", "Legalisasi Surat Kuasa", "Pendataan Lansia",
        "Pelayanan Pengaduan Warga"]),
    ("PKM", "UPTD Puskesmas", "Kesehatan", [
        "Pemeriksaan Umum", "Pelayanan Gigi dan Mulut", "Kesehatan Ibu dan Anak", "Imunisasi",
        "Keluarga Berencana", "Pelayanan Gizi", "Laboratorium Sederhana", "Pelayanan Farmasi",
        "Pemeriksaan Tuberkulosis", "Konseling Kesehatan Jiwa", "Pelayanan Lansia",
        "Kesehatan Remaja", "Surat Keterangan Sehat", "Pelayanan Gawat Darurat", "Rawat Inap Persalinan",
        "Pemeriksaan Kehamilan", "Sanitasi Lingkungan", "Pelayanan Akupresur", "Klinik Berhenti Merokok",
        "Skrining Penyakit Tidak Menular", "Pelayanan Rujukan", "Kesehatan Sekolah", "Posbindu",
        "Pelayanan Ambulans", "Pengaduan Pelayanan Kesehatan"]),
    ("SD", "UPT SD Negeri", "Pendidikan", [
        "Penerimaan Peserta Didik Baru", "Mutasi Siswa Masuk", "Mutasi Siswa Keluar",
        "Legalisasi Ijazah", "Surat Keterangan Pengganti Ijazah", "Surat Keterangan Aktif Sekolah",
        "Pengajuan Program Indonesia Pintar", "Layanan Perpustakaan Sekolah", "Bimbingan Konseling",
        "Pelayanan Rapor", "Pendaftaran Ekstrakurikuler", "Surat Rekomendasi Lomba",
        "Layanan Pengaduan Orang Tua", "Pemeriksaan Kesehatan Siswa", "Layanan Kantin Sehat",
        "Peminjaman Sarana Sekolah", "Surat Keterangan Lulus", "Layanan Siswa Berkebutuhan Khusus",
        "Bantuan Seragam Sekolah", "Layanan Informasi Sekolah", "Pendataan Dapodik",
        "Layanan Pindah Rombongan Belajar", "Legalisasi Rapor", "Layanan Beasiswa Daerah",
        "Layanan Kesiswaan"]),
]
PLACE_HEADS = ["Suka", "Mekar", "Sumber", "Tanjung", "Karang", "Padang", "Sido", "Margo", "Tirta", "Jati",
               "Wana", "Giri"]
PLACE_TAILS = ["maju", "jaya", "makmur", "sari", "rejo", "mulya", "asri", "wangi", "harja", "raya",
               "mukti", "luhur"]

GROUPS = ["KUD", "KOPWAN", "KSP", "pelaku usaha mikro", "dunia usaha", "pendamping lapangan",
          "kelompok perempuan", "penyandang disabilitas", "lansia", "pemuda", "tokoh masyarakat",
          "tokoh agama", "perangkat desa", "kelompok tani", "nelayan", "tenaga kesehatan", "akademisi",
          "LSM", "media", "pengguna layanan"]
EVENT_KINDS = [("fkp", 3), ("sosialisasi", 5), ("survei", 2), ("dengar pendapat", 1), ("lainnya", 1)]
MEETING_KINDS = [("rakor", 4), ("fkp", 3), ("sosialisasi", 2), ("monev", 2), ("lainnya", 1)]
FOLLOWUP_STATUS = [("terbuka", 3), ("berjalan", 4), ("selesai", 6), ("dibatalkan", 1)]
INNOVATION_STAGES = [("ide", 2), ("uji-coba", 3), ("penerapan", 6), ("replikasi", 2)]
ACTIONS = ["Tambah petugas pada jam sibuk", "Terapkan antrean daring", "Perbarui standar pelayanan",
           "Umumkan maklumat pelayanan", "Perbaiki ruang tunggu", "Tindak lanjuti pengaduan dalam 5 hari kerja",
           "Latih petugas loket", "Sederhanakan persyaratan", "Sediakan loket prioritas",
           "Pasang papan informasi biaya"]
START, END = dt.date(2025, 7, 1), dt.date(2026, 6, 30)
DAYS = [START + dt.timedelta(days=d) for d in range((END - START).days + 1)]
WORKDAYS = [d for d in DAYS if d.weekday() < 5 and d not in sc.HOLIDAYS]


def csv_line(fields) -> str:
    return ",".join(sc.csv_field(str(f)) for f in fields) + "\n"


def scaled(scale: float) -> dict:
    return {kind: max(1, round(size * scale)) for kind, size in SIZES.items()}


def register(total_services: int) -> list[dict]:
    """Units with their services: the sample's 12 agencies first (the survey names them), then as
    many kecamatan, kelurahan, puskesmas and schools as it takes to reach `total_services`."""
    units = [{"id": u["id"], "name": u["name"], "aliases": u["aliases"], "category": sc.CATEGORY.get(u["id"], "Lainnya"),
              "services": [{"id": s["id"], "name": s["name"]} for s in u["services"]]} for u in sc.UNITS]
    taken = {u["name"].lower() for u in units}
    count = sum(len(u["services"]) for u in units)
    places = [head + tail for tail in PLACE_TAILS for head in PLACE_HEADS]
    number = 0
    while count < total_services:
        prefix, kind, category, services = UNIT_KINDS[number % len(UNIT_KINDS)]
        place = places[(number // len(UNIT_KINDS)) % len(places)]
        round_ = number // (len(UNIT_KINDS) * len(places))
        name = f"{kind} {place}" + (f" {round_ + 1}" if round_ else "")
        number += 1
        if name.lower() in taken:
            continue
        taken.add(name.lower())
        take = min(len(services), total_services - count)
        units.append({"id": f"{prefix}-{number:04d}", "name": name, "aliases": [], "category": category,
                      "services": [{"id": f"{prefix}-{number:04d}-{k + 1:02d}", "name": services[k]} for k in range(take)]})
        count += take
    return units


def register_csv(units: list[dict]) -> str:
    out = [csv_line(["unit_id", "unit", "unit_aliases", "service_id", "service", "service_aliases"])]
    for u in units:
        for s in u["services"]:
            out.append(csv_line([u["id"], u["name"], "; ".join(u["aliases"]), s["id"], s["name"], ""]))
    return "".join(out)


def standards_csv(rng: random.Random, units: list[dict]) -> str:
    header = ["unit", "service", "time_limit_days", "fee", "legal_basis", "established", "reviewed", "published",
              "published_in", "maklumat", "consultation", "persyaratan", "prosedur", "produk", "pengaduan",
              "sarana_prasarana", "kompetensi_pelaksana", "jaminan_pelayanan"]
    out = [csv_line(header)]
    for u in units:
        for s in u["services"]:
            established = rng.choice(DAYS) - dt.timedelta(days=rng.randint(0, 2000))
            reviewed = established + dt.timedelta(days=rng.randint(200, 900)) if rng.random() < 0.6 else None
            row = [u["id"], s["id"], rng.choice([1, 1, 2, 3, 5, 7, 14]), rng.choice(["0", "0", "0", "Rp 25.000", "150000"]),
                   sc.UU_YANLIK + "; " + sc.UU_PEMDA, established.isoformat(), reviewed.isoformat() if reviewed else "",
                   rng.choice(["ya", "ya", "tidak"]), "website; papan informasi", rng.choice(["ya", "tidak", established.isoformat()]),
                   f"FKP-{u['id']}-{established.year}" if rng.random() < 0.7 else "",
                   f"Formulir permohonan {s['name']}; KTP-el; Kartu Keluarga",
                   "Pengajuan berkas; verifikasi; penyelesaian; penyerahan", s["name"], sc.PENGADUAN,
                   sc.SARANA if rng.random() < 0.8 else "", sc.KOMPETENSI if rng.random() < 0.85 else "", sc.JAMINAN]
            if rng.random() < 0.001:
                row[5] = "31/02/2024"  # a date that does not exist
            out.append(csv_line(row))
    return "".join(out)


def unit_weights(units: list[dict]) -> list[float]:
    # The sample's agencies are the busy ones; the many small units get a little each.
    return [40.0 if k < len(sc.UNITS) else 1.0 for k in range(len(units))]


def complaints_csv(rng: random.Random, units: list[dict], count: int) -> str:
    out = [",".join(sc.HEADER) + "\r\n"]
    weights = unit_weights(units)
    picks = rng.choices(range(len(units)), weights=weights, k=count)
    ticket = 7_000_000
    for k, pick in enumerate(picks):
        u = units[pick]
        ticket += rng.randint(1, 5)
        received = rng.choice(WORKDAYS)
        period = "2026-S1" if received.year == 2026 else "2025-S2"
        label, stage = sc.status_of(rng, received, period)
        verified = sc.add_working_days(received, rng.choice([0, 1, 2, 3])) if stage >= 1 else None
        followed = verified + dt.timedelta(days=rng.randint(1, 10)) if stage >= 2 else None
        finished = followed + dt.timedelta(days=rng.randint(5, 20)) if stage >= 3 else None
        unit_name = u["aliases"][0] if u["aliases"] and rng.random() < 0.15 else u["name"]
        service = "" if rng.random() < 0.2 else rng.choice(u["services"])["name"]
        if k % 997 == 500:
            unit_name = "Dinas Pendidikan dan Kebudayaan"  # not in the register
        row = [str(ticket), sc.date_text(rng, received), sc.weighted(rng, sc.CHANNELS), sc.weighted(rng, sc.CLASSES),
               u["category"], unit_name, service, verified.isoformat() if verified else "",
               followed.isoformat() if followed else "", finished.isoformat() if finished else "", label,
               rng.choice(["", "tidak", "tidak", "ya"]), "", "", "", "", "", rng.choice(sc.TITLES)]
        out.append(",".join(sc.csv_field(f) for f in row) + "\r\n")
    return "".join(out)


def meeting_text(rng: random.Random, number: int, units: list[dict]) -> tuple[str, str]:
    day = rng.choice(WORKDAYS)
    kind = sc.weighted(rng, MEETING_KINDS)
    ident = f"{kind}-{day.isoformat()}-{number:05d}"
    invited = rng.sample(units, rng.randint(3, 8))
    lines = ["---", f"id: {ident}", f"title: 'Rapat {kind.upper()} Pelayanan Publik {number}'", f"date: {day.isoformat()}",
             f"kind: {kind}", "place: Ruang Rapat Setda", "chair: 'Drs. Hendra Wijaya, M.Si (Asisten Administrasi Umum)'",
             "invited:"]
    lines += [f"  - {u['name']}" for u in invited]
    lines.append("attendees:")
    for k, u in enumerate(invited[: max(1, len(invited) - rng.randint(0, 2))]):
        lines += [f"  - name: 'Peserta {number}-{k + 1}'", "    role: Kepala Bidang Pelayanan", f"    organisation: {u['name']}"]
    lines += ["---", "", f"# Rapat {kind.upper()} Pelayanan Publik {number}", "", "Notulen rapat (sintetis).", "",
              "## Agenda", "", "1. Hasil SKM semester berjalan", "2. Tinjauan tindak lanjut rapat sebelumnya", "",
              "## Keputusan", "", "- Setiap unit menetapkan paling sedikit satu inovasi tahun ini.", "",
              "## Tindak Lanjut", ""]
    for k in range(rng.randint(2, 4)):
        owner = rng.choice(invited)
        box = rng.choice(["[ ]", "[~]", "[x]"])
        due = day + dt.timedelta(days=rng.randint(14, 120))
        lines.append(f"- {box} {owner['name']}: {rng.choice(ACTIONS).lower()} (batas: {due.isoformat()}; id: TL-{number:05d}-{k + 1:02d})")
    return f"{day.isoformat()}-{number:05d}.md", "\n".join(lines) + "\n"


def participation_csv(rng: random.Random, units: list[dict], count: int) -> str:
    out = [csv_line(["id", "tanggal", "opd", "layanan", "jenis_kegiatan", "topik", "kelompok", "jumlah_peserta",
                     "masukan_diterima", "masukan_diadopsi"])]
    picks = rng.choices(range(len(units)), weights=unit_weights(units), k=count)
    for k, pick in enumerate(picks):
        u = units[pick]
        kind = sc.weighted(rng, EVENT_KINDS)
        received = rng.randint(0, 30) if kind in ("fkp", "dengar pendapat", "survei") else None
        adopted = rng.randint(0, received) if received is not None else None
        ident = f"P-{k + 1:06d}" if k % 1013 != 700 else f"P-{k - 50:06d}"  # a repeated id, now and then
        out.append(csv_line([ident, rng.choice(DAYS).isoformat(), u["name"],
                             "" if rng.random() < 0.3 else rng.choice(u["services"])["name"], kind,
                             f"Topik kegiatan {k + 1}", "; ".join(rng.sample(GROUPS, rng.randint(1, 4))), rng.randint(8, 150),
                             "" if received is None else received, "" if adopted is None else adopted]))
    return "".join(out)


def followups_csv(rng: random.Random, units: list[dict], count: int) -> str:
    out = [csv_line(["id", "opd", "layanan", "asal", "periode_skm", "unsur", "rujukan", "rencana_tindak_lanjut",
                     "penanggung_jawab", "target_selesai", "tanggal_selesai", "status"])]
    picks = rng.choices(range(len(units)), weights=unit_weights(units), k=count)
    for k, pick in enumerate(picks):
        u = units[pick]
        origin = rng.choice(["skm", "skm", "evaluasi", "rapat"])
        status = sc.weighted(rng, FOLLOWUP_STATUS)
        planned = rng.choice(DAYS) + dt.timedelta(days=90)
        done = planned - dt.timedelta(days=rng.randint(-20, 40)) if status == "selesai" else None
        out.append(csv_line([f"RTL-{k + 1:06d}", u["name"], "" if rng.random() < 0.5 else rng.choice(u["services"])["name"],
                             origin, "2025-S2" if origin == "skm" else "", f"U{rng.randint(1, 9)}" if origin == "skm" else "",
                             "" if origin == "skm" else f"REF-{k + 1:06d}", rng.choice(ACTIONS), "Kepala Bidang Pelayanan",
                             planned.isoformat(), done.isoformat() if done else "", status]))
    return "".join(out)


def innovations_csv(rng: random.Random, units: list[dict], count: int) -> str:
    out = [csv_line(["id", "nama_inovasi", "opd", "layanan", "tahun", "tahap", "direplikasi", "berkelanjutan"])]
    picks = rng.choices(range(len(units)), weights=unit_weights(units), k=count)
    for k, pick in enumerate(picks):
        u = units[pick]
        out.append(csv_line([f"INV-{k + 1:05d}", f"Inovasi Layanan {k + 1}: {rng.choice(ACTIONS)}", u["name"],
                             "" if rng.random() < 0.4 else rng.choice(u["services"])["name"], rng.randint(2018, 2026),
                             sc.weighted(rng, INNOVATION_STAGES), rng.choice(["ya", "tidak", "tidak"]),
                             rng.choice(["ya", "ya", "tidak"])]))
    return "".join(out)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def generate(root: Path, scale: float, write_survey) -> dict:
    """Writes the region into `root`; returns how many records of each kind it holds."""
    sizes = scaled(scale)
    rng = random.Random(SEED)
    units = register(sizes["services"])
    write_survey(sizes["survey"], root / "skm.csv")
    write(root / "register.csv", register_csv(units))
    write(root / "standards.csv", standards_csv(rng, units))
    write(root / "pengaduan.csv", complaints_csv(rng, units, sizes["complaints"]))
    minutes = root / "rapat"
    minutes.mkdir(parents=True, exist_ok=True)
    for old in minutes.glob("*.md"):
        old.unlink()
    for number in range(1, sizes["meetings"] + 1):
        name, text = meeting_text(rng, number, units)
        write(minutes / name, text)
    write(root / "partisipasi.csv", participation_csv(rng, units, sizes["participation"]))
    write(root / "rtl.csv", followups_csv(rng, units, sizes["followups"]))
    write(root / "inovasi.csv", innovations_csv(rng, units, sizes["innovations"]))
    sizes["units"] = len(units)
    return sizes
