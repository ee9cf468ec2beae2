// Katalog pesan lapisan YAML dalam Bahasa Indonesia.

extension YAMLMessage {
    /// Kata sebelum saran pada diagnostik yang ditampilkan: `saran: …`.
    static let indonesianHintLabel = "saran"

    public var indonesianText: String {
        switch self {
        case .fileUnreadable(let path, let reason): "berkas '\(path)' tidak dapat dibaca: \(reason)"
        case .invalidEncoding(let detail): "berkas bukan teks UTF-8 yang sah (\(detail))"
        case .syntax(let problem, let context):
            if let context { "kesalahan sintaks YAML: \(problem) (\(context))" } else { "kesalahan sintaks YAML: \(problem)" }
        case .multipleDocuments: "berkas berisi lebih dari satu dokumen YAML"
        case .emptyDocument: "berkas kosong"
        case .duplicateKey(let key, let firstLine): "kunci '\(key)' muncul dua kali dalam pemetaan ini (pertama di baris \(firstLine))"
        case .complexKey: "kunci pemetaan harus berupa teks biasa, bukan daftar atau pemetaan"
        case .undefinedAlias(let name): "alias '*\(name)' merujuk ke jangkar '&\(name)' yang belum didefinisikan sebelumnya"
        case .aliasBudgetExceeded(let limit):
            "alias mengembangkan dokumen ini melebihi \(limit) simpul; ini tampak seperti bom alias dan ditolak"
        case .nestingTooDeep(let limit): "dokumen bersarang lebih dalam dari \(limit) tingkat"
        case .mergeNeedsMapping: "kunci gabung '<<' memerlukan pemetaan atau daftar pemetaan"
        case .expectedKind(let expected, let found): "seharusnya \(expected.indonesianName), ditemukan \(found.indonesianName)"
        case .invalidInteger(let value): "'\(value)' bukan bilangan bulat"
        case .integerOutOfRange(let value, let range):
            "\(value) di luar rentang; harus antara \(range.lowerBound) dan \(range.upperBound)"
        case .invalidDecimal(let value): "'\(value)' bukan angka"
        case .invalidBool(let value): "'\(value)' bukan true atau false"
        case .invalidDate(let value): "'\(value)' bukan tanggal berbentuk YYYY-MM-DD"
        case .invalidChoice(let value, _, _): "'\(value)' bukan salah satu nilai yang diizinkan"
        case .missingKey(let key, let context): "\(context.text(.indonesian)) tidak memiliki kunci wajib '\(key)'"
        case .unknownKey(let key, let context, _, _): "kunci '\(key)' tidak dikenal di \(context.text(.indonesian))"
        case .emptyValue: "nilainya kosong"
        case .unexpected(let detail): "kesalahan internal tak terduga: \(detail)"
        }
    }

    public var indonesianHint: String? {
        switch self {
        case .fileUnreadable: "periksa jalur berkas dan pastikan berkas dapat dibaca"
        case .invalidEncoding: "simpan berkas sebagai UTF-8 (di kebanyakan editor: Save As, encoding UTF-8)"
        case .syntax: "periksa indentasi (spasi, bukan tab), titik dua setelah kunci, serta pasangan tanda kutip dan kurung"
        case .multipleDocuments: "hapus pemisah '---' dan simpan satu dokumen per berkas"
        case .emptyDocument: "isi berkas ini, atau rujuk berkas lain"
        case .duplicateKey: "pertahankan salah satu entri dan hapus yang lain"
        case .complexKey: "tulis kunci sebagai teks biasa"
        case .undefinedAlias(let name): "definisikan '&\(name)' pada simpul di atas alias ini, atau perbaiki nama aliasnya"
        case .aliasBudgetExceeded: "tulis isinya secara langsung tanpa alias bersarang"
        case .nestingTooDeep: "ratakan struktur dokumen"
        case .mergeNeedsMapping: "gunakan '<<: *jangkar' dengan jangkar yang menamai sebuah pemetaan"
        case .expectedKind(let expected, _): "tulis \(expected.indonesianName) di sini"
        case .invalidInteger: "tulis angka saja, misalnya 12"
        case .integerOutOfRange: nil
        case .invalidDecimal: "tulis angka seperti 76.61"
        case .invalidBool: "tulis true atau false"
        case .invalidDate: "tulis tanggal sebagai YYYY-MM-DD, misalnya 2026-07-01"
        case .invalidChoice(_, let allowed, let suggestion):
            if let suggestion {
                "mungkin maksud Anda '\(suggestion)'? Nilai yang diizinkan: \(allowed.joined(separator: ", "))"
            } else {
                "nilai yang diizinkan: \(allowed.joined(separator: ", "))"
            }
        case .missingKey(let key, _): "tambahkan '\(key):' beserta nilainya"
        case .unknownKey(_, _, let suggestion, let allowed):
            if let suggestion {
                "mungkin maksud Anda '\(suggestion)'?"
            } else {
                "kunci yang sah: \(allowed.joined(separator: ", "))"
            }
        case .emptyValue: "tulis nilai setelah titik dua"
        case .unexpected: "mohon laporkan ini beserta berkas penyebabnya"
        }
    }
}

extension Node.Kind {
    var indonesianName: String {
        switch self {
        case .scalar: "satu nilai"
        case .sequence: "daftar"
        case .mapping: "pemetaan (kunci: nilai)"
        case .null: "kosong"
        }
    }
}
