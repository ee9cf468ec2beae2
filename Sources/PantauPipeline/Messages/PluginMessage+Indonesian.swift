// Katalog pesan host plugin dalam Bahasa Indonesia.

extension PluginMessage {
    public var indonesianText: String {
        switch self {
        case .unsupportedProtocol(let found, let supported):
            "protokol plugin '\(found)' tidak didukung; Pantau ini memakai protokol \(supported)"
        case .invalidPluginName(let name): "'\(name)' bukan nama plugin yang sah"
        case .unknownKind(let kind, _, let produced, _):
            produced ? "plugin tidak dapat menghasilkan '\(kind)'" : "Pantau tidak dapat memberikan '\(kind)' kepada plugin"
        case .unknownOptionType(let type, _, _): "'\(type)' bukan jenis opsi"
        case .duplicateOption(let key, let firstLine): "opsi '\(key)' dideklarasikan dua kali (pertama di baris \(firstLine))"
        case .invalidOptionKey(let key): "'\(key)' bukan kunci opsi yang sah"
        case .requiredWithDefault(let key): "opsi '\(key)' wajib tetapi juga memiliki nilai bawaan"
        case .attributeNotForType(let attribute, let type): "'\(attribute)' tidak berlaku untuk opsi berjenis '\(type)'"
        case .choiceNeedsValues(let key): "opsi '\(key)' berjenis choice tanpa 'values'"
        case .elementTypeNeeded(let key, let type): "opsi '\(key)' berjenis '\(type)' memerlukan 'of', jenis elemennya"
        case .elementTypeNotScalar(let type): "'\(type)' tidak dapat menjadi jenis elemen; pakai jenis bernilai tunggal"
        case .defaultNotForType(let type): "opsi berjenis '\(type)' tidak dapat memiliki nilai bawaan"
        case .rangeEmpty(let min, let max): "'min' (\(min)) lebih besar dari 'max' (\(max))"
        case .programNotFound(let path): "program '\(path)' tidak ada"
        case .programNotExecutable(let path): "program '\(path)' tidak dapat dijalankan (bukan executable)"
        case .programNotOnPath(let name, let searched, _):
            "tidak ada program '\(name)' di \(searched.joined(separator: ":")), PATH tempat plugin dijalankan"
        case .directoryMissing(let path): "direktori plugin '\(path)' tidak ada"
        case .manifestMissing(let directory): "'\(directory)' tidak memiliki plugin.yaml"
        case .stageClash(let stage, let providers):
            "tahap '\(stage)' disediakan dua kali: oleh \(providers.map(\.indonesianName).joined(separator: " dan oleh "))"
        case .brokenPluginUsed(let stage, let manifest): "tahap '\(stage)' berasal dari plugin yang manifesnya bermasalah (\(manifest))"
        case .cannotPrepare(let reason): "direktori pribadi plugin tidak dapat disiapkan: \(reason)"
        case .cannotStart(let plugin, let program, let reason): "plugin '\(plugin)' tidak dapat dijalankan: '\(program)': \(reason)"
        case .notJSON(let plugin, let line, let error, let text):
            "plugin '\(plugin)' menulis baris yang bukan JSON (baris keluaran \(line), kolom \(error.column): \(error.problem.indonesianText)): \(text)"
        case .notAnObject(let plugin, let line, let text):
            "plugin '\(plugin)' menulis nilai JSON yang bukan objek pesan (baris keluaran \(line)): \(text)"
        case .unknownType(let plugin, let line, let type, _, let text):
            "plugin '\(plugin)' menulis pesan berjenis '\(type)' yang tidak dikenal (baris keluaran \(line)): \(text)"
        case .missingField(let plugin, let line, let type, let field, let text):
            "plugin '\(plugin)' menulis pesan '\(type)' tanpa '\(field)' (baris keluaran \(line)): \(text)"
        case .wrongFieldType(let plugin, let line, let field, let expected, let text):
            "plugin '\(plugin)' menulis '\(field)' yang bukan \(expected.indonesianText) (baris keluaran \(line)): \(text)"
        case .unknownField(let plugin, let line, let type, let field, _, let text):
            "plugin '\(plugin)' menulis pesan '\(type)' dengan bidang '\(field)' yang tidak dikenal (baris keluaran \(line)): \(text)"
        case .invalidValue(let plugin, let line, let field, let value, _, let text):
            "plugin '\(plugin)' menulis '\(value)' untuk '\(field)', yang bukan nilai yang diizinkan (baris keluaran \(line)): \(text)"
        case .wrongProtocol(let plugin, let line, let found, let supported, let text):
            "plugin '\(plugin)' memakai protokol \(found), padahal Pantau ini memakai protokol \(supported) (baris keluaran \(line)): \(text)"
        case .undeclaredKind(let plugin, let line, let kind, _, let text):
            "plugin '\(plugin)' menulis rekaman berjenis '\(kind)' yang tidak dideklarasikan manifesnya di 'produces' (baris keluaran \(line)): \(text)"
        case .artifactAbsolute(let plugin, let path): "plugin '\(plugin)' mengumumkan artefak dengan jalur absolut: '\(path)'"
        case .artifactEscapes(let plugin, let path): "plugin '\(plugin)' mengumumkan artefak di luar direktori keluarannya: '\(path)'"
        case .artifactInSubdirectory(let plugin, let path): "plugin '\(plugin)' mengumumkan artefak di dalam subdirektori: '\(path)'"
        case .artifactSymlink(let plugin, let path): "plugin '\(plugin)' mengumumkan artefak yang berupa tautan simbolik: '\(path)'"
        case .artifactMissing(let plugin, let path): "plugin '\(plugin)' mengumumkan artefak yang tidak ditulisnya: '\(path)'"
        case .artifactNotFile(let plugin, let path): "plugin '\(plugin)' mengumumkan artefak yang bukan berkas biasa: '\(path)'"
        case .artifactUnreadable(let plugin, let path, let reason): "artefak '\(path)' dari plugin '\(plugin)' tidak dapat dibaca: \(reason)"
        case .reportedError(let plugin, let message): "plugin '\(plugin)' melaporkan kesalahan: \(message)"
        case .exitStatus(let plugin, let status): "plugin '\(plugin)' berhenti dengan status \(status)"
        case .signalled(let plugin, let signal): "plugin '\(plugin)' dihentikan oleh sinyal \(Self.signalName(signal))"
        case .timedOut(let plugin, let seconds): "plugin '\(plugin)' tidak selesai dalam \(seconds) dtk dan dihentikan"
        case .outputTooLarge(let plugin, let limit):
            "plugin '\(plugin)' menulis lebih dari \(limit) bita ke keluaran standar dan dihentikan"
        case .stderrTail(let lines):
            "baris-baris terakhir plugin di standard error:\n" + lines.map { "    | \($0)" }.joined(separator: "\n")
        case .describeNotJSON(let plugin, let error?):
            "'\(plugin) --describe' tidak mencetak JSON (kolom \(error.column): \(error.problem.indonesianText))"
        case .describeNotJSON(let plugin, nil): "'\(plugin) --describe' tidak mencetak objek JSON"
        case .describeMissing(let plugin, let field): "'\(plugin) --describe' tidak mencetak '\(field)'"
        case .describeMismatch(let plugin, let field, let manifest, let program):
            "'\(field)' berbeda: manifes menyebut \(manifest), '\(plugin) --describe' menyebut \(program)"
        }
    }

    public var indonesianHint: String? {
        switch self {
        case .unsupportedProtocol(_, let supported): "tulis 'protocol: \(supported)' dan ikuti docs/plugin-protocol.md"
        case .invalidPluginName: "gunakan huruf kecil, angka, '-', '_' dan '.', diawali huruf atau angka"
        case .unknownKind(_, let allowed, _, let suggestion?):
            "mungkin maksud Anda '\(suggestion)'? Yang mungkin: \(Self.quoted(allowed.map(\.rawValue)))"
        case .unknownKind(_, let allowed, _, nil): "yang mungkin: \(Self.quoted(allowed.map(\.rawValue)))"
        case .unknownOptionType(_, let allowed, let suggestion?):
            "mungkin maksud Anda '\(suggestion)'? Jenis: \(allowed.joined(separator: ", "))"
        case .unknownOptionType(_, let allowed, nil): "jenis: \(allowed.joined(separator: ", "))"
        case .duplicateOption: "pertahankan salah satu deklarasi"
        case .invalidOptionKey: "gunakan huruf kecil, angka dan '_', diawali huruf"
        case .requiredWithDefault: "hapus 'required: true' atau nilai bawaannya"
        case .attributeNotForType: "hapus, atau ubah jenisnya"
        case .choiceNeedsValues: "tambahkan 'values: [a, b]'"
        case .elementTypeNeeded: "tambahkan misalnya 'of: string'"
        case .elementTypeNotScalar: "pakai string, integer, decimal, boolean, date, choice, path atau file-name"
        case .defaultNotForType: "hapus nilai bawaannya"
        case .rangeEmpty: "tukar keduanya"
        case .programNotFound: "jalur relatif dimulai dari direktori plugin; periksa jalurnya"
        case .programNotExecutable(let path): "jadikan executable: chmod +x \(path) (dan di git: git update-index --chmod=+x)"
        case .programNotOnPath(let name, _, true): "direktori plugin memiliki '\(name)': tulis './\(name)'"
        case .programNotOnPath: "pasang programnya, atau tulis jalur program relatif terhadap direktori plugin"
        case .directoryMissing: "periksa jalurnya; jalur di bawah 'plugins:' relatif terhadap berkas pipeline"
        case .manifestMissing: "setiap plugin memerlukan plugin.yaml; lihat plugins/README.md"
        case .stageClash: "beri tahap plugin itu id lain"
        case .brokenPluginUsed: "perbaiki manifesnya; 'pantau plugins check <direktori>' menampilkan semua masalah"
        case .cannotPrepare: "pastikan direktori sementara (TMPDIR) ada dan dapat ditulis"
        case .cannotStart: "periksa jalur program, izinnya, dan baris #!-nya"
        case .notJSON, .notAnObject:
            "plugin menulis satu pesan JSON per baris ke keluaran standar; tulis hal lain ke standard error"
        case .unknownType(_, _, _, let suggestion?, _): "mungkin maksud Anda '\(suggestion)'? Lihat docs/plugin-protocol.md"
        case .unknownType: "jenis pesan: record, finding, artifact, log, progress dan error"
        case .missingField, .wrongFieldType: "lihat docs/plugin-protocol.md untuk bidang setiap pesan"
        case .unknownField(_, _, _, _, let suggestion?, _): "mungkin maksud Anda '\(suggestion)'?"
        case .unknownField: "lihat docs/plugin-protocol.md untuk bidang setiap pesan"
        case .invalidValue(_, _, _, _, let allowed, _): "nilai yang diizinkan: \(allowed.joined(separator: ", "))"
        case .wrongProtocol: "perbarui plugin, atau 'protocol' di manifesnya, ke protokol yang dipakai Pantau ini"
        case .undeclaredKind(_, _, _, let declared, _) where declared.isEmpty: "deklarasikan di manifes di bawah 'produces'"
        case .undeclaredKind(_, _, _, let declared, _):
            "deklarasikan di manifes di bawah 'produces' (yang dideklarasikan: \(Self.quoted(declared.map(\.rawValue))))"
        case .artifactAbsolute, .artifactEscapes, .artifactInSubdirectory:
            "tulis berkas langsung di direktori keluaran yang disebut permintaan, dan umumkan dengan nama berkasnya"
        case .artifactSymlink: "tulis berkasnya sendiri, bukan tautan ke berkas itu"
        case .artifactMissing: "tulis berkasnya sebelum mengumumkannya"
        case .artifactNotFile: "umumkan berkas saja"
        case .artifactUnreadable: nil
        case .reportedError: nil
        case .exitStatus, .signalled: "standard error plugin, di bawah, mungkin menjelaskan sebabnya"
        case .timedOut: "naikkan 'limits: timeout_seconds' di manifes plugin bila plugin memerlukan waktu lebih lama"
        case .outputTooLarge: "naikkan 'limits: max_output_bytes' di manifes plugin, atau kirim data besar sebagai artefak"
        case .stderrTail: nil
        case .describeNotJSON, .describeMissing:
            "dengan --describe, plugin mencetak deskriptornya sebagai satu objek JSON lalu keluar dengan status 0 (docs/plugin-protocol.md)"
        case .describeMismatch: "samakan manifes dan programnya"
        }
    }
}

extension PluginMessage.StageProvider {
    var indonesianName: String {
        switch self {
        case .builtIn: "tahap bawaan Pantau"
        case .plugin(let name, let manifest): "plugin '\(name)' (\(manifest))"
        }
    }
}

extension JSONSyntaxError.Problem {
    var indonesianText: String {
        switch self {
        case .unexpectedEnd: "teks berakhir terlalu cepat"
        case .unexpectedCharacter(let character): "'\(character)' tidak diharapkan"
        case .invalidNumber: "bukan angka yang sah"
        case .invalidEscape: "urutan escape tidak sah"
        case .controlCharacterInString: "karakter kendali di dalam string"
        case .invalidUTF8: "bukan UTF-8 yang sah"
        case .trailingCharacters: "ada teks lain setelah nilai JSON"
        case .tooDeep(let limit): "bersarang lebih dalam dari \(limit) tingkat"
        }
    }
}

extension PluginMessage.Expectation {
    var indonesianText: String {
        switch self {
        case .string: "string"
        case .nonEmptyString: "string yang tidak kosong"
        case .object: "objek"
        case .nonNegativeInteger: "bilangan bulat 0 atau lebih"
        case .scalar: "string, angka atau boolean"
        }
    }
}
