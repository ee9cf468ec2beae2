// Katalog pesan dan label lapisan inti dalam Bahasa Indonesia.

extension CoreMessage {
    public var indonesianText: String {
        switch self {
        case .schemeHasNoElements: "skema survei tidak memiliki unsur"
        case .schemeElementCodeEmpty(let position): "unsur ke-\(position) tidak memiliki kode"
        case .schemeDuplicateElementCode(let code): "kode unsur '\(code)' dipakai lebih dari sekali"
        case .schemeWeightCountMismatch(let elements, let weights):
            "skema memiliki \(elements) unsur tetapi \(weights) bobot; setiap unsur memerlukan tepat satu bobot"
        case .schemeNegativeWeight(let code, let weight): "bobot unsur '\(code)' negatif: \(weight.messageText)"
        case .schemeWeightsDoNotSumToOne(let sum): "jumlah bobot unsur adalah \(sum.messageText), bukan tepat 1"
        case .schemeAnswerRangeTooWide(let range, let limit):
            "rentang jawaban \(range.lowerBound)–\(range.upperBound) lebih lebar dari \(limit) nilai"
        case .schemeConversionFactorNotPositive(let factor): "faktor konversi harus lebih dari nol, bukan \(factor.messageText)"
        case .schemeHasNoGrades: "skema survei tidak memiliki pita mutu"
        case .schemeGradesNotDescending(let grade, let previousGrade):
            "nilai minimum mutu '\(grade)' tidak lebih rendah dari mutu '\(previousGrade)' di atasnya"
        case .schemeLowestGradeAboveLowestScore(let grade, let minimum, let lowestScore):
            "mutu terendah '\(grade)' dimulai pada \(minimum.messageText), sedangkan nilai terendah yang mungkin adalah \(lowestScore.messageText)"
        }
    }

    public var indonesianHint: String? {
        switch self {
        case .schemeHasNoElements: "daftarkan unsur survei, misalnya U1 sampai U9"
        case .schemeElementCodeEmpty: "beri setiap unsur kode seperti U1"
        case .schemeDuplicateElementCode: "beri setiap unsur kode yang berbeda"
        case .schemeWeightCountMismatch: "tulis satu bobot untuk setiap unsur, dengan urutan yang sama"
        case .schemeNegativeWeight: "bobot harus nol atau lebih"
        case .schemeWeightsDoNotSumToOne:
            "tulis bobot sebagai pecahan persis, misalnya 1/9, bukan 0.111 atau 0.11 yang dibulatkan"
        case .schemeAnswerRangeTooWide: "gunakan skala jawaban seperti 1 sampai 4"
        case .schemeConversionFactorNotPositive: "gunakan 25 untuk mengubah indeks 1–4 menjadi nilai 25–100"
        case .schemeHasNoGrades: "tambahkan pita mutu A, B, C dan D beserta nilai minimumnya"
        case .schemeGradesNotDescending: "urutkan pita mutu dari nilai minimum tertinggi ke terendah"
        case .schemeLowestGradeAboveLowestScore: "turunkan nilai minimum mutu terendah sampai nilai terendah yang mungkin"
        }
    }
}

extension CoreLabel {
    public var indonesianText: String {
        switch self {
        case .year(let year): "Tahun \(year)"
        case .semester(let index, let year): "Semester \(CoreLabel.roman(index)) \(year)"
        case .quarter(let index, let year): "Triwulan \(CoreLabel.roman(index)) \(year)"
        case .month(let month, let year): "\(CoreLabel.indonesianMonths[month - 1]) \(year)"
        }
    }

    static let indonesianMonths = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    static func roman(_ number: Int) -> String {
        ["I", "II", "III", "IV"][number - 1]
    }
}
