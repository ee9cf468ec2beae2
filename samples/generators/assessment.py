#!/usr/bin/env python3
"""An assessor's PEKPPP scores for Kabupaten Contoh, read by `evaluate.index`.

Standard library only and deterministic: the scores come from the tables below, nothing is drawn
at random, so running this twice writes byte-identical files.

    from generators import assessment
    assessment.generate(region_dir)     # region_dir: samples/kabupaten-contoh

    python3 samples/generators/assessment.py [REGION_DIR]

The indicator codes are read from the shipped instrument, instruments/pekppp-2022.yaml: which
indicators the records can score (`evidence:`) and which only an assessor can.

What is written into the region directory:

    penilaian-pekppp.csv          scores 0-5 per unit and indicator, with notes and evidence
    README-penilaian-pekppp.md    who is scored how, what is missing on purpose, the faulty rows
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: find the sibling modules as `generators`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generators.meetings_participation import (  # noqa: E402
    BAPENDA, DINKES, DINSOS, DISHUB, DISKOP, DISNAKER, DISPUSIP, DPMPTSP, DUKCAPIL, KECAMATAN, PUSKESMAS, RSUD,
    Table, fault_table, write_text,
)

INSTRUMENT = Path(__file__).resolve().parent.parent.parent / "instruments" / "pekppp-2022.yaml"
HEADER = ["opd", "indikator", "nilai", "catatan", "bukti"]


def instrument_indicators() -> list[tuple[str, bool]]:
    """(code, scored from records) for every indicator of the instrument, in its order."""
    indicators = []
    for line in INSTRUMENT.read_text(encoding="utf-8").splitlines():
        match = re.match(r'\s*- code: "?([^"\s]+)"?\s*$', line)
        # Aspect codes (KEBIJAKAN, …) have no dot and are not numbers.
        if match and ("." in match.group(1) or match.group(1).isdigit()):
            indicators.append([match.group(1), False])
        elif re.match(r"\s*evidence:", line) and indicators:
            indicators[-1][1] = True
    return [(code, recorded) for code, recorded in indicators]


# Each unit's usual level, and a fixed pattern of steps around it, so that scores differ between
# indicators without anything random.
LEVELS = {DUKCAPIL: 4, DPMPTSP: 4, DINKES: 3, RSUD: 4, BAPENDA: 3, DISKOP: 3, DINSOS: 3, DISHUB: 3, DISNAKER: 3,
          DISPUSIP: 2}
STEPS = [0, 1, -1, 0, 1, 0, -1, 1, 0, -1]

# Names as assessors write them: a short name or another case now and then (the register
# knows them as aliases, or matches them without regard to case).
WRITTEN = {DUKCAPIL: "Disdukcapil", DISHUB: "Dishub", DINKES: "DINAS KESEHATAN"}


def level(unit: str, position: int) -> int:
    return max(0, min(5, LEVELS[unit] + STEPS[position % len(STEPS)]))


# What the assessor says where the records cannot: notes and where the evidence is.
NOTES = {
    "7.a.T": ("Hasil SKM di papan informasi dan situs web", "Tangkapan layar situs web, foto papan informasi"),
    "5.a.K": ("Maklumat dipajang di ruang tunggu dan diunggah ke situs web", "Foto maklumat, tautan situs web"),
    "6.a.B": ("Laporan SKM dipublikasikan dan RTL dibahas", "Laporan SKM semester II 2025"),
    "14.b.K": ("Budaya pelayanan diterapkan di loket", "Hasil observasi tim penilai"),
}


def scores_csv():
    indicators = instrument_indicators()
    # Where the survey's results were published is in no record: the assessor scores it too.
    assessor_only = [code for code, recorded in indicators if not recorded] + ["7.a.T"]
    weighted = [code for code, _ in indicators if code != "31"]
    table = Table(HEADER)

    def add(unit, code, score, fault=None):
        note, evidence = NOTES.get(code, ("", ""))
        table.add([WRITTEN.get(unit, unit), code, score, note, evidence], fault)

    # Six units: everything records cannot show, so that with the records their index is complete.
    for unit in [DUKCAPIL, DPMPTSP, DINKES, RSUD, BAPENDA, DISKOP]:
        for position, code in enumerate(assessor_only):
            add(unit, code, level(unit, position))
    # Where the assessor saw more than the records hold (a maklumat on the wall, a published
    # survey): both scores are reported, the assessor's counts.
    add(DUKCAPIL, "5.a.K", 4)
    add(DUKCAPIL, "6.a.B", 4)
    add(RSUD, "6.a.B", 3)
    # Two units scored on every indicator alike: the same index, sharing one rank.
    for unit in [DINSOS, DISHUB]:
        for position, code in enumerate(weighted):
            add(unit, code, level(DINSOS, position))
    # Two units scored in part only: incomplete on purpose, never counted as zero.
    for position, code in enumerate(assessor_only[:8]):
        add(DISNAKER, code, level(DISNAKER, position))
    for position, code in enumerate(["7.a.T", "10.b.As", "11", "12.b.Ak"]):
        add(DISPUSIP, code, level(DISPUSIP, position))
    # UPTD Puskesmas Sukamaju and Kecamatan Sukamaju are not scored at all (their rows below are all faulty).

    # Faulty rows, each with the reason the importer gives.
    add(DUKCAPIL, "10.b.As", 5, ("indikator", "10.b.As", "indikator '10.b.As' untuk unit itu sudah dinilai di baris 2",
                                 "indicator '10.b.As' of that unit is already scored on row 2"))
    add(DPMPTSP, "32.g.T", 3, ("indikator", "32.g.T", "indikator tidak ada dalam instrumen", "indicator not in the instrument"))
    add(PUSKESMAS, "16.c.As", 6, ("nilai", "6", "nilai bukan bilangan bulat 0–5", "score not a whole number 0–5"))
    add(KECAMATAN, "17.c.As", "3,5", ("nilai", "3,5", "nilai bukan bilangan bulat 0–5", "score not a whole number 0–5"))
    add(PUSKESMAS, "18.c.K", "", ("nilai", "", "nilai kosong", "score missing"))
    table.add(["Dinas Pariwisata", "10.b.As", 4, "", ""],
              ("opd", "Dinas Pariwisata", "unit tidak ada dalam daftar", "unit not in the register", True))
    return table, assessor_only


def readme(table: Table, assessor_only: list[str]) -> str:
    rows = table.rows
    bad = len(table.faults)
    only = ", ".join(assessor_only)
    return f"""# Penilaian PEKPPP — Kabupaten Contoh

> Berkas ini dan `penilaian-pekppp.csv` **dibuat oleh program** `samples/generators/assessment.py`.
> Jangan disunting tangan: ubah generatornya lalu jalankan ulang.

Nilai penilai (0–5) per unit dan indikator instrumen PEKPPP 2022 (`instruments/pekppp-2022.yaml`),
dibaca tahap `evaluate.index` lewat opsi `scores:` (lihat `docs/index-pekppp.md`). Indikator yang
dapat dinilai dari catatan (standar pelayanan, partisipasi, SKM, RTL, pengaduan, inovasi) dinilai
dari catatan itu; penilai menilai sisanya.

## `penilaian-pekppp.csv`

`opd,indikator,nilai,catatan,bukti` — {rows} baris, {bad} sengaja salah. `indikator` berisi kode
(`10.b.As`) atau nomor (`11`); `opd` kadang ditulis dengan nama pendek (`Disdukcapil`, `Dishub`) atau
huruf besar semua.

| unit | yang dinilai | hasil yang diharapkan |
|---|---|---|
| {DUKCAPIL}, {DPMPTSP}, {DINKES}, {RSUD}, {BAPENDA}, {DISKOP} | semua indikator tanpa `evidence`, dan 7.a.T yang tidak tercatat ({only}) | lengkap bersama nilai dari catatan; diperingkat |
| {DUKCAPIL} | juga 5.a.K (4) dan 6.a.B (4) | nilai penilai dipakai, nilai catatan (2 dan 2) tetap ditampilkan |
| {RSUD} | juga 6.a.B (3) | idem |
| {DINSOS}, {DISHUB} | semua 30 indikator berbobot, nilai sama | IPP sama, berbagi satu peringkat |
| {DISNAKER} | 8 indikator pertama dari daftar itu saja | belum lengkap, tidak diperingkat |
| {DISPUSIP} | 7.a.T, 10.b.As, 11 (= 11.b.K), 12.b.Ak | belum lengkap, tidak diperingkat |
| {PUSKESMAS}, {KECAMATAN} | tidak dinilai (barisnya salah semua) | belum lengkap (hanya nilai dari catatan) |

Baris yang sengaja salah (masuk berkas penolakan):

{fault_table(table.faults, "id")}

## `penilaian-pekppp.csv` (English)

An assessor's PEKPPP scores (0–5) per unit and indicator of the 2022 instrument, read by
`evaluate.index` through `scores:`. Indicators records can evidence are scored from the records;
the assessor scores the rest. {rows} rows, {bad} faulty on purpose. Six units get every
indicator records cannot show (complete, ranked); {DUKCAPIL} and {RSUD} also get 6.a.B (and
{DUKCAPIL} 5.a.K) above what the records show, so both scores appear; {DINSOS} and {DISHUB} get the
same score on all 30 weighted indicators (one shared rank); {DISNAKER} and {DISPUSIP} are scored in
part (incomplete, not ranked); {PUSKESMAS} and {KECAMATAN} are not scored.

{fault_table(table.faults, "en")}
"""


def generate(root_dir) -> None:
    """Writes the assessor's scores file and its README into the region directory."""
    region = Path(root_dir)
    table, assessor_only = scores_csv()
    write_text(region / "penilaian-pekppp.csv", table.text)
    write_text(region / "README-penilaian-pekppp.md", readme(table, assessor_only))


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "kabupaten-contoh"
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
