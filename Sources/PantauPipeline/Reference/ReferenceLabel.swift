public import PantauYAML

/// Words of the stage reference, in each language.
public enum ReferenceLabel: Sendable {
    case title, introduction, stagesAvailable(Int), options, required, optional, defaultValue, example
    case consumes, consumesIfPresent, produces, none, key, type, description, plugin

    public func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }

    var english: String {
        switch self {
        case .title: "Stage reference"
        case .introduction:
            "Every stage a pipeline can use, generated from the stages' own descriptors (`pantau stages --format markdown --lang en`). Options go under `with:`; relative paths start at the pipeline file's directory."
        case .stagesAvailable(let count): "\(count) stages available"
        case .options: "Options (under `with:`)"
        case .required: "required"
        case .optional: "optional"
        case .defaultValue: "default"
        case .example: "Example"
        case .consumes: "Consumes"
        case .consumesIfPresent: "Uses when present"
        case .produces: "Produces"
        case .none: "none"
        case .key: "key"
        case .type: "type"
        case .description: "description"
        case .plugin: "External plugin"
        }
    }

    var indonesian: String {
        switch self {
        case .title: "Rujukan tahap"
        case .introduction:
            "Semua tahap yang dapat dipakai pipeline, dihasilkan dari deskriptor tahap itu sendiri (`pantau stages --format markdown`). Opsi ditulis di bawah `with:`; jalur relatif dimulai dari direktori berkas pipeline."
        case .stagesAvailable(let count): "\(count) tahap tersedia"
        case .options: "Opsi (di bawah `with:`)"
        case .required: "wajib"
        case .optional: "opsional"
        case .defaultValue: "bawaan"
        case .example: "Contoh"
        case .consumes: "Memakai"
        case .consumesIfPresent: "Memakai bila ada"
        case .produces: "Menghasilkan"
        case .none: "tidak ada"
        case .key: "kunci"
        case .type: "jenis"
        case .description: "keterangan"
        case .plugin: "Plugin eksternal"
        }
    }
}
