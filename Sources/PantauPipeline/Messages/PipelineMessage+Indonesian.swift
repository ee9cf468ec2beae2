// Katalog pesan mesin pipeline dalam Bahasa Indonesia.

extension PipelineMessage {
    public var indonesianText: String {
        switch self {
        case .unsupportedVersion(let found, let supported): "versi pipeline '\(found)' tidak didukung; Pantau ini membaca versi \(supported)"
        case .noStages: "pipeline tidak memiliki tahap"
        case .invalidStageID(let id): "'\(id)' bukan id tahap yang sah"
        case .duplicateStageID(let id, let firstLine): "id tahap '\(id)' dipakai dua kali (pertama di baris \(firstLine))"
        case .unknownStage(let uses, _): "tidak ada tahap bernama '\(uses)'"
        case .unknownNeed(let need, let stage, _): "tahap '\(stage)' membutuhkan '\(need)', tetapi tidak ada tahap dengan id itu"
        case .needsItself(let stage): "tahap '\(stage)' mencantumkan dirinya sendiri di needs"
        case .cycle(let path): "tahap-tahap ini saling menunggu secara melingkar: \(path.joined(separator: " → "))"
        case .missingProducer(let stage, let kind, _): "tahap '\(stage)' memakai '\(kind)', tetapi tidak ada tahap dalam pipeline ini yang menghasilkannya"
        case .unknownPlaceholder(let name, _): "penanda '{\(name)}' tidak dikenal"
        case .missingPeriod: "periode belum ditentukan"
        case .invalidPeriod(let value): "'\(value)' bukan periode"
        case .noInputFile(let pattern): "tidak ada berkas di '\(pattern)'"
        case .invalidFileName(let value): "'\(value)' bukan nama berkas biasa"
        case .outputCannotCreate(let path, let reason): "direktori keluaran '\(path)' tidak dapat dibuat: \(reason)"
        case .outputCannotWrite(let path, let reason): "'\(path)' tidak dapat ditulis: \(reason)"
        case .outputInvalidName(let name): "'\(name)' bukan nama berkas keluaran yang sah"
        case .calendarDateOutsideYear(let date, let year): "\(date) tidak berada di tahun \(year), tahun kalender ini"
        case .calendarDateTwice(let date, let firstLine): "\(date) tercantum dua kali (pertama di baris \(firstLine))"
        case .outputWrittenTwice(let name): "dua tahap menulis berkas keluaran yang sama '\(name)'"
        case .stageFailed(let stage, let uses): "tahap '\(stage)' (\(uses)) gagal"
        case .stageSkipped(let stage, let dependency): "tahap '\(stage)' tidak dijalankan karena '\(dependency)' gagal"
        case .unexpectedError(let detail): "kesalahan tak terduga: \(detail)"
        }
    }

    public var indonesianHint: String? {
        switch self {
        case .unsupportedVersion(_, let supported): "tulis 'version: \(supported)'"
        case .noStages: "tambahkan daftar 'stages:'; 'pantau stages' menampilkan tahap yang tersedia"
        case .invalidStageID: "gunakan huruf kecil, angka, '-', '_' dan '.', diawali huruf"
        case .duplicateStageID: "beri setiap tahap id sendiri"
        case .unknownStage(_, let suggestion?): "mungkin maksud Anda '\(suggestion)'? 'pantau stages' menampilkan semua tahap"
        case .unknownStage: "'pantau stages' menampilkan semua tahap"
        case .unknownNeed(_, _, let suggestion?): "mungkin maksud Anda '\(suggestion)'?"
        case .unknownNeed: "tulis id tahap yang ada di pipeline ini"
        case .needsItself: "hapus dari daftar needs-nya sendiri"
        case .cycle: "hapus salah satu needs ini agar tahap dapat berjalan berurutan"
        case .missingProducer(_, let kind, let candidates) where !candidates.isEmpty:
            "tambahkan tahap yang menghasilkan '\(kind)', misalnya \(candidates.map { "'\($0)'" }.joined(separator: ", "))"
        case .missingProducer(_, let kind, _): "tambahkan tahap yang menghasilkan '\(kind)'"
        case .unknownPlaceholder(_, let allowed): "penanda yang dapat dipakai: \(allowed.map { "{\($0)}" }.joined(separator: ", "))"
        case .missingPeriod: "tulis 'period: 2026-S1' di pipeline atau berikan --period 2026-S1"
        case .invalidPeriod:
            "tulis tahun (2026), semester (2026-S1), triwulan (2026-Q3), bulan (2026-03) atau previous-quarter / previous-semester / previous-year"
        case .noInputFile: "periksa jalurnya; jalur relatif dimulai dari direktori berkas pipeline"
        case .invalidFileName: "tulis nama berkas saja, misalnya laporan.md, tanpa direktori"
        case .outputCannotCreate, .outputCannotWrite: "pastikan direktori ada dan Anda berhak menulis di dalamnya"
        case .outputInvalidName: nil
        case .calendarDateOutsideYear: "pindahkan ke berkas kalender tahunnya sendiri"
        case .calendarDateTwice: "pertahankan satu entri untuk tanggal itu"
        case .outputWrittenTwice: "beri tahap-tahap itu nama berkas yang berbeda"
        case .stageFailed, .stageSkipped, .unexpectedError: nil
        }
    }
}
