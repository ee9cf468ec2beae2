// Katalog pesan tahap bawaan dalam Bahasa Indonesia.
import PantauYAML

extension StageMessage {
    public var indonesianText: String {
        switch self {
        case .answerOutOfRange(let value, let element, let range):
            "jawaban \(value) untuk \(element.text(.indonesian)) di luar rentang \(range.lowerBound)–\(range.upperBound)"
        case .answerNotInteger(let value, let element, let range):
            "jawaban '\(value)' untuk \(element.text(.indonesian)) bukan bilangan bulat \(range.lowerBound)–\(range.upperBound)"
        case .valueMissing(let field): "'\(field)' kosong"
        case .wrongFieldCount(let expected, let found): "baris ini memiliki \(found) kolom, sedangkan judul kolom berjumlah \(expected)"
        case .invalidDate(let value): "'\(value)' bukan tanggal yang sah"
        case .invalidCount(let value): "'\(value)' bukan jumlah orang (bilangan bulat)"
        case .invalidPeriod(let value): "'\(value)' bukan periode seperti 2026-S1"
        case .unknownUnit(let name, _): "unit '\(name)' tidak ada dalam daftar unit dan layanan"
        case .unknownService(let name, let unit, _): "layanan '\(name)' tidak terdaftar untuk '\(unit)'"
        case .duplicateID(let id, let firstRow): "id '\(id)' muncul lagi (pertama di baris \(firstRow))"
        case .invalidNumber(let value): "'\(value)' bukan angka"
        case .invalidChoice(let value, let allowed): "'\(value)' bukan salah satu dari \(allowed.joined(separator: ", "))"
        case .unclosedQuote: "tanda kutip dibuka di baris ini dan tidak pernah ditutup; baris ini dibaca sebagai satu catatan yang ditolak"
        case .textAfterQuote: "ada teks setelah tanda kutip penutup, sebelum pemisah berikutnya"
        case .invalidText: "baris ini berisi bita yang bukan teks UTF-8"
        case .duplicateColumn(let column, let positions): "judul kolom '\(column)' muncul lebih dari sekali (kolom \(positions.map(String.init).joined(separator: ", ")))"
        case .fileUnreadable(let file, let reason): "'\(file)' tidak dapat dibaca: \(reason)"
        case .fileEmpty(let file): "'\(file)' tidak memiliki baris judul kolom"
        case .columnMissing(let column, let file, _, _): "'\(file)' tidak memiliki kolom '\(column)'"
        case .unknownScheme(let id, _): "tidak ada skema survei '\(id)'"
        case .unknownColumnKey(let key, _, _): "'\(key)' bukan kolom catatan maupun unsur skema"
        case .elementNotMapped(let element, let name): "unsur \(element) (\(name)) belum dipetakan ke kolom"
        case .columnMappedTwice(let column, let first, let second): "kolom '\(column)' dipetakan ke \(first) sekaligus \(second)"
        case .undatedResponsesCounted(let count, let period): "\(count) jawaban tanpa tanggal dihitung dalam \(period)"
        case .mixedSchemes(let first, let second): "jawaban survei memakai dua skema, '\(first)' dan '\(second)', yang tidak dapat digabung"
        case .workbookNotXLSX(let file): "'\(file)' bernama seperti buku kerja Excel (.xlsx), tetapi bukan buku kerja Excel"
        case .workbookLegacyXLS(let file): "'\(file)' adalah buku kerja Excel 97–2003 (.xls) lama, bukan buku kerja .xlsx"
        case .workbookEncrypted(let file): "'\(file)' dilindungi kata sandi dan tidak dapat dibaca"
        case .workbookDamaged(let file): "'\(file)' rusak: bukan arsip .xlsx yang dapat dibaca"
        case .workbookPartMissing(let file, let part): "'\(file)' rusak: bagian '\(part)' tidak ada"
        case .workbookPartInvalid(let file, let part, let line): "'\(file)' rusak: bagian '\(part)' bukan XML yang sah (baris \(line))"
        case .unknownSheet(let file, let sheet, _, _): "'\(file)' tidak memiliki lembar '\(sheet)'"
        }
    }

    public var indonesianHint: String? {
        switch self {
        case .answerOutOfRange, .answerNotInteger: "perbaiki jawaban di berkas sumber, atau biarkan baris ini ditolak"
        case .valueMissing: "isi nilainya di berkas sumber"
        case .wrongFieldCount: "periksa pemisah yang tidak diberi tanda kutip di kolom teks; beri tanda kutip pada kolom seperti itu"
        case .invalidDate: "tulis tanggal sebagai YYYY-MM-DD, DD/MM/YYYY atau '12 Januari 2026'"
        case .invalidCount: "tulis angka saja, misalnya 1250"
        case .invalidPeriod: "tulis 2026, 2026-S1, 2026-Q3 atau 2026-03"
        case .unknownUnit(_, let suggestion?), .unknownService(_, _, let suggestion?): "mungkin maksud Anda '\(suggestion)'? Jika bukan, tambahkan ke daftar"
        case .unknownUnit, .unknownService: "tambahkan ke daftar (berkas standar pelayanan), atau perbaiki namanya"
        case .duplicateID: "beri setiap catatan id sendiri, atau hapus baris yang berulang"
        case .invalidNumber: "tulis angka seperti 1.234,5 atau 1234.5"
        case .invalidChoice: "gunakan salah satu nilai yang tercantum"
        case .unclosedQuote: "tutup tanda kutipnya, atau gandakan tanda kutip yang merupakan bagian teks (\"\")"
        case .textAfterQuote: "letakkan seluruh nilai di dalam tanda kutip"
        case .invalidText: "simpan berkas sebagai UTF-8"
        case .duplicateColumn: "ganti nama atau hapus salah satu kolom"
        case .fileUnreadable: "periksa jalur dan izin berkas"
        case .fileEmpty: "ekspor ulang berkas beserta baris judul kolomnya"
        case .columnMissing(_, _, let found, let suggestion?):
            "mungkin maksud Anda '\(suggestion)'? Kolom dalam berkas: \(found.joined(separator: ", "))"
        case .columnMissing(_, _, let found, nil): "kolom dalam berkas: \(found.joined(separator: ", "))"
        case .unknownScheme(_, let suggestion?): "mungkin maksud Anda '\(suggestion)'?"
        case .unknownScheme: "gunakan permenpan-14-2017 atau kepmenpan-25-2004"
        case .unknownColumnKey(_, let allowed, let suggestion):
            suggestion.map { "mungkin maksud Anda '\($0)'?" } ?? "gunakan salah satu dari: \(allowed.joined(separator: ", "))"
        case .elementNotMapped(let element, _):
            "tambahkan '\(element): <kolom>' di bawah columns; petakan unsur menurut maknanya, bukan urutannya (banyak aplikasi menanyakan Sarana sebagai Q8 dan Pengaduan sebagai Q9)"
        case .columnMappedTwice: "petakan setiap kolom ke satu bidang saja"
        case .undatedResponsesCounted: "petakan kolom tanggal di bawah columns, agar setiap jawaban dihitung pada periodenya sendiri"
        case .mixedSchemes: "evaluasi setiap skema dalam pipeline tersendiri"
        case .workbookNotXLSX: "simpan dari Excel sebagai 'Excel Workbook (*.xlsx)'; berkas CSV hendaknya berakhiran .csv"
        case .workbookLegacyXLS: "buka di Excel lalu simpan sebagai 'Excel Workbook (*.xlsx)', atau simpan lembarnya sebagai CSV"
        case .workbookEncrypted:
            "hapus kata sandinya di Excel (File › Info › Protect Workbook › Encrypt with Password, kosongkan) lalu simpan ulang buku kerja"
        case .workbookDamaged, .workbookPartMissing, .workbookPartInvalid: "buka di Excel lalu simpan ulang, atau ekspor ulang berkasnya"
        case .unknownSheet(_, _, let sheets, let suggestion?):
            "mungkin maksud Anda '\(suggestion)'? Lembar dalam buku kerja: \(sheets.joined(separator: ", "))"
        case .unknownSheet(_, _, let sheets, nil): "lembar dalam buku kerja: \(sheets.joined(separator: ", "))"
        }
    }
}
