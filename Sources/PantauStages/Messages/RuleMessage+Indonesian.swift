// The Indonesian catalogue of rule-setting messages.
import PantauYAML

extension RuleMessage {
    public var indonesianText: String {
        switch self {
        case .unknownRule(let id, let suggestion):
            "aturan '\(id)' tidak dikenal" + StageMessage.indonesianSuggestion(suggestion)
        case .unknownParameter(let rule, let key, _, let suggestion):
            "aturan '\(rule)' tidak memiliki parameter '\(key)'" + StageMessage.indonesianSuggestion(suggestion)
        case .invalidSetting(let rule): "pengaturan aturan '\(rule)' harus berupa off/on atau pemetaan parameter"
        case .decimalOutOfRange(let value, let lower, let upper): "\(value) di luar rentang \(lower)–\(upper)"
        case .notDecimal(let value): "'\(value)' bukan bilangan desimal"
        case .emptyWords: "daftar tidak boleh kosong"
        }
    }

    public var indonesianHint: String? {
        switch self {
        case .unknownRule: "lihat daftar aturan dengan `pantau rules`"
        case .unknownParameter(let rule, _, let allowed, _):
            "parameter yang dikenal: " + (["enabled", "severity"] + allowed).joined(separator: ", ") + "; lihat `pantau rules \(rule)`"
        case .invalidSetting: "tulis `off` untuk mematikan aturan, atau mis. `{ severity: major }`"
        case .decimalOutOfRange, .notDecimal: "tulis angka dengan titik desimal, mis. 76.61"
        case .emptyWords: "sebutkan paling sedikit satu nilai, atau hapus kunci ini agar nilai bawaan dipakai"
        }
    }
}
