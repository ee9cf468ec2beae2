// Katalog teks baris perintah dalam Bahasa Indonesia.

extension CLIText {
    var indonesian: String {
        switch self {
        case .abstract: "Pemantauan dan evaluasi pelayanan publik: jalankan pipeline YAML yang mengimpor catatan, mengevaluasinya, dan menulis laporan."
        case .discussion:
            """
            Pesan berbahasa Indonesia kecuali diberikan --lang en (atau PANTAU_LANG=en).
            Status keluar: 0 berhasil, 1 ada tahap yang gagal, 2 konfigurasi atau penggunaan tidak sah.
            """
        case .runAbstract: "Jalankan pipeline dan tulis laporannya."
        case .validateAbstract: "Periksa pipeline tanpa menjalankannya; semua masalah dilaporkan sekaligus."
        case .planAbstract: "Tampilkan urutan tahap pipeline serta apa yang dipakai dan dihasilkan setiap tahap."
        case .stagesAbstract: "Tampilkan daftar tahap yang tersedia, atau jelaskan satu tahap."
        case .rulesAbstract: "Tampilkan daftar aturan yang diperiksa evaluate.rules, atau jelaskan satu aturan beserta parameter dan contohnya."
        case .pipelineArgumentHelp: "Berkas pipeline (YAML)."
        case .pipelinesArgumentHelp: "Satu atau beberapa berkas pipeline (YAML)."
        case .periodOptionHelp: "Periode yang dievaluasi, menggantikan periode di pipeline: 2026, 2026-S1, 2026-Q3, 2026-03, previous-quarter, previous-semester, previous-year."
        case .outputOptionHelp: "Tulis keluaran ke direktori ini, bukan ke 'output' pipeline."
        case .langOptionHelp: "Bahasa pesan dan laporan: id (Bahasa Indonesia) atau en (Inggris)."
        case .quietOptionHelp: "Jangan tampilkan apa pun selain kesalahan."
        case .stageIDArgumentHelp: "Id tahap, misalnya import.survey."
        case .ruleIDArgumentHelp: "Id aturan, misalnya standard.components-missing."
        case .formatOptionHelp: "Format keluaran: text, atau markdown untuk rujukan tahap."
        case .runHeader(let name, let period, let stages): "\(name) — periode \(period), \(stages) tahap"
        case .progressStart(let number, let total, let stage, let uses): "[\(number)/\(total)] \(stage) (\(uses)) …"
        case .progressDone(let number, let total, let stage, let uses, let seconds): "[\(number)/\(total)] \(stage) (\(uses)) selesai dalam \(seconds) dtk"
        case .progressFailed(let number, let total, let stage, let uses): "[\(number)/\(total)] \(stage) (\(uses)) GAGAL"
        case .progressSkipped(let stage, let dependency): "[-] \(stage) dilewati: '\(dependency)' gagal"
        case .runSucceeded(let directory, let seconds): "Keluaran ditulis ke \(directory) dalam \(seconds) dtk:"
        case .runFailed(let failed): "Proses gagal (\(failed) tahap)."
        case .nothingReplaced: "Tidak ada keluaran yang ditulis; laporan sebelumnya tidak berubah."
        case .emptyOutputOption: "--output memerlukan nama direktori"
        case .valid(let file, let stages): "\(file): sah (\(stages) tahap)"
        case .invalid(let file, let errors): "\(file): \(errors) masalah"
        case .planHeader(let name, let stages, let waves): "\(name): \(stages) tahap dalam \(waves) gelombang (tahap dalam satu gelombang berjalan bersamaan)"
        case .planConsumes: "memakai"
        case .planProduces: "menghasilkan"
        case .planAfter: "setelah"
        case .planWave(let number): "gelombang \(number)"
        case .planNeedsReason: "needs"
        case .stagesHint: "'pantau stages <id>' menjelaskan satu tahap."
        case .pluginsAbstract: "Tampilkan plugin eksternal yang ditemukan, atau periksa satu plugin."
        case .pluginsListAbstract: "Tampilkan plugin di plugins/ (atau di direktori --plugins) beserta statusnya."
        case .pluginsCheckAbstract: "Periksa manifes satu plugin (semua masalah sekaligus) dan jalankan jabat tangan --describe-nya."
        case .pluginsOptionHelp: "Direktori plugin eksternal; dapat diberikan berulang kali."
        case .pluginDirectoryArgumentHelp: "Direktori plugin, yang berisi plugin.yaml."
        case .pluginsFound(let count): "\(count) plugin ditemukan"
        case .noPlugins(let directories) where directories.isEmpty: "Tidak ada plugin: direktori plugins/ tidak ada; berikan --plugins <dir>."
        case .noPlugins(let directories): "Tidak ada plugin di \(directories.joined(separator: ", "))."
        case .pluginSound: "ok"
        case .pluginBroken(let problem): "rusak — \(problem)"
        case .pluginValid(let directory, let stage): "\(directory): sah (tahap \(stage))"
        case .pluginInvalid(let directory, let problems): "\(directory): \(problems) masalah"
        }
    }
}
