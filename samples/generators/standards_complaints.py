#!/usr/bin/env python3
"""Service standards and complaints of the synthetic region "Kabupaten Contoh".

Standard library only, deterministic: the standards are tabled by hand, and every random draw for
the complaints comes from random.Random seeded with a fixed integer; nothing depends on the clock,
on hash randomisation or on the machine, so two runs write byte-identical files.

    generate(root_dir)   writes into the region directory (samples/kabupaten-contoh):

    standar-pelayanan.yaml                   the register of 12 units and 34 services, with the
                                             service standards (import.standards)
    pengaduan-lapor.csv                      SP4N-LAPOR! and local-channel complaints, 2025-S2 and
                                             2026-S1 (import.complaints)
    expected/standards-complaints.json       what an importer must find in both: counts, every
                                             rejected record, the deliberate shortfalls
    README-standards-complaints.md           both files described, Indonesian then English

    python3 samples/generators/standards_complaints.py [--out DIR]

The unit and service names are those of the survey exports (skm/*.csv); when those files are in
root_dir, generate() checks that the names agree.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

SEED = 20260701

# --------------------------------------------------------------------------------------------
# The register and the standards

# Texts shared by many standards.
PENGADUAN = ("SP4N-LAPOR! (lapor.go.id, SMS 1708), kotak saran di ruang tunggu, WhatsApp pengaduan "
             "0800-0000-0000 dan loket pengaduan; ditanggapi paling lambat 5 hari kerja")
SARANA = ("Ruang tunggu, loket prioritas bagi lansia, penyandang disabilitas dan ibu hamil, "
          "kursi roda, toilet, mesin antrean dan papan informasi")
PENGAWASAN = "Supervisi atasan langsung, Sistem Pengendalian Intern Pemerintah dan Inspektorat Daerah"
JAMINAN = ("Pelayanan diberikan sesuai standar pelayanan ini; bila tidak, pengguna dapat mengadu "
           "melalui kanal pengaduan yang tersedia")
KEAMANAN = ("Data pribadi pemohon dijaga kerahasiaannya; produk pelayanan bebas pungutan liar "
            "dan dijamin keabsahannya")
EVALUASI = "Evaluasi kinerja pelaksana setiap 6 bulan melalui SKM, capaian SKP dan rapat evaluasi"
KOMPETENSI = "Pendidikan minimal SMA/sederajat, memahami peraturan terkait dan telah mengikuti bimbingan teknis"

# Where a standard is published when it is published widely: the PEKPPP rubric scores 2 or more
# media, and SIPP Nasional on top of them higher.
SP_ONLINE = ("website", "papan informasi", "media sosial", "SIPP Nasional")

UU_PEMDA = "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"
UU_YANLIK = "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"

ALL = ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "dasar_hukum",
       "sarana_prasarana", "kompetensi_pelaksana", "pengawasan_internal", "jumlah_pelaksana",
       "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja"]


def service(sid, name, aliases=(), *, requirements="", procedure="", days=None, days_text=None,
            fee=0, fee_text=None, product="", legal=(), staff=2, missing=(), established=None,
            reviewed=None, published=True, places=("website", "papan informasi"), maklumat=None,
            consultation=None, groups=(), standard=True, list_form=False, fault=None):
    """A service and its standard. `missing` names the components the standard leaves out;
    `groups` the stakeholder groups the service concerns (`target_groups`), as the participation
    log names them; `fault` makes the standard a deliberate reject."""
    return {"id": sid, "name": name, "aliases": list(aliases), "standard": standard,
            "requirements": requirements, "procedure": procedure, "days": days,
            "days_text": days_text, "fee": fee, "fee_text": fee_text, "product": product,
            "legal": list(legal), "staff": staff, "missing": set(missing),
            "established": established, "reviewed": reviewed, "published": published,
            "places": list(places), "maklumat": maklumat, "consultation": consultation,
            "groups": list(groups), "list_form": list_form, "fault": fault}


UNITS = [
    {"id": "DISDUKCAPIL", "name": "Dinas Kependudukan dan Pencatatan Sipil",
     "aliases": ["Disdukcapil", "Dinas Dukcapil"],
     "legal": ["Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 "
               "Tahun 2006 tentang Administrasi Kependudukan",
               "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
               "Pendaftaran Penduduk dan Pencatatan Sipil"],
     "services": [
         service("KTP-EL", "Perekaman dan Pencetakan KTP-el", ["KTP-el", "KTP elektronik"],
                 requirements="Fotokopi Kartu Keluarga; telah berusia 17 tahun, sudah kawin atau pernah kawin",
                 procedure="Ambil nomor antrean; verifikasi data; perekaman foto, sidik jari dan iris; pencetakan; penyerahan",
                 days=1, product="KTP-el", staff=6, established="2023-03-14", reviewed="2025-03-10",
                 places=SP_ONLINE, maklumat="2023-03-20", consultation="FKP-DISDUKCAPIL-2023-02"),
         service("KK", "Penerbitan Kartu Keluarga", ["Kartu Keluarga"],
                 requirements="Formulir F-1.01; buku nikah atau akta perkawinan; surat keterangan pindah bila pindahan",
                 procedure="Pengajuan berkas di loket atau daring; verifikasi; penerbitan dan tanda tangan elektronik",
                 days=1, product="Kartu Keluarga", staff=4, established="2023-03-14", reviewed="2025-03-10",
                 maklumat="2023-03-20", consultation="FKP-DISDUKCAPIL-2023-02"),
         service("AKTA-LAHIR", "Penerbitan Akta Kelahiran", ["Akta Kelahiran"],
                 requirements="Surat keterangan kelahiran; Kartu Keluarga; buku nikah orang tua",
                 procedure="Pengajuan berkas; verifikasi; pencatatan; penerbitan akta",
                 days=1, product="Kutipan Akta Kelahiran", staff=3, established="2023-03-14",
                 reviewed="2025-03-10", maklumat="2023-03-20", consultation="FKP-DISDUKCAPIL-2023-02",
                 fault="unknown_component"),
         service("AKTA-MATI", "Penerbitan Akta Kematian", ["Akta Kematian"],
                 requirements="Surat keterangan kematian dari desa atau rumah sakit; Kartu Keluarga; KTP-el almarhum",
                 procedure="Pengajuan berkas; verifikasi; pencatatan; penerbitan akta dan pemutakhiran KK",
                 days=1, product="Kutipan Akta Kematian", staff=2, missing=["jaminan_keamanan"],
                 established="2023-03-14", reviewed="2025-03-10", maklumat="2023-03-20",
                 consultation="FKP-DISDUKCAPIL-2023-02"),
         service("PINDAH-DATANG", "Surat Keterangan Pindah Datang", ["SKPWNI", "Pindah Datang"],
                 requirements="Kartu Keluarga; KTP-el; surat pengantar RT/RW",
                 procedure="Pengajuan berkas; verifikasi; penerbitan SKPWNI; pemutakhiran KK di daerah tujuan",
                 days=1, product="Surat Keterangan Pindah Warga Negara Indonesia", staff=2,
                 established="2021-08-02", reviewed="2026-04-06", maklumat="2021-08-10",
                 consultation="P-021"),
     ]},
    {"id": "DPMPTSP", "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
     "aliases": ["DPM-PTSP", "Dinas PMPTSP"],
     "legal": ["Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan "
               "Berusaha Berbasis Risiko"],
     "services": [
         service("PBG", "Persetujuan Bangunan Gedung (PBG)", ["PBG"],
                 requirements="Data pemohon; dokumen rencana teknis; bukti kepemilikan tanah; KRK",
                 procedure="Pendaftaran di SIMBG; pemeriksaan dokumen oleh TPA; penetapan retribusi; pembayaran; penerbitan PBG",
                 days=28, fee=None, fee_text="Retribusi PBG sesuai Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah",
                 product="Dokumen PBG", staff=5,
                 legal=["Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan "
                        "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung"],
                 missing=["jaminan_keamanan", "evaluasi_kinerja"],
                 established="2022-05-09", reviewed="2023-01-16", maklumat="2022-05-12",
                 consultation="FKP-DPMPTSP-2022-01", groups=["pengguna layanan", "dunia usaha"]),
         service("NIB-UM", "Pendampingan NIB Usaha Mikro", ["NIB", "Pendampingan NIB"],
                 requirements="KTP-el; NPWP bila ada; alamat dan bidang usaha",
                 procedure="Konsultasi; pengisian data di OSS RBA bersama pendamping; penerbitan NIB",
                 days=1, product="Nomor Induk Berusaha", staff=4, established="2024-02-05",
                 reviewed="2025-07-14", maklumat="2024-02-08", consultation="FKP-DPMPTSP-2024-01",
                 groups=["pelaku usaha mikro", "pendamping lapangan"]),
         service("SIP-NAKES", "Surat Izin Praktik Tenaga Kesehatan", ["SIP", "SIP Nakes"],
                 requirements="STR aktif; rekomendasi organisasi profesi; surat keterangan tempat praktik",
                 procedure="Permohonan daring; verifikasi; rekomendasi Dinas Kesehatan; penerbitan SIP",
                 days=5, product="Surat Izin Praktik", staff=2,
                 legal=["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"],
                 established="2024-02-05", reviewed=None, published=False, places=(),
                 maklumat="2024-02-08", consultation="FKP-DPMPTSP-2024-01", groups=["tenaga kesehatan"]),
         service("REKLAME", "Izin Penyelenggaraan Reklame", ["Izin Reklame"],
                 requirements="KTP-el; desain dan ukuran reklame; lokasi; bukti pembayaran pajak reklame",
                 procedure="Permohonan; survei lokasi; penetapan pajak; pembayaran; penerbitan izin",
                 days=7, fee=None, fee_text="Pajak reklame sesuai ketetapan Bapenda",
                 product="Izin Penyelenggaraan Reklame", staff=2, missing=["jaminan_keamanan", "jumlah_pelaksana"],
                 established="2022-05-09", reviewed=None, maklumat=None, consultation=None),
     ]},
    {"id": "DINKES", "name": "Dinas Kesehatan", "aliases": ["Dinkes"],
     "legal": ["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"],
     "services": [
         service("SPP-IRT", "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)", ["SPP-IRT"],
                 requirements="NIB; sertifikat penyuluhan keamanan pangan; label produk",
                 procedure="Permohonan melalui OSS; pemeriksaan sarana produksi; penerbitan SPP-IRT",
                 days=14, product="Sertifikat SPP-IRT", staff=3,
                 legal=["Peraturan Badan Pengawas Obat dan Makanan Nomor 22 Tahun 2018 tentang "
                        "Pedoman Pemberian Sertifikat Produksi Pangan Industri Rumah Tangga"],
                 established="2023-09-04", reviewed="2026-02-09", maklumat="2023-09-11",
                 consultation="FKP-DINKES-2023-01", groups=["pelaku usaha mikro"]),
         service("LABKESDA", "Pemeriksaan Laboratorium Kesehatan Daerah", ["Labkesda"],
                 requirements="Surat pengantar atau permintaan pemeriksaan; sampel sesuai jenis pemeriksaan",
                 procedure="Pendaftaran; penerimaan sampel; pemeriksaan; validasi hasil; penyerahan hasil",
                 days=3, fee="Rp 25.000", product="Laporan hasil pemeriksaan", staff=5,
                 missing=["kompetensi_pelaksana"], established="2023-09-04", reviewed="2024-10-07",
                 maklumat=None, consultation="FKP-DINKES-2023-01"),
         service("SLHS", "Sertifikat Laik Higiene Sanitasi (SLHS)", ["SLHS"],
                 requirements="NIB; hasil uji laboratorium sampel makanan dan air; sertifikat penjamah pangan",
                 procedure="Permohonan; inspeksi kesehatan lingkungan; uji laboratorium; penerbitan SLHS",
                 days=14, fee="Rp 150.000", product="Sertifikat Laik Higiene Sanitasi", staff=2,
                 list_form=True, established=None, reviewed=None, published=False,
                 places=(), maklumat=None, consultation=None),
     ]},
    {"id": "RSUD", "name": "Rumah Sakit Umum Daerah Kabupaten Contoh",
     "aliases": ["RSUD", "RSUD Kabupaten Contoh"],
     "legal": ["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"],
     "services": [
         service("RAJAL", "Rawat Jalan", ["Poliklinik", "Rawat Jalan Poliklinik"],
                 requirements="Kartu identitas; kartu BPJS Kesehatan dan rujukan bagi peserta JKN",
                 procedure="Pendaftaran; pemeriksaan di poliklinik; penunjang bila perlu; farmasi; pulang",
                 days=None, days_text="Paling lama 60 menit sejak pendaftaran hingga dilayani dokter",
                 fee="Rp 50.000", product="Pelayanan pemeriksaan dan resep", staff=40,
                 established="2022-01-10", reviewed="2024-01-15", maklumat="2022-01-17",
                 consultation="FKP-RSUD-2021-02"),
         service("IGD", "Instalasi Gawat Darurat (IGD)", ["IGD", "UGD"],
                 requirements="Tanpa persyaratan administrasi pada saat kedaruratan",
                 procedure="Triase; penanganan kegawatdaruratan; observasi; rawat inap atau pulang",
                 days=None, days_text="Dilayani segera; respons triase paling lama 5 menit",
                 fee=0, product="Pelayanan kegawatdaruratan", staff=24,
                 missing=["evaluasi_kinerja"], established="2022-01-10", reviewed="2026-03-16",
                 maklumat="2022-01-17", consultation="FKP-RSUD-2021-02"),
         service("RANAP", "Rawat Inap", ["Rawat Inap Kelas"],
                 requirements="Surat perintah rawat inap; kartu identitas; kartu BPJS Kesehatan bila peserta",
                 procedure="Pendaftaran rawat inap; penempatan kamar; perawatan; pemulangan",
                 days=None, days_text="Penempatan kamar paling lama 3 jam sejak surat perintah rawat inap",
                 fee=None, fee_text="Sesuai Peraturan Bupati tentang tarif layanan BLUD RSUD",
                 product="Pelayanan rawat inap", staff=60,
                 missing=["jaminan_keamanan", "pengawasan_internal", "jumlah_pelaksana"],
                 established="2021-06-21", reviewed=None, maklumat="2021-06-28", consultation=None),
         service("FARMASI", "Instalasi Farmasi", ["Apotek RSUD", "Farmasi"],
                 requirements="Resep dokter RSUD",
                 procedure="Penyerahan resep; telaah resep; penyiapan obat; penyerahan dan informasi obat",
                 days=None, days_text="Obat jadi 30 menit, obat racikan 60 menit",
                 fee=0, product="Obat dan informasi obat", staff=12, missing=["jaminan_keamanan"],
                 established="2022-01-10", reviewed="2024-01-15", maklumat=None,
                 consultation="FKP-RSUD-2021-02", fault="invalid_date"),
     ]},
    {"id": "BAPENDA", "name": "Badan Pendapatan Daerah", "aliases": ["Bapenda"],
     "legal": ["Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
               "Pusat dan Pemerintahan Daerah"],
     "services": [
         service("PBB-P2", "Pelayanan PBB-P2", ["PBB", "PBB-P2"],
                 requirements="SPPT tahun berjalan; KTP-el wajib pajak; bukti kepemilikan bila mutasi",
                 procedure="Pengajuan di loket atau daring; penelitian berkas; penerbitan SPPT atau surat keputusan",
                 days=5, product="SPPT atau Surat Keputusan PBB-P2", staff=6, established="2024-04-01",
                 reviewed="2025-04-07", maklumat="2024-04-03", consultation="FKP-BAPENDA-2024-01"),
         service("BPHTB", "Validasi BPHTB", ["BPHTB"],
                 requirements="SSPD BPHTB; fotokopi sertifikat; SPPT PBB tahun berjalan",
                 procedure="Pengajuan daring oleh PPAT; penelitian; verifikasi lapangan bila perlu; validasi",
                 days=3, product="SSPD BPHTB tervalidasi", staff=3, missing=["jaminan_keamanan"],
                 established="2024-04-01", reviewed="2026-02-16", maklumat="2024-04-03",
                 consultation="FKP-BAPENDA-2024-01", groups=["dunia usaha"]),
         service("PBJT", "Pendaftaran Wajib Pajak PBJT", ["PBJT", "Pajak Barang dan Jasa Tertentu"],
                 requirements="Formulir pendaftaran; KTP-el; NIB",
                 procedure="Pengisian formulir; verifikasi; penerbitan NPWPD",
                 days=3, product="Nomor Pokok Wajib Pajak Daerah", staff=2,
                 established="2024-04-01", reviewed=None, places=("website",), maklumat="2024-04-03",
                 consultation=None),
     ]},
    {"id": "DISKOPUM", "name": "Dinas Koperasi dan Usaha Mikro", "aliases": ["Diskop UM", "Dinas Koperasi"],
     "legal": ["Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian"],
     "services": [
         service("KONSULTASI-UM", "Konsultasi dan Pendampingan Usaha Mikro", ["Klinik UMKM", "Konsultasi Usaha Mikro"],
                 requirements="KTP-el; keterangan usaha",
                 procedure="Pendaftaran; konsultasi dengan pendamping; rencana tindak lanjut",
                 days=1, product="Catatan konsultasi dan rencana pendampingan", staff=4,
                 established="2024-06-03", reviewed="2025-06-02", maklumat="2024-06-05",
                 consultation="FKP-DISKOPUM-2024-01", groups=["pelaku usaha mikro", "pendamping lapangan"]),
         service("REKOM-KOPERASI", "Rekomendasi Pendirian Koperasi", ["Rekomendasi Koperasi"],
                 requirements="Berita acara rapat pendirian; daftar hadir; rancangan anggaran dasar",
                 procedure="Permohonan; penyuluhan perkoperasian; pemeriksaan berkas; penerbitan rekomendasi",
                 days=7, product="Surat rekomendasi", staff=1, missing=["sarana_prasarana", "evaluasi_kinerja"],
                 established="2024-06-03", reviewed="2025-11-03", maklumat="2024-06-05",
                 consultation="FKP-DISKOPUM-2024-01", groups=["KUD", "KOPWAN", "KSP"]),
     ]},
    {"id": "DINSOS", "name": "Dinas Sosial", "aliases": ["Dinsos"],
     "legal": ["Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
               "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu "
               "Kesejahteraan Sosial"],
     "services": [
         service("DTKS", "Pendaftaran dan Pemutakhiran DTKS", ["DTKS"],
                 requirements="KTP-el; Kartu Keluarga; surat keterangan tidak mampu dari desa",
                 procedure="Pendaftaran di desa atau dinas; verifikasi dan validasi; musyawarah desa; pengusulan",
                 days=14, product="Status dalam DTKS", staff=5,
                 missing=["jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja"],
                 established="2021-11-15", reviewed=None, published=False, places=(),
                 maklumat=None, consultation=None),
         service("REKOM-BANSOS", "Rekomendasi Bantuan Sosial", ["Rekomendasi Bansos"],
                 requirements="KTP-el; Kartu Keluarga; terdaftar dalam DTKS",
                 procedure="Permohonan; verifikasi DTKS; asesmen; penerbitan rekomendasi",
                 days=3, product="Surat rekomendasi bantuan sosial", staff=3,
                 established="2023-02-06", reviewed="2024-02-05", maklumat="2023-02-08",
                 consultation="FKP-DINSOS-2023-01"),
     ]},
    {"id": "DISHUB", "name": "Dinas Perhubungan", "aliases": ["Dishub"],
     "legal": ["Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan"],
     "services": [
         service("UJI-KIR", "Pengujian Kendaraan Bermotor (Uji KIR)", ["Uji KIR", "KIR"],
                 requirements="STNK; buku uji atau kartu uji lama; kendaraan dalam keadaan bersih",
                 procedure="Pendaftaran; pembayaran retribusi; pengujian di lajur uji; penerbitan kartu uji",
                 days=1, fee="Rp 87.000", product="Kartu uji dan tanda lulus uji", staff=8,
                 legal=["Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan"],
                 established="2023-07-03", reviewed="2026-03-02", maklumat="2023-07-05",
                 consultation="FKP-DISHUB-2023-01"),
         service("ANDALALIN", "Rekomendasi Analisis Dampak Lalu Lintas (Andalalin)", ["Andalalin"],
                 standard=False),
     ]},
    {"id": "DISNAKER", "name": "Dinas Tenaga Kerja", "aliases": ["Disnaker"],
     "legal": ["Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan"],
     "services": [
         service("AK1", "Kartu Tanda Bukti Pencari Kerja (AK/1)", ["Kartu Kuning", "AK/1", "Kartu AK-1"],
                 requirements="KTP-el; ijazah terakhir; pas foto",
                 procedure="Pendaftaran daring atau di loket; verifikasi; penerbitan kartu",
                 days=1, product="Kartu AK/1", staff=3, established="2022-10-03", reviewed="2024-10-07",
                 maklumat="2022-10-05", consultation="FKP-DISNAKER-2022-01"),
         service("PKB", "Pencatatan Perjanjian Kerja Bersama (PKB)", ["PKB"],
                 requirements="Naskah PKB yang ditandatangani; surat permohonan; daftar anggota serikat",
                 procedure="Permohonan; penelitian naskah; pencatatan; penerbitan surat keputusan",
                 days=6, product="Surat keputusan pencatatan PKB", staff=1,
                 missing=["sarana_prasarana", "jumlah_pelaksana", "evaluasi_kinerja"],
                 established="2022-10-03", reviewed=None, maklumat=None, consultation=None),
     ]},
    {"id": "DISPUSIP", "name": "Dinas Perpustakaan dan Kearsipan", "aliases": ["Dispusip"],
     "legal": ["Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan"],
     "services": [
         service("ANGGOTA", "Keanggotaan dan Peminjaman Buku", ["Peminjaman Buku", "Kartu Anggota Perpustakaan"],
                 requirements="KTP-el atau kartu pelajar",
                 procedure="Pendaftaran anggota; pencetakan kartu; peminjaman di meja sirkulasi",
                 days=1, product="Kartu anggota dan layanan peminjaman", staff=4,
                 established="2024-01-08", reviewed="2025-01-06", maklumat="2024-01-10",
                 consultation="FKP-DISPUSIP-2023-01"),
         service("PERPUSLING", "Perpustakaan Keliling", ["Pusling"], standard=False),
     ]},
    {"id": "PKM-SUKAMAJU", "name": "UPTD Puskesmas Sukamaju", "aliases": ["Puskesmas Sukamaju"],
     "legal": ["Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat"],
     "services": [
         service("POLI-UMUM", "Pemeriksaan Umum", ["Poli Umum", "Balai Pengobatan Umum"],
                 requirements="Kartu identitas; kartu BPJS Kesehatan bila peserta",
                 procedure="Pendaftaran; anamnesis dan pemeriksaan; resep; apotek",
                 days=None, days_text="Paling lama 45 menit sejak pendaftaran",
                 fee=0, product="Pelayanan pemeriksaan dan resep", staff=6,
                 established="2023-05-08", reviewed="2025-05-05", maklumat="2023-05-10",
                 consultation="FKP-PKM-SUKAMAJU-2023-01"),
         service("KIA", "Kesehatan Ibu dan Anak (KIA)", ["KIA", "Poli KIA"],
                 requirements="Buku KIA; kartu identitas",
                 procedure="Pendaftaran; pemeriksaan kehamilan, nifas atau tumbuh kembang; konseling",
                 days=None, days_text="Paling lama 45 menit sejak pendaftaran",
                 fee=0, product="Pelayanan kesehatan ibu dan anak", staff=4,
                 missing=["jaminan_keamanan"], established="2023-05-08", reviewed="2025-05-05",
                 maklumat="2023-05-10", consultation="FKP-PKM-SUKAMAJU-2023-01"),
         service("IMUNISASI", "Imunisasi", ["Imunisasi Dasar"],
                 requirements="Buku KIA",
                 procedure="Pendaftaran; skrining; pemberian vaksin; observasi 30 menit",
                 days=None, days_text="Sesuai jadwal imunisasi", fee=0,
                 product="Imunisasi dan catatan di buku KIA", staff=3,
                 established="2023-05-08", reviewed="2025-05-05", maklumat="2023-05-10",
                 consultation=None),
     ]},
    {"id": "KEC-SUKAMAJU", "name": "Kecamatan Sukamaju", "aliases": ["Kec. Sukamaju"],
     "legal": ["Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan"],
     # Listed apart from the unit, under the file's top-level `services:`.
     "apart": True,
     "services": [
         service("LEGALISASI", "Legalisasi Surat Keterangan", ["Legalisasi"],
                 requirements="Surat yang akan dilegalisasi; surat pengantar desa",
                 procedure="Penyerahan berkas; pemeriksaan; tanda tangan camat; penyerahan",
                 days=1, product="Surat keterangan terlegalisasi", staff=2,
                 missing=["kompetensi_pelaksana", "pengawasan_internal", "jumlah_pelaksana",
                          "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja"],
                 established="2020-09-07", reviewed=None, published=False, places=(),
                 maklumat=None, consultation=None),
         service("AHLI-WARIS", "Surat Keterangan Ahli Waris", ["Keterangan Ahli Waris"], standard=False),
     ]},
]

# The day the sample's "review overdue" is measured against (end of 2026-S1), and the interval.
REVIEW_DATE = dt.date(2026, 6, 30)
REVIEW_YEARS = 3
# The fewest media a published standard should be in (the rule standard.not-published's default).
MIN_MEDIA = 2


def yaml_text(value: str) -> str:
    """A double-quoted YAML scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def component_texts(unit: dict, s: dict) -> dict:
    fee_text = s["fee_text"] or ("Tidak dipungut biaya" if s["fee"] in (0, None) else f"{s['fee']} sesuai Peraturan Daerah")
    days_text = s["days_text"] or f"{s['days']} hari kerja sejak berkas dinyatakan lengkap"
    texts = {
        "persyaratan": s["requirements"],
        "prosedur": s["procedure"],
        "jangka_waktu": days_text,
        "biaya": fee_text,
        "produk": s["product"],
        "pengaduan": PENGADUAN,
        "dasar_hukum": "; ".join(unit["legal"] + s["legal"]),
        "sarana_prasarana": SARANA,
        "kompetensi_pelaksana": KOMPETENSI,
        "pengawasan_internal": PENGAWASAN,
        "jumlah_pelaksana": f"{s['staff']} orang",
        "jaminan_pelayanan": JAMINAN,
        "jaminan_keamanan": KEAMANAN,
        "evaluasi_kinerja": EVALUASI,
    }
    return {k: v for k, v in texts.items() if k not in s["missing"]}


def standards_yaml() -> tuple[str, list[dict]]:
    """The YAML text, and the deliberately rejected standards with their lines."""
    lines = ["# Standar Pelayanan, Kabupaten Contoh (data sintetis untuk contoh dan uji Pantau).",
             "# Dibuat oleh samples/generators/standards_complaints.py; jangan disunting manual.",
             ""]
    faults = []

    def emit(text=""):
        lines.append(text)
        return len(lines)  # the 1-based number of the line just written

    def service_block(unit, s, indent, apart):
        pad = " " * indent
        first = f"{pad}- unit: {unit['id']}" if apart else f"{pad}- id: {s['id']}"
        emit(first)
        if apart:
            emit(f"{pad}  id: {s['id']}")
        emit(f"{pad}  name: {yaml_text(s['name'])}")
        if s["aliases"]:
            emit(f"{pad}  aliases: [{', '.join(yaml_text(a) for a in s['aliases'])}]")
        if not s["standard"]:
            return
        standard_line = emit(f"{pad}  standard:")
        texts = component_texts(unit, s)
        if s["list_form"]:
            emit(f"{pad}    components: [{', '.join(texts)}]")
        else:
            emit(f"{pad}    components:")
            for key, text in texts.items():
                if key == "persyaratan" and s["fault"] == "unknown_component":
                    line = emit(f"{pad}      persyaratn: {yaml_text(text)}")
                    faults.append({"line": line, "service": s["id"], "field": "components",
                                   "value": "persyaratn", "code": "record.unknown-component",
                                   "suggestion": "persyaratan"})
                    continue
                emit(f"{pad}      {key}: {yaml_text(text)}")
        if s["days"] is not None:
            emit(f"{pad}    time_limit_days: {s['days']}")
        if s["fee"] is not None:
            emit(f"{pad}    fee: {yaml_text(s['fee']) if isinstance(s['fee'], str) else s['fee']}")
        legal = unit["legal"] + s["legal"]
        emit(f"{pad}    legal_basis:")
        for item in legal:
            emit(f"{pad}      - {yaml_text(item)}")
        if s["fault"] == "invalid_date":
            line = emit(f"{pad}    established: 31/02/2022")
            faults.append({"line": line, "service": s["id"], "field": "established",
                           "value": "31/02/2022", "code": "record.invalid-date"})
        elif s["established"]:
            emit(f"{pad}    established: {s['established']}")
        if s["reviewed"]:
            emit(f"{pad}    reviewed: {s['reviewed']}")
        emit(f"{pad}    published: {'ya' if s['published'] else 'tidak'}")
        if s["places"]:
            emit(f"{pad}    published_in: [{', '.join(yaml_text(p) for p in s['places'])}]")
        emit(f"{pad}    maklumat: {s['maklumat'] or 'tidak'}")
        if s["consultation"]:
            emit(f"{pad}    consultation: {s['consultation']}")
        if s["groups"]:
            emit(f"{pad}    target_groups: [{', '.join(yaml_text(g) for g in s['groups'])}]")
        for fault in faults:
            if fault["service"] == s["id"]:
                fault["standard_line"] = standard_line

    emit("units:")
    for unit in UNITS:
        emit(f"  - id: {unit['id']}")
        emit(f"    name: {yaml_text(unit['name'])}")
        emit(f"    aliases: [{', '.join(yaml_text(a) for a in unit['aliases'])}]")
        if unit.get("apart"):
            continue
        emit("    services:")
        for s in unit["services"]:
            service_block(unit, s, 6, apart=False)
    emit("")
    emit("# Layanan yang dicantumkan terpisah dari unitnya; `unit:` menyebut unitnya.")
    emit("services:")
    for unit in UNITS:
        if unit.get("apart"):
            for s in unit["services"]:
                service_block(unit, s, 2, apart=True)
    return "\n".join(lines) + "\n", faults


def shortfalls() -> dict:
    """What evaluation rules should find in the standards (rejected standards excluded)."""
    result = {"no_standard": [], "missing_components": {}, "not_established": [], "unpublished": [],
              "few_media": [], "no_maklumat": [], "no_consultation": [], "review_overdue": [],
              "time_limit_text_only": [], "rejected_standard": []}
    for unit in UNITS:
        for s in unit["services"]:
            key = f"{unit['id']}/{s['id']}"
            if not s["standard"]:
                result["no_standard"].append(key)
                continue
            if s["fault"]:
                result["rejected_standard"].append(key)
                continue
            stated = set(component_texts(unit, s)) | {"dasar_hukum"}  # legal_basis is always given
            if s["days"] is not None:
                stated.add("jangka_waktu")
            if s["fee"] is not None:
                stated.add("biaya")
            missing = [c for c in ALL if c not in stated]
            if missing:
                result["missing_components"][key] = missing
            if not s["established"]:
                result["not_established"].append(key)
            if not s["published"]:
                result["unpublished"].append(key)
            elif len(s["places"]) < MIN_MEDIA:
                result["few_media"].append(key)
            if s["days"] is None:
                result["time_limit_text_only"].append(key)
            if not s["maklumat"]:
                result["no_maklumat"].append(key)
            if not s["consultation"]:
                result["no_consultation"].append(key)
            settled = [dt.date.fromisoformat(d) for d in (s["established"], s["reviewed"]) if d]
            if settled and max(settled).replace(year=max(settled).year + REVIEW_YEARS) < REVIEW_DATE:
                result["review_overdue"].append(key)
    return result


# --------------------------------------------------------------------------------------------
# Complaints

HEADER = ["no_tiket", "tanggal_laporan", "kanal", "klasifikasi", "kategori", "instansi_tujuan",
          "layanan", "tanggal_verifikasi", "tanggal_tindak_lanjut", "tanggal_selesai", "status",
          "ganti_rugi", "nama_pelapor", "no_hp", "nik", "email", "alamat", "judul"]
PERSONAL = ["nama_pelapor", "no_hp", "nik", "email", "alamat"]

CATEGORY = {"DISDUKCAPIL": "Kependudukan", "DPMPTSP": "Perizinan", "DINKES": "Kesehatan",
            "RSUD": "Kesehatan", "BAPENDA": "Perpajakan Daerah", "DISKOPUM": "Koperasi dan UMKM",
            "DINSOS": "Sosial", "DISHUB": "Perhubungan", "DISNAKER": "Ketenagakerjaan",
            "DISPUSIP": "Perpustakaan", "PKM-SUKAMAJU": "Kesehatan", "KEC-SUKAMAJU": "Pelayanan Kecamatan"}
# Complaints per unit per semester: busy, troubled units get more.
WEIGHT = {"DISDUKCAPIL": 9, "DPMPTSP": 5, "DINKES": 2, "RSUD": 9, "BAPENDA": 4, "DISKOPUM": 1,
          "DINSOS": 6, "DISHUB": 3, "DISNAKER": 2, "DISPUSIP": 1, "PKM-SUKAMAJU": 3, "KEC-SUKAMAJU": 2}
CHANNELS = [("Website", 8), ("SMS 1708", 2), ("Aplikasi Mobile", 4), ("Twitter", 1),
            ("WhatsApp", 5), ("Loket Pengaduan", 3), ("Kotak Saran", 1)]
CLASSES = [("Pengaduan", 14), ("Aspirasi", 4), ("Permintaan Informasi", 3)]
TITLES = ["Antrean terlalu lama", "Petugas tidak ada di loket", "Persyaratan berubah-ubah",
          "Biaya di luar ketentuan", "Produk belum selesai melewati jangka waktu",
          "Informasi layanan tidak jelas", "Fasilitas ruang tunggu rusak", "Aplikasi daring tidak bisa diakses",
          "Usul penambahan loket", "Pertanyaan jadwal layanan"]
FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Ayu", "Hendra", "Lestari", "Yusuf",
         "Putri", "Bambang", "Wulan", "Andi", "Ratna", "Fajar"]
LAST = ["Contoh", "Percobaan", "Sampel", "Fiktif", "Rekaan", "Uji"]
STREETS = ["Jl. Contoh", "Jl. Percobaan", "Jl. Sampel Raya", "Gg. Fiktif"]

SEMESTERS = {"2025-S2": (dt.date(2025, 7, 1), dt.date(2025, 12, 31), 140),
             "2026-S1": (dt.date(2026, 1, 1), dt.date(2026, 6, 30), 160)}
HOLIDAYS = {dt.date.fromisoformat(d) for d in [
    "2025-08-17", "2025-08-18", "2025-09-05", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19",
    "2026-03-20", "2026-03-23", "2026-03-24", "2026-04-03", "2026-05-01", "2026-05-14",
    "2026-05-15", "2026-05-27", "2026-05-28", "2026-06-01", "2026-06-16"]}

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def weighted(rng: random.Random, table) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def add_working_days(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in HOLIDAYS:
            n -= 1
    return day


def date_text(rng: random.Random, day: dt.date) -> str:
    """Exports mix ISO dates, dd/mm/yyyy and Indonesian month names."""
    form = rng.choices(["iso", "dmy", "long"], weights=[6, 3, 1])[0]
    if form == "iso":
        return day.isoformat()
    if form == "dmy":
        return day.strftime("%d/%m/%Y")
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def make_reporters(rng: random.Random, count: int) -> list[dict]:
    """Obviously fake people: region code 99 does not exist, e-mails end in .invalid."""
    people = []
    for i in range(count):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
        address = f"{rng.choice(STREETS)} No. {rng.randint(1, 99)}, RT {rng.randint(1, 9):02d}/RW {rng.randint(1, 5):02d}, Desa Percobaan"
        if i % 23 == 5:
            address = address.replace(", Desa", ",\nDesa")  # a line break inside the quoted field
        people.append({
            "nama_pelapor": name,
            "no_hp": f"0812-0000-{i:04d}" if i % 3 else f"+62 812 0000 {i:04d}",
            "nik": f"99{i:014d}",
            "email": f"pelapor.{i:04d}@contoh.invalid",
            "alamat": address,
        })
    return people


def status_of(rng: random.Random, received: dt.date, period: str) -> tuple[str, int]:
    """A LAPOR! label and how far the complaint got (0 received .. 3 finished)."""
    recent = received > (dt.date(2026, 5, 15) if period == "2026-S1" else dt.date(2025, 11, 30))
    table = ([("Perlu Verifikasi", 1), ("Menunggu Diproses OPD Terkait", 3),
              ("Sedang Diproses OPD Terkait", 4), ("Ditindaklanjuti oleh Instansi", 2),
              ("Selesai", 2)] if recent else
             [("Selesai", 10), ("Telah Diproses OPD Terkait", 4), ("Selesai Pengaduan", 2),
              ("Sedang Diproses OPD Terkait", 2), ("A2 Tunda", 1), ("Bukan Wewenang", 1),
              ("Diarsipkan", 1), ("Belum Terverifikasi", 1)])
    label = weighted(rng, table)
    stage = {"Perlu Verifikasi": 0, "Belum Terverifikasi": 0, "Menunggu Diproses OPD Terkait": 1,
             "A2 Tunda": 1, "Bukan Wewenang": 1, "Diarsipkan": 1,
             "Sedang Diproses OPD Terkait": 2, "Ditindaklanjuti oleh Instansi": 2}.get(label, 3)
    return label, stage


def complaint_rows(rng: random.Random) -> list[dict]:
    reporters = make_reporters(rng, 120)
    units = {u["id"]: u for u in UNITS}
    rows = []
    ticket = 5_300_000
    for period, (start, end, count) in SEMESTERS.items():
        days = [start + dt.timedelta(days=d) for d in range((end - start).days + 1)]
        workdays = [d for d in days if d.weekday() < 5 and d not in HOLIDAYS]
        drawn = []
        for _ in range(count):
            unit_id = rng.choices(list(WEIGHT), weights=list(WEIGHT.values()))[0]
            drawn.append((rng.choice(workdays), unit_id))
        drawn.sort()
        for received, unit_id in drawn:
            ticket += rng.randint(1, 40)
            unit = units[unit_id]
            svc = rng.choice(unit["services"])
            label, stage = status_of(rng, received, period)
            verified = add_working_days(received, rng.choice([0, 1, 1, 2, 3, 3, 5])) if stage >= 1 else None
            followed = add_working_days(verified, rng.randint(1, 8)) if stage >= 2 else None
            finished = add_working_days(followed, rng.randint(10, 14)) if stage >= 3 else None
            channel = weighted(rng, CHANNELS)
            anonymous = rng.random() < 0.12
            person = reporters[min(int(rng.paretovariate(1.3)) - 1, len(reporters) - 1) if rng.random() < 0.3
                               else rng.randrange(len(reporters))]
            category = CATEGORY[unit_id]
            compensation = ""
            if rng.random() < 0.03:
                category = "Permohonan Ganti Rugi"
            elif rng.random() < 0.04:
                compensation = "ya"
            elif rng.random() < 0.5:
                compensation = "tidak"
            unit_name = unit["name"]
            if rng.random() < 0.15:
                unit_name = unit["aliases"][0]
            elif rng.random() < 0.05:
                unit_name = unit["name"].upper()
            rows.append({
                "no_tiket": (f"#{ticket}" if rng.random() < 0.1 else str(ticket)),
                "tanggal_laporan": date_text(rng, received),
                "kanal": channel,
                "klasifikasi": weighted(rng, CLASSES),
                "kategori": category,
                "instansi_tujuan": unit_name,
                "layanan": "" if rng.random() < 0.15 else svc["name"],
                "tanggal_verifikasi": date_text(rng, verified) if verified else "",
                "tanggal_tindak_lanjut": date_text(rng, followed) if followed else "",
                "tanggal_selesai": date_text(rng, finished) if finished else "",
                "status": label,
                "ganti_rugi": compensation,
                **({k: "" for k in PERSONAL} if anonymous else person),
                "judul": rng.choice(TITLES),
                "_period": period, "_unit": unit_id, "_service": svc["id"],
                "_received": received.isoformat(), "_stage": stage, "_anonymous": anonymous,
            })
    return rows


# Deliberately bad rows: (position in the file as a fraction, kind, what changes).
BAD_ROWS = [
    (0.08, "unmapped_status", {"status": "Dikembalikan ke Pelapor"}),
    (0.21, "invalid_date", {"tanggal_laporan": "31/09/2025"}),
    (0.34, "unknown_unit_suggested", {"instansi_tujuan": "Dinas Kependudukan dan Catatan Sipil", "layanan": ""}),
    (0.47, "duplicate_id", {}),
    (0.58, "unknown_unit", {"instansi_tujuan": "Dinas Pendidikan", "layanan": "Mutasi Siswa"}),
    (0.66, "unknown_service", {"instansi_tujuan": "Dinas Perhubungan", "layanan": "Pembuatan SIM"}),
    (0.79, "date_before_received", {}),
    (0.90, "unmapped_status", {"status": "Menunggu Kelengkapan Data"}),
]

BAD_KINDS = {
    "unmapped_status": ("status", "record.unmapped-status", False),
    "invalid_date": ("tanggal_laporan", "record.invalid-date", False),
    "unknown_unit_suggested": ("instansi_tujuan", "record.unknown-unit", True),
    "duplicate_id": ("no_tiket", "record.duplicate-id", False),
    "unknown_unit": ("instansi_tujuan", "record.unknown-unit", True),
    "unknown_service": ("layanan", "record.unknown-service", True),
    "date_before_received": ("tanggal_selesai", "record.date-before-received", False),
}


# Shortfalls planted for the complaint rules (evaluate.rules), in 2026-S1 rows that stay valid:
# (rule, what the row shows, how to find the row, what changes). The random rows already hold
# late verifications, follow-ups and completions, holds, carry-overs, recurring complaints and
# compensation claims; these add what chance does not, with fixed ISO dates.
RULE_SHORTFALLS = [
    ("complaint.verification-late",
     "diterima Jumat 13 Maret 2026, diverifikasi Kamis 26 Maret: 4 hari kerja melewati Nyepi dan cuti bersama Idulfitri",
     lambda r, s: r["_received"] >= "2026-03-13",
     {"tanggal_laporan": "2026-03-13", "tanggal_verifikasi": "2026-03-26", "tanggal_tindak_lanjut": "2026-03-30",
      "tanggal_selesai": "2026-04-14", "status": "Selesai", "_received": "2026-03-13", "_stage": 3}),
    ("complaint.fee-where-free",
     "pengaduan Pungutan Liar tentang layanan yang standarnya tidak memungut biaya",
     lambda r, s: r["layanan"] and r["_stage"] == 3 and s["standard"] and not s["fault"] and s["fee"] == 0,
     {"klasifikasi": "Pengaduan", "kategori": "Pungutan Liar", "judul": "Biaya di luar ketentuan"}),
    ("complaint.time-beyond-standard",
     "pengaduan Waktu Pelayanan tentang layanan yang standarnya menetapkan jangka waktu dalam hari kerja",
     lambda r, s: r["layanan"] and r["_stage"] == 3 and s["standard"] and not s["fault"] and s["days"] is not None,
     {"klasifikasi": "Pengaduan", "kategori": "Waktu Pelayanan", "judul": "Produk belum selesai melewati jangka waktu"}),
]


def plant_rule_shortfalls(rows: list[dict], avoid: set[int]) -> None:
    """Changes the first suitable 2026-S1 row, not in `avoid`, for each planted shortfall and
    marks it `_planted` with the rule and what it shows."""
    services = {(u["id"], s["id"]): s for u in UNITS for s in u["services"]}
    taken = set(avoid)
    for rule, shows, suits, changes in RULE_SHORTFALLS:
        i = next(k for k, r in enumerate(rows)
                 if k not in taken and r["_period"] == "2026-S1" and r["ganti_rugi"] != "ya" and "ganti rugi" not in r["kategori"].lower()
                 and suits(r, services[(r["_unit"], r["_service"])]))
        taken.add(i)
        rows[i].update(changes)
        rows[i]["_planted"] = {"rule": rule, "shows": shows}


def csv_field(value: str) -> str:
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def complaints_csv() -> tuple[str, list[dict], list[dict]]:
    rng = random.Random(SEED)
    rows = complaint_rows(rng)
    n = len(rows)
    # Not the deliberately bad rows, nor the row whose ticket the duplicate copies.
    bad_positions = {int(round(frac * n)) for frac, _, _ in BAD_ROWS}
    plant_rule_shortfalls(rows, bad_positions | {int(round(frac * n)) - 7 for frac, kind, _ in BAD_ROWS if kind == "duplicate_id"})
    bad = []
    for frac, kind, changes in BAD_ROWS:
        i = int(round(frac * n))
        base = dict(rows[i])
        base.update(changes)
        if kind == "duplicate_id":
            base = dict(rows[i])
            base["no_tiket"] = rows[i - 7]["no_tiket"].lstrip("#")
        if kind == "date_before_received":
            received = dt.date.fromisoformat(base["_received"])
            base["tanggal_verifikasi"] = received.isoformat()
            base["tanggal_tindak_lanjut"] = add_working_days(received, 2).isoformat()
            base["tanggal_selesai"] = (received - dt.timedelta(days=3)).isoformat()
            base["status"] = "Selesai"
        if kind == "invalid_date":
            base["tanggal_verifikasi"] = base["tanggal_tindak_lanjut"] = base["tanggal_selesai"] = ""
            base["status"] = "Perlu Verifikasi"
        base["_bad"] = kind
        rows[i] = base
    out = io.StringIO()
    out.write(",".join(HEADER) + "\r\n")
    line = 2
    log = []
    for k, row in enumerate(rows):
        text = ",".join(csv_field(row[c]) for c in HEADER)
        entry = {"row": k + 2, "line": line, "row_data": row}
        log.append(entry)
        out.write(text + "\r\n")
        line += text.count("\n") + 1
    return out.getvalue(), log, rows


def complaints_expected(log: list[dict]) -> dict:
    rejected = []
    ids = {}
    for entry in log:
        row = entry["row_data"]
        key = row["no_tiket"].lstrip("#").lower()
        first = ids.setdefault(key, entry["row"])
        kind = row.get("_bad")
        if kind:
            column, code, needs_register = BAD_KINDS[kind]
            assert kind != "duplicate_id" or first != entry["row"]
            rejected.append({"row": entry["row"], "line": entry["line"], "kind": kind, "field": column,
                             "value": row[column] if kind not in ("duplicate_id",) else row["no_tiket"],
                             "code": code, "needs_register": needs_register})
        else:
            assert first == entry["row"], f"accidental duplicate ticket {key}"
    good = [e["row_data"] for e in log if not e["row_data"].get("_bad")]
    statuses = {}
    for row in good:
        statuses[row["status"]] = statuses.get(row["status"], 0) + 1
    with_register = len(rejected)
    without_register = sum(1 for r in rejected if not r["needs_register"])
    claims = sum(1 for r in good if r["ganti_rugi"] == "ya" or "ganti rugi" in r["kategori"].lower())
    return {
        "file": "pengaduan-lapor.csv",
        "records_read": len(log),
        "physical_lines": 1 + sum(1 + e["row_data"]["alamat"].count("\n") for e in log),
        "with_register": {"accepted": len(log) - with_register, "rejected": with_register},
        "without_register": {"accepted": len(log) - without_register, "rejected": without_register},
        "rejected_records": rejected,
        "accepted_by_period": {p: sum(1 for r in good if r["_period"] == p) for p in SEMESTERS},
        "status_labels": dict(sorted(statuses.items())),
        "compensation_claims": claims,
        "rule_shortfalls": [{"rule": e["row_data"]["_planted"]["rule"], "row": e["row"],
                             "ticket": e["row_data"]["no_tiket"].lstrip("#"), "shows": e["row_data"]["_planted"]["shows"]}
                            for e in log if e["row_data"].get("_planted") and not e["row_data"].get("_bad")],
        "anonymous": sum(1 for r in good if r["_anonymous"]),
        "distinct_reporters": len({r["nik"] for r in good if r["nik"]}),
    }


# --------------------------------------------------------------------------------------------
# Writing

def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def check_names_against_survey(root_dir: Path) -> None:
    exports = sorted((root_dir / "skm").glob("skm-*.csv"))
    if not exports:
        return
    seen = set()
    for path in exports:
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("opd") and row.get("layanan"):
                    seen.add((row["opd"], row["layanan"]))
    ours = {(u["name"], s["name"]) for u in UNITS for s in u["services"]}
    assert ours == seen, f"names differ from the survey exports: {sorted(ours ^ seen)}"


def generate(root_dir) -> None:
    root_dir = Path(root_dir)
    assert len(UNITS) == 12 and sum(len(u["services"]) for u in UNITS) == 34
    check_names_against_survey(root_dir)
    yaml, faults = standards_yaml()
    csv_text, log, _ = complaints_csv()
    units = len(UNITS)
    services = sum(len(u["services"]) for u in UNITS)
    standards = sum(1 for u in UNITS for s in u["services"] if s["standard"])
    expected = {
        "standards": {
            "file": "standar-pelayanan.yaml",
            "units": units, "services": services, "standards": standards,
            "records_read": units + services + standards,
            "accepted": units + services + standards - len(faults),
            "rejected": len(faults),
            "rejected_records": faults,
            "review": {"on": REVIEW_DATE.isoformat(), "interval_years": REVIEW_YEARS},
            "shortfalls": shortfalls(),
        },
        "complaints": complaints_expected(log),
    }
    write_text(root_dir / "standar-pelayanan.yaml", yaml)
    write_text(root_dir / "pengaduan-lapor.csv", csv_text)
    write_text(root_dir / "expected" / "standards-complaints.json",
               json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    write_text(root_dir / "README-standards-complaints.md", readme(expected))


def readme(expected: dict) -> str:
    st, co = expected["standards"], expected["complaints"]
    sf = st["shortfalls"]

    def keys(items):
        return ", ".join(f"`{k}`" for k in items) or "—"

    rejects_std = "\n".join(
        f"| {f['line']} | `{f['service']}` | `{f['field']}` | `{f['value']}` | `{f['code']}` |"
        for f in st["rejected_records"])
    rejects_co = "\n".join(
        f"| {r['row']} | {r['line']} | `{r['field']}` | `{r['value']}` | `{r['code']}` | {'ya / yes' if r['needs_register'] else '—'} |"
        for r in co["rejected_records"])
    missing = "\n".join(f"| `{k}` | {', '.join(v)} |" for k, v in sf["missing_components"].items())
    planted = "\n".join(f"| {p['row']} | {p['ticket']} | `{p['rule']}` | {p['shows']} |" for p in co["rule_shortfalls"])
    return f"""# Standar pelayanan dan pengaduan — Kabupaten Contoh

Dibuat oleh `samples/generators/standards_complaints.py` (deterministik, tanpa pustaka luar); jangan
disunting manual. Angka yang harus ditemukan importir ada di `expected/standards-complaints.json`.

## `standar-pelayanan.yaml` (untuk `import.standards`)

{st['units']} unit dan {st['services']} layanan (nama sama dengan ekspor SKM), {st['standards']} di antaranya punya
standar pelayanan. Setiap unit, layanan dan standar dihitung sebagai satu catatan:
{st['records_read']} dibaca, {st['accepted']} diterima, {st['rejected']} ditolak. Layanan Kecamatan Sukamaju
dicantumkan di `services:` tingkat atas dengan `unit: KEC-SUKAMAJU`; standar SLHS menulis
`components` sebagai daftar tanpa teks. Biaya ditulis sebagai angka (`0`) atau teks Rupiah (`"Rp 87.000"`).

Standar yang sengaja ditolak (layanannya tetap terdaftar):

| baris | layanan | kolom | nilai | kode |
|---|---|---|---|---|
{rejects_std}

Kekurangan yang sengaja dibuat untuk aturan evaluasi (diukur per {st['review']['on']}, tinjauan
setiap {st['review']['interval_years']} tahun):

- tanpa standar: {keys(sf['no_standard'])}
- belum ditetapkan (tanpa `established`): {keys(sf['not_established'])}
- tidak dipublikasikan: {keys(sf['unpublished'])}
- dipublikasikan di kurang dari {MIN_MEDIA} media: {keys(sf['few_media'])}
- tanpa maklumat: {keys(sf['no_maklumat'])}
- tanpa rujukan FKP: {keys(sf['no_consultation'])}
- tinjauan terlambat: {keys(sf['review_overdue'])}
- jangka waktu hanya berupa teks, tanpa `time_limit_days`: {keys(sf['time_limit_text_only'])}
- komponen yang tidak ada:

| layanan | komponen |
|---|---|
{missing}

Beberapa standar menyebut kelompok sasaran layanannya (`target_groups`); rujukan FKP-nya
(`consultation`) adalah id kegiatan dalam `partisipasi.csv`, tempat aturan partisipasi mencarinya.

## `pengaduan-lapor.csv` (untuk `import.complaints`)

{co['records_read']} pengaduan SP4N-LAPOR! dan kanal lokal, Juli 2025–Juni 2026, dengan label status LAPOR!
(semuanya ada di peta bawaan kecuali dua yang sengaja salah). Kolom: `no_tiket` (kadang diawali `#`),
`tanggal_laporan`, `kanal`, `klasifikasi`, `kategori`, `instansi_tujuan` (nama unit, kadang alias atau
huruf kapital), `layanan` (kadang kosong), `tanggal_verifikasi`, `tanggal_tindak_lanjut`,
`tanggal_selesai` (ISO, `dd/mm/yyyy` atau `12 Januari 2026`), `status`, `ganti_rugi` (`ya`/`tidak`/kosong;
kategori `Permohonan Ganti Rugi` juga menandai tuntutan), lalu **data pribadi rekaan**: `nama_pelapor`,
`no_hp`, `nik` (16 digit, kode wilayah 99 yang tidak ada), `email` (`@contoh.invalid`), `alamat`
(kadang berisi baris baru dalam tanda kutip), dan `judul`. Kolom pribadi kosong untuk pelapor anonim.
Akhir baris CRLF; {co['physical_lines']} baris fisik.

Baris yang sengaja ditolak (kolom terakhir: hanya bila ada `service-register`):

| rekaman | baris fisik | kolom | nilai | kode | perlu daftar |
|---|---|---|---|---|---|
{rejects_co}

Dengan daftar unit dan layanan: {co['with_register']['accepted']} diterima, {co['with_register']['rejected']} ditolak;
tanpa daftar: {co['without_register']['accepted']} diterima, {co['without_register']['rejected']} ditolak.
Tuntutan ganti rugi di antara yang diterima: {co['compensation_claims']}.

Kekurangan untuk aturan pengaduan (`evaluate.rules`, semester 2026-S1): baris acak sudah memuat
verifikasi, tindak lanjut dan penyelesaian yang terlambat, pengaduan tertunda, tunggakan dari 2025-S2,
pengaduan berulang dan tuntutan ganti rugi; baris berikut ditanam untuk yang tidak muncul secara acak:

| baris | tiket | aturan | isi |
|---|---|---|---|
{planted}

---

# Service standards and complaints — Kabupaten Contoh

Written by `samples/generators/standards_complaints.py` (deterministic, standard library only); do not
edit by hand. The figures an importer must find are in `expected/standards-complaints.json`.

## `standar-pelayanan.yaml` (for `import.standards`)

{st['units']} units and {st['services']} services (the names of the survey exports), {st['standards']} of them with a
service standard. Each unit, service and standard counts as one record: {st['records_read']} read,
{st['accepted']} accepted, {st['rejected']} rejected (the tables above give the lines). Kecamatan Sukamaju's services
are listed under the top-level `services:` with `unit: KEC-SUKAMAJU`; the SLHS standard writes its
`components` as a list without texts. Fees are numbers (`0`) or Rupiah text (`"Rp 87.000"`).

The deliberate shortfalls for evaluation rules (as of {st['review']['on']}, review every
{st['review']['interval_years']} years): services without a standard, not established, unpublished or published in
fewer than {MIN_MEDIA} media, without a maklumat, without an FKP reference, review overdue, a time limit in words only, and
missing components, as listed above. Some standards name the groups the service concerns (`target_groups`);
their FKP references are the ids of events in `partisipasi.csv`, where the rules on participation find them.

## `pengaduan-lapor.csv` (for `import.complaints`)

{co['records_read']} SP4N-LAPOR! and local-channel complaints, July 2025 to June 2026, with LAPOR! status labels
(all in the shipped map but the two deliberately wrong ones). Columns as above; the reporter columns
(`nama_pelapor`, `no_hp`, `nik`, `email`, `alamat`) hold **made-up personal data** (NIKs with the
non-existent region code 99, e-mails at `contoh.invalid`), empty for anonymous reporters; some addresses
hold a line break inside quotes. CRLF line ends; {co['physical_lines']} physical lines. The deliberately rejected rows
are in the table above (last column: rejected only when a `service-register` is imported). With the
register: {co['with_register']['accepted']} accepted, {co['with_register']['rejected']} rejected; without:
{co['without_register']['accepted']} accepted, {co['without_register']['rejected']} rejected.

For the complaint rules (`evaluate.rules`, 2026-S1) the random rows already hold late verifications,
follow-ups and completions, complaints on hold, complaints carried over from 2025-S2, recurring complaints
and compensation claims; the rows in the table above (Indonesian part) are planted for the rest: a
complaint verified across Nyepi and the Idulfitri cuti bersama, a fee complaint about a free service, and
a time complaint about a service whose standard sets a time limit.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="the region directory (default samples/kabupaten-contoh)")
    a = ap.parse_args(argv)
    out = a.out or Path(__file__).resolve().parent.parent / "kabupaten-contoh"
    generate(out)
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
