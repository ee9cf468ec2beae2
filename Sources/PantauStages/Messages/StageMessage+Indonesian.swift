// Katalog pesan tahap bawaan dalam Bahasa Indonesia.
import PantauCore
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
        case .fromPlugin(let plugin, let reason): "plugin '\(plugin)': \(reason.indonesianText)"
        case .unknownWord(let value, let allowed, let suggestion):
            "'\(value)' bukan salah satu dari \(allowed.joined(separator: ", "))" + Self.indonesianSuggestion(suggestion)
        case .unknownStakeholderGroup(let name, let suggestion):
            "kelompok pemangku kepentingan '\(name)' tidak ada dalam kosakata kelompok" + Self.indonesianSuggestion(suggestion)
        case .adoptedExceedsReceived(let adopted, let received):
            "masukan yang diadopsi (\(adopted)) lebih banyak daripada masukan yang diterima (\(received))"
        case .invalidYear(let value): "'\(value)' bukan tahun seperti 2026"
        case .invalidFlag(let value): "'\(value)' bukan ya atau tidak"
        case .doneDateMissing: "statusnya selesai, tetapi tanggal selesai kosong"
        case .doneDateNotDone(let status): "ada tanggal selesai, tetapi statusnya '\(status)'"
        case .duplicateIDElsewhere(let id, let file, let row): "id '\(id)' muncul lagi (pertama di '\(file)', baris \(row))"
        case .duplicateName(let name, let unit, let firstRow): "'\(name)' sudah tercatat untuk '\(unit)' (baris \(firstRow))"
        case .unknownMeeting(let id, let suggestion): "tidak ada rapat dengan id '\(id)'" + Self.indonesianSuggestion(suggestion)
        case .meetingRejected(let id): "rapat '\(id)' ditolak, jadi tindak lanjutnya juga"
        case .unknownKey(let key, _, let suggestion): "kunci '\(key)' tidak dikenal" + Self.indonesianSuggestion(suggestion)
        case .wrongShape(let field, let expected): "'\(field)' harus berupa \(Self.indonesianShape(expected))"
        case .checkboxMissing: "tindak lanjut tidak diawali kotak status [ ], [~], [x] atau [-]"
        case .unknownSection(let heading, let suggestion):
            "judul bagian '\(heading)' tidak dikenal, sehingga isinya tidak terbaca" + Self.indonesianSuggestion(suggestion)
        case .frontMatterMissing(let file):
            "'\(file)' tidak diawali front matter (baris '---', data rapat dalam YAML, lalu '---')"
        case .frontMatterUnclosed(let file): "front matter '\(file)' yang dibuka di sini tidak ditutup dengan '---'"
        case .groupSpellingTwice(let spelling, let first, let second):
            "'\(spelling)' dipakai kelompok '\(first)' sekaligus kelompok '\(second)'"
        case .noStakeholderGroups: "'groups' tidak memuat satu kelompok pun"
        case .unknownComponent(let name, let suggestion?): "'\(name)' bukan salah satu dari 14 komponen standar pelayanan; mungkin maksud Anda '\(suggestion)'?"
        case .unknownComponent(let name, nil): "'\(name)' bukan salah satu dari 14 komponen standar pelayanan"
        case .negativeFee(let value): "biaya '\(value)' bernilai negatif"
        case .invalidWorkingDays(let value): "'\(value)' bukan jumlah hari kerja (bilangan bulat)"
        case .nameTaken(let name, let owner, let file?, let row): "'\(name)' sudah menjadi nama '\(owner)' (di '\(file)', baris \(row))"
        case .nameTaken(let name, let owner, nil, let row): "'\(name)' sudah menjadi nama '\(owner)' (baris \(row))"
        case .unitNameDiffers(let id, let name, let firstName, let firstRow):
            "unit '\(id)' di sini bernama '\(name)', tetapi '\(firstName)' di baris \(firstRow)"
        case .rejectedWithParent(let parent, let row): "tercantum di bawah '\(parent)' (baris \(row)) yang ditolak"
        case .unmappedStatus(let label, let known): "status '\(label)' tidak ada dalam peta status (label yang dikenal: \(known.joined(separator: ", ")))"
        case .dateBeforeReceived(let field, let value, let received): "'\(field)' \(value) lebih awal dari tanggal diterima, \(received)"
        case .personalColumnMapped(let column, let key): "kolom '\(column)' berisi data pribadi dan tidak dapat diimpor sebagai '\(key)'"
        case .reporterSaltTooShort(let minimum): "garam kunci pelapor kurang dari \(minimum) karakter"
        case .environmentVariableUnset(let name): "variabel lingkungan '\(name)' belum diisi"
        case .workbookNotXLSX(let file): "'\(file)' bernama seperti buku kerja Excel (.xlsx), tetapi bukan buku kerja Excel"
        case .workbookLegacyXLS(let file): "'\(file)' adalah buku kerja Excel 97–2003 (.xls) lama, bukan buku kerja .xlsx"
        case .workbookEncrypted(let file): "'\(file)' dilindungi kata sandi dan tidak dapat dibaca"
        case .workbookDamaged(let file): "'\(file)' rusak: bukan arsip .xlsx yang dapat dibaca"
        case .workbookPartMissing(let file, let part): "'\(file)' rusak: bagian '\(part)' tidak ada"
        case .workbookPartInvalid(let file, let part, let line): "'\(file)' rusak: bagian '\(part)' bukan XML yang sah (baris \(line))"
        case .unknownSheet(let file, let sheet, _, _): "'\(file)' tidak memiliki lembar '\(sheet)'"
        case .invalidAge(let value, let range): "usia '\(value)' bukan bilangan bulat tahun dari \(range.lowerBound) sampai \(range.upperBound)"
        case .unknownQuestion(let value, _): "pertanyaan '\(value)' tidak dipetakan ke unsur di bawah 'elements'"
        case .answerNotComplete(let status, let complete):
            "status jawaban '\(status)', bukan salah satu dari \(complete.joined(separator: ", ")): jawaban tidak dihitung"
        case .duplicateAnswer(let respondent, let element, let firstRow):
            "responden '\(respondent)' menjawab \(element.text(.indonesian)) lagi (pertama di baris \(firstRow))"
        case .respondentIncomplete(let respondent, let element): "responden '\(respondent)' tidak memiliki jawaban untuk \(element.text(.indonesian))"
        case .respondentNotInFile(let respondent, let file): "responden '\(respondent)' tidak ada di '\(file)'"
        case .respondentRowRejected(let respondent, let file, let row): "baris responden '\(respondent)' di '\(file)' (baris \(row)) ditolak"
        case .respondentRejected(let respondent, let row): "ditolak bersama jawaban lain responden '\(respondent)' (lihat baris \(row))"
        case .respondentFieldDiffers(let respondent, let firstRow):
            "nilainya berbeda dengan baris jawaban pertama responden '\(respondent)' (baris \(firstRow))"
        case .unknownUnitID(let id, let suggestion): "id unit '\(id)' tidak ada di bawah 'units'" + Self.indonesianSuggestion(suggestion)
        case .surveyColumnNeverImported(let column, let key):
            "kolom '\(column)' berisi teks bebas atau data pribadi dan tidak dapat diimpor sebagai '\(key)'"
        case .longLayoutOnly(let key): "'\(key)' hanya berlaku untuk format panjang (layout: long)"
        case .elementInLongColumns(let key): "dalam format panjang, unsur \(key) dipetakan di bawah 'elements', bukan 'columns'"
        case .elementWithoutQuestion(let element, let name): "unsur \(element) (\(name)) tidak memiliki pertanyaan di bawah 'elements'"
        case .unknownElement(let code, _): "'\(code)' bukan unsur skema survei"
        case .fieldMappedInBoth(let field): "'\(field)' dipetakan di bawah 'columns' sekaligus di bawah 'respondents'"
        case .completeStatusWithoutColumn: "'complete_status' diisi tetapi tidak ada kolom 'status' yang dipetakan di bawah 'columns'"
        case .unknownIndicator(let code, let suggestion): "indikator '\(code)' tidak ada dalam instrumen\(Self.indonesianSuggestion(suggestion))"
        case .invalidIndexScore(let value): "nilai '\(value)' bukan bilangan bulat 0 sampai 5"
        case .duplicateIndexScore(let unit, let indicator, let firstRow):
            "indikator '\(indicator)' untuk '\(unit)' sudah dinilai di baris \(firstRow)"
        case .instrumentNotFound(let name, let builtIn):
            "instrumen '\(name)' bukan instrumen bawaan (\(builtIn.joined(separator: ", "))) dan bukan berkas yang ada"
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
        case .fromPlugin(_, let reason): reason.indonesianHint
        case .unknownWord: "gunakan salah satu nilai yang tercantum"
        case .unknownStakeholderGroup: "perbaiki namanya, atau tambahkan kelompok itu di 'groups' tahap ini"
        case .adoptedExceedsReceived: "periksa kedua angka; masukan yang diadopsi adalah bagian dari masukan yang diterima"
        case .invalidYear: "tulis tahun dengan empat angka"
        case .invalidFlag: "tulis ya atau tidak (juga terbaca: y/t, yes/no, 1/0)"
        case .doneDateMissing: "isi tanggal selesai; kecepatan tindak lanjut dinilai dari tanggal itu"
        case .doneDateNotDone: "ubah status menjadi selesai, atau kosongkan tanggal selesai"
        case .duplicateIDElsewhere: "beri setiap catatan id sendiri, atau hapus catatan yang berulang"
        case .duplicateName: "hapus baris yang berulang, atau bedakan namanya"
        case .unknownMeeting: "id rapat adalah kunci 'id' di front matter notulennya, atau nama berkasnya tanpa .md"
        case .meetingRejected: "perbaiki masalah rapat itu sendiri (lihat penolakan lain untuk berkasnya)"
        case .unknownKey(_, let allowed, _): "kunci yang dikenal: \(allowed.joined(separator: ", "))"
        case .wrongShape: "lihat contoh di docs/records-meetings-participation.md"
        case .checkboxMissing:
            "tulis '- [ ] OPD: tindakan (batas: 2026-08-31)'; [ ] terbuka, [~] berjalan, [x] selesai, [-] dibatalkan"
        case .unknownSection: "bagian yang dibaca: Agenda, Keputusan (Decisions), Tindak Lanjut (Action items)"
        case .frontMatterMissing: "mulai berkas dengan '---' di baris pertama; lihat docs/records-meetings-participation.md"
        case .frontMatterUnclosed: "tambahkan baris '---' setelah data rapat"
        case .groupSpellingTwice: "setiap nama atau alias hanya boleh menunjuk satu kelompok"
        case .noStakeholderGroups: "hapus 'groups' untuk memakai kosakata bawaan, atau sebutkan kelompoknya"
        case .unknownComponent: "sebut salah satu dari: \(StandardComponent.allCases.map(\.key).joined(separator: ", ")) (atau kunci Inggrisnya)"
        case .negativeFee: "tulis 0 untuk layanan gratis"
        case .invalidWorkingDays: "tulis jumlah hari kerja, misalnya 14; uraikan batas waktu lain di komponen jangka_waktu"
        case .nameTaken: "nama, id dan alias harus membedakan unit (dan layanan dalam satu unit); ganti atau hapus salah satunya"
        case .unitNameDiffers: "tulis nama unit dengan cara yang sama di setiap baris, atau beri unit-unit itu id berbeda"
        case .rejectedWithParent: "perbaiki entri tempat ia tercantum"
        case .unmappedStatus: "tambahkan label itu di bawah status_map pada 'with' tahap ini, dipetakan ke status seperti tindak_lanjut"
        case .dateBeforeReceived: "periksa kedua tanggal di berkas sumber"
        case .personalColumnMapped: "data pribadi (nama, nomor telepon, NIK, e-mail, alamat) tidak pernah diimpor; petakan kolom lain, atau perbaiki personal_columns"
        case .reporterSaltTooShort: "gunakan rahasia acak yang panjang dan sama di setiap proses, agar kunci pelapor tetap"
        case .environmentVariableUnset: "isi variabel itu sebelum menjalankan Pantau, atau tulis garamnya di pipeline"
        case .workbookNotXLSX: "simpan dari Excel sebagai 'Excel Workbook (*.xlsx)'; berkas CSV hendaknya berakhiran .csv"
        case .workbookLegacyXLS: "buka di Excel lalu simpan sebagai 'Excel Workbook (*.xlsx)', atau simpan lembarnya sebagai CSV"
        case .workbookEncrypted:
            "hapus kata sandinya di Excel (File › Info › Protect Workbook › Encrypt with Password, kosongkan) lalu simpan ulang buku kerja"
        case .workbookDamaged, .workbookPartMissing, .workbookPartInvalid: "buka di Excel lalu simpan ulang, atau ekspor ulang berkasnya"
        case .unknownSheet(_, _, let sheets, let suggestion?):
            "mungkin maksud Anda '\(suggestion)'? Lembar dalam buku kerja: \(sheets.joined(separator: ", "))"
        case .unknownSheet(_, _, let sheets, nil): "lembar dalam buku kerja: \(sheets.joined(separator: ", "))"
        case .invalidAge: "tulis usia dalam tahun, misalnya 35; kosongkan bila tidak diisi"
        case .unknownQuestion(_, let known):
            "tambahkan di bawah 'elements' beserta unsur yang ditanyakannya (pertanyaan yang dipetakan: \(known.joined(separator: ", ")))"
        case .answerNotComplete: "hanya jawaban lengkap yang dihitung; cantumkan nilai status lain yang berarti lengkap di 'complete_status'"
        case .duplicateAnswer: "setiap responden menjawab setiap unsur sekali: hapus pengisian yang berulang di berkas sumber"
        case .respondentIncomplete: "setiap responden harus menjawab semua unsur; ekspor jawaban yang hilang, atau biarkan responden ini ditolak"
        case .respondentNotInFile: "tambahkan baris responden ke berkas responden, atau perbaiki id-nya"
        case .respondentRowRejected: "perbaiki baris itu (lihat penolakannya sendiri)"
        case .respondentRejected: "perbaiki masalah yang dilaporkan pada baris itu"
        case .respondentFieldDiffers: "baris-baris satu responden harus sama unit, layanan, tanggal dan profilnya: perbaiki berkas sumber"
        case .unknownUnitID: "tambahkan id dan nama unitnya di bawah 'units'"
        case .surveyColumnNeverImported: "saran dan data pribadi (nama, nomor telepon, NIK, e-mail) tidak pernah diimpor; petakan kolom lain"
        case .longLayoutOnly: "tambahkan 'layout: long', atau hapus kunci ini"
        case .elementInLongColumns(let key): "tulis id pertanyaan dan unsurnya di bawah 'elements', misalnya '\"1\": \(key)'"
        case .elementWithoutQuestion(let element, _):
            "tambahkan '<id pertanyaan>: \(element)' di bawah 'elements'; petakan menurut makna pertanyaan, bukan urutannya (banyak aplikasi menanyakan Sarana sebagai Q8 dan Pengaduan sebagai Q9)"
        case .unknownElement(_, let suggestion?): "mungkin maksud Anda '\(suggestion)'?"
        case .unknownElement: "gunakan kode unsur skema, seperti U1 … U9"
        case .fieldMappedInBoth: "petakan setiap bidang di satu berkas saja"
        case .completeStatusWithoutColumn: "tambahkan 'status: <kolom>' di bawah columns, atau hapus complete_status"
        case .unknownIndicator: "tulis kode indikator seperti 1.a.Ak, atau nomornya (1 sampai 31)"
        case .invalidIndexScore: "tulis nilai sesuai uraian instrumen: 0, 1, 2, 3, 4 atau 5"
        case .duplicateIndexScore: "satu unit satu nilai per indikator: hapus atau gabungkan baris yang berulang"
        case .instrumentNotFound: "tulis id instrumen bawaan, atau jalur berkas instrumen relatif terhadap berkas pipeline"
        }
    }
}

extension StageMessage {
    /// What a front-matter value must be, in words.
    static func indonesianShape(_ kind: Node.Kind) -> String {
        switch kind {
        case .scalar: "teks"
        case .sequence: "daftar (baris diawali '- ')"
        case .mapping: "pasangan 'kunci: nilai'"
        case .null: "kosong"
        }
    }

    /// The closest known name, added to a reason so that the rejects file shows it.
    static func indonesianSuggestion(_ suggestion: String?) -> String {
        suggestion.map { "; mungkin maksud Anda '\($0)'?" } ?? ""
    }
}
