// Katalog pesan berkas instrumen PEKPPP dalam Bahasa Indonesia.

extension InstrumentMessage {
    public var indonesianText: String {
        switch self {
        case .invalidWeight(let value): "bobot '\(value)' bukan bilangan desimal"
        case .weightNotPositive(let value): "bobot harus lebih dari nol, bukan \(value)"
        case .indicatorWeightsNot100(let aspect, let sum): "jumlah bobot indikator aspek '\(aspect)' adalah \(sum.messageText), bukan 100"
        case .aspectWeightsNot100(let sum): "jumlah bobot aspek adalah \(sum.messageText), bukan 100"
        case .noAspects: "instrumen tidak memiliki aspek"
        case .noIndicators(let aspect): "aspek '\(aspect)' tidak memiliki indikator"
        case .duplicateAspect(let code, let firstLine): "kode aspek '\(code)' sudah dipakai di baris \(firstLine)"
        case .duplicateIndicator(let code, let firstLine): "kode indikator '\(code)' sudah dipakai di baris \(firstLine)"
        case .duplicateNumber(let number, let code, let firstLine):
            "nomor indikator \(number) sudah dipakai indikator '\(code)' di baris \(firstLine)"
        case .scoreOutsideScale(let score): "nilai '\(score)' di luar skala 0–5"
        case .scoresMissing(let indicator, let scores):
            "indikator '\(indicator)' tidak menjelaskan nilai \(scores.map(String.init).joined(separator: ", "))"
        case .noCategories: "instrumen tidak memiliki kategori indeks"
        case .invalidBound(let value): "batas kategori '\(value)' bukan bilangan desimal"
        case .boundOutsideScale(let value): "batas kategori \(value) di luar skala 0–5"
        case .boundsReversed(let grade): "batas bawah (`from`) kategori '\(grade)' lebih besar dari batas atasnya (`to`)"
        case .categoriesOverlap(let grade, let above): "kategori '\(grade)' tidak berada di bawah kategori '\(above)' di atasnya"
        case .topCategoryShort(let grade, let to): "kategori tertinggi '\(grade)' berakhir pada \(to.messageText), bukan 5"
        case .bottomCategoryShort(let grade, let from): "kategori terendah '\(grade)' dimulai pada \(from.messageText), bukan 0"
        case .duplicateGrade(let grade, let firstLine): "kategori '\(grade)' sudah ditulis di baris \(firstLine)"
        }
    }

    public var indonesianHint: String? {
        switch self {
        case .invalidWeight: "tulis bobot sebagai angka dengan titik desimal, misalnya 17 atau 12.5"
        case .weightNotPositive: "indikator tanpa bobot ditulis di bawah `supplementary`"
        case .indicatorWeightsNot100: "ubah bobot indikator aspek ini sampai jumlahnya tepat 100"
        case .aspectWeightsNot100: "ubah bobot aspek sampai jumlahnya tepat 100"
        case .noAspects: "tulis aspek di bawah `aspects`, masing-masing dengan indikatornya"
        case .noIndicators: "tulis indikator aspek ini di bawah `indicators`"
        case .duplicateAspect, .duplicateIndicator: "beri setiap aspek dan indikator kode yang berbeda"
        case .duplicateNumber: "beri setiap indikator nomor urut yang berbeda"
        case .scoreOutsideScale: "jelaskan nilai 0 sampai 5 saja"
        case .scoresMissing: "jelaskan setiap nilai 0 sampai 5 di bawah `scores`"
        case .noCategories: "tulis kategori dari A (tertinggi) sampai F (terendah) di bawah `categories`"
        case .invalidBound, .boundOutsideScale: "tulis batas sebagai angka 0 sampai 5 dengan titik desimal, misalnya 4.51"
        case .boundsReversed: "tukar `from` dan `to`"
        case .categoriesOverlap: "urutkan kategori dari yang tertinggi ke yang terendah, tanpa rentang yang bertumpuk"
        case .topCategoryShort: "kategori tertinggi harus berakhir pada 5.00"
        case .bottomCategoryShort: "kategori terendah harus dimulai pada 0.00"
        case .duplicateGrade: "beri setiap kategori kode yang berbeda"
        }
    }
}
