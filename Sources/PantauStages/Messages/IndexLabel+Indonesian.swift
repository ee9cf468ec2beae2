// Kata-kata bagian indeks pelayanan publik (PEKPPP) dalam laporan, dalam Bahasa Indonesia.
import PantauCore

extension IndexLabel {
    var indonesian: String {
        switch self {
        case .title: "Indeks Pelayanan Publik (PEKPPP)"
        case .instrument: "Instrumen"
        case .ipp: "IPP"
        case .category: "Kategori"
        case .status: "Status"
        case .covered: "Bobot dinilai"
        case .possibleRange: "IPP yang masih mungkin"
        case .missingIndicators: "Indikator tanpa nilai"
        case .rankingTitle: "Peringkat"
        case .unrankedTitle: "Belum lengkap (tidak diperingkat)"
        case .detailsTitle: "Nilai per indikator"
        case .methodTitle: "Metode indeks"
        case .noUnits: "Tidak ada unit yang dinilai."
        case .indicator: "Indikator"
        case .weight: "Bobot"
        case .score: "Nilai"
        case .origin: "Dipakai"
        case .fromRecords: "Dari catatan"
        case .fromAssessor: "Dari penilai"
        case .basis: "Dasar"
        case .originAssessor: "penilai"
        case .originRecords: "catatan"
        case .statusText(let status):
            switch status {
            case .complete: "lengkap"
            case .incomplete: "belum lengkap"
            case .zeroFilled: "nilai kosong dihitung 0"
            case .reweighted: "bobot disesuaikan"
            }
        case .missingRule(let missing):
            switch missing {
            case .incomplete:
                "Indikator tanpa nilai tidak dianggap nol: unit yang belum lengkap tidak diberi IPP dan tidak diperingkat; ditampilkan porsi bobot yang sudah dinilai dan rentang IPP yang masih mungkin (semua nilai kosong 0 sampai semua 5)."
            case .zero:
                "Indikator tanpa nilai dihitung 0 (`missing: zero`); unit seperti itu diberi tanda pada kolom status."
            case .reweight:
                "Indikator tanpa nilai tidak dihitung dan bobot indikator lain diperbesar untuk mengisi tempatnya (`missing: reweight`); unit seperti itu diberi tanda pada kolom status."
            }
        case .bandsRule(let reading):
            switch reading {
            case .higher: "IPP di antara dua batas kategori tercetak masuk kategori di atasnya begitu melewati batas atas kategori di bawah: 4,50 = A-, 4,501 = A (`between_bands: higher`)."
            case .lower: "IPP di antara dua batas kategori tercetak baru masuk kategori di atasnya bila mencapai batas bawah tercetaknya: 4,505 = A-, 4,51 = A (`between_bands: lower`)."
            case .rounded: "IPP dibulatkan ke dua desimal sebelum dibandingkan dengan batas kategori: 4,505 → 4,51 = A, 4,5049 → 4,50 = A- (`between_bands: rounded`)."
            }
        case .preferRule(let prefer):
            switch prefer {
            case .assessor: "Bila penilai dan catatan sama-sama memberi nilai, nilai penilai yang dihitung; keduanya ditampilkan."
            case .records: "Bila penilai dan catatan sama-sama memberi nilai, nilai dari catatan yang dihitung; keduanya ditampilkan."
            }
        case .method(let categories):
            "Setiap indikator dinilai 0–5. Nilai aspek = Σ (nilai indikator × bobot indikator) ÷ Σ bobot indikator aspek itu; IPP = Σ (nilai aspek × bobot aspek) ÷ 100. Semua dihitung eksak; IPP ditampilkan dengan dua desimal, atau empat bila dua desimal akan terbaca sebagai kategori lain. Kategori: \(categories). Peringkat: IPP sama berbagi peringkat (1, 2, 2, 4), diurutkan menurut nama."
        case .notImported(let kinds): "Catatan yang tidak diimpor pipeline ini, sehingga indikator yang dapat dinilai darinya hanya dinilai penilai: \(kinds)."
        case .andMore(let count): "dan \(count) lainnya"
        case .note: "catatan"
        case .evidence: "bukti"
        case .records: "catatan"
        }
    }
}
