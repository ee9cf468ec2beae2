public import PantauYAML

/// Words of the rule catalogue, in each language.
enum RuleReferenceLabel {
    case title, introduction, rulesAvailable(Int), regulation, severity, parameters, requires, examples
    case triggers, passes, finding, none, key, type, defaultValue, description, hint

    func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }

    private var indonesian: String {
        switch self {
        case .title: "Katalog aturan"
        case .introduction:
            "Setiap aturan yang dijalankan `evaluate.rules`, dibuat dari deskripsi aturan itu sendiri (`pantau rules --format markdown`). Contoh-contohnya adalah pengujiannya: setiap contoh dijalankan, dan temuan yang tertulis di sini adalah keluaran aturan yang sebenarnya. Parameter diubah per pipeline di bawah `with: rules: <id>:`; `off` mematikan aturan, `severity` mengubah tingkatnya."
        case .rulesAvailable(let count): "\(count) aturan tersedia"
        case .regulation: "Dasar"
        case .severity: "Tingkat bawaan"
        case .parameters: "Parameter"
        case .requires: "Membutuhkan"
        case .examples: "Contoh"
        case .triggers: "Memicu temuan"
        case .passes: "Tidak memicu temuan"
        case .finding: "Temuan"
        case .none: "tidak ada"
        case .key: "kunci"
        case .type: "tipe"
        case .defaultValue: "bawaan"
        case .description: "keterangan"
        case .hint: "Rincian satu aturan: `pantau rules <id>`. Katalog lengkap: docs/rules.md."
        }
    }

    private var english: String {
        switch self {
        case .title: "Rule catalogue"
        case .introduction:
            "Every rule `evaluate.rules` runs, generated from the rules' own descriptions (`pantau rules --format markdown --lang en`). The examples are the rules' tests: each is run, and the findings written here are the rules' real output. Parameters are changed per pipeline under `with: rules: <id>:`; `off` switches a rule off, `severity` changes its level."
        case .rulesAvailable(let count): "\(count) rules available"
        case .regulation: "Rests on"
        case .severity: "Default severity"
        case .parameters: "Parameters"
        case .requires: "Needs"
        case .examples: "Examples"
        case .triggers: "Triggers a finding"
        case .passes: "Does not trigger"
        case .finding: "Finding"
        case .none: "none"
        case .key: "key"
        case .type: "type"
        case .defaultValue: "default"
        case .description: "description"
        case .hint: "One rule in full: `pantau rules <id>`. The whole catalogue: docs/rules.en.md."
        }
    }
}
