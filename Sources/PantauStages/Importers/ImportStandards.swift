import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `import.standards`: the register of units and services, and each service's standard.
public struct ImportStandards: Stage {
    public static let descriptor = StageDescriptor(
        id: "import.standards",
        role: .importer,
        summary: LocalizedText(
            id: "Impor daftar unit dan layanan beserta Standar Pelayanan setiap layanan dari YAML atau CSV; entri yang salah masuk berkas penolakan.",
            en: "Import the register of units and services and each service's standard (Standar Pelayanan) from YAML or CSV; faulty entries go to a rejects file."),
        details: LocalizedText(
            id: """
                Berkas YAML memuat `units:` (masing-masing `id`, `name`, `aliases` dan `services:`) dan, untuk setiap layanan, `standard:` dengan \
                `components` (ke-14 komponen PermenPAN-RB 15/2014 beserta teksnya, atau daftar komponen yang ada), `time_limit_days` (hari kerja), \
                `fee` (Rupiah, 0 = gratis), `legal_basis`, `established`, `reviewed`, `published`, `published_in`, `maklumat` (ya/tidak atau \
                tanggal), `consultation` (id FKP dalam log partisipasi) dan `target_groups` (kelompok sasaran layanan, seperti log \
                partisipasi menamai kelompok); `services:` di tingkat atas mencantumkan layanan terpisah dari unitnya dengan `unit:`. \
                Dalam CSV, `register` memuat satu baris per layanan (`unit_id`, `unit`, `service_id`, `service`, alias dipisah `;`) dan `path` \
                satu baris per standar (`unit`, `service`, kolom fakta yang sama, `components`, dan satu kolom per komponen). Salah ketik kunci atau \
                sintaks YAML menghentikan tahap dengan berkas, baris dan kolomnya. Id unit atau layanan ganda, nama yang sudah dipakai, komponen \
                yang tidak dikenal (dengan saran terdekat), tanggal tidak sah, biaya negatif dan layanan di bawah unit yang tidak dikenal ditolak \
                beserta barisnya; unit, layanan dan standar masing-masing dihitung sebagai catatan. Lihat docs/records.md.
                """,
            en: """
                A YAML file holds `units:` (each with `id`, `name`, `aliases` and `services:`) and, for each service, a `standard:` with \
                `components` (the 14 components of PermenPAN-RB 15/2014 with their text, or a list of those stated), `time_limit_days` \
                (working days), `fee` (Rupiah, 0 = free), `legal_basis`, `established`, `reviewed`, `published`, `published_in`, `maklumat` \
                (yes/no or a date), `consultation` (the FKP's id in the participation log) and `target_groups` (the groups the \
                service concerns, named as the participation log names groups); a top-level `services:` lists services apart from their unit, \
                naming it with `unit:`. In CSV, `register` has one row per service (`unit_id`, `unit`, `service_id`, `service`, aliases \
                separated by `;`) and `path` one row per standard (`unit`, `service`, the same fact columns, `components`, and a column per \
                component). A misspelt key or a YAML syntax error stops the stage with its file, line and column. Duplicate unit or service \
                ids, names already taken, unknown components (with the closest suggested), invalid dates, negative fees and services under an \
                unknown unit are rejected with their line; units, services and standards each count as a record. See docs/records.md.
                """),
        options: [
            StageOption("path", .inputFiles, .optional(default: nil), help: LocalizedText(
                id: "Berkas standar: YAML (unit, layanan dan standarnya) atau CSV (satu baris per standar); satu jalur, pola glob atau daftar.",
                en: "Standards files: YAML (units, services and their standards) or CSV (one row per standard); one path, a glob or a list.")),
            StageOption("register", .inputFile, .optional(default: nil), help: LocalizedText(
                id: "CSV daftar unit dan layanan, satu baris per layanan; dibaca sebelum berkas `path`.",
                en: "CSV register of units and services, one row per service; read before the `path` files.")),
            StageOption("columns", .mapping(.string), .optional(default: nil), help: LocalizedText(
                id: "Kolom CSV standar yang namanya lain dari kuncinya: `unit`, `service`, fakta, `components` atau komponen (`persyaratan`, …).",
                en: "Standards CSV columns named other than their key: `unit`, `service`, a fact, `components` or a component (`persyaratan`, …).")),
            StageOption("register_columns", .object(RegisterColumns.options), .optional(default: nil), help: LocalizedText(
                id: "Kolom CSV daftar unit dan layanan.", en: "Columns of the register CSV.")),
            .delimiter(help: LocalizedText(
                id: "Pemisah kolom CSV; `auto` mengenali koma, titik koma atau tab dari baris judul.",
                en: "CSV field separator; `auto` detects comma, semicolon or tab from the header row.")),
            .rejects(),
        ],
        produces: [.serviceRegister, .serviceStandards, .importSummary],
        example: """
            - id: standar
              uses: import.standards
              with:
                path: ../samples/kabupaten-contoh/standar-pelayanan.yaml
            """)

    let stageID: String
    let yamlFiles: [StandardsYAMLFile]
    let csvFiles: [InputFile]
    let register: InputFile?
    let columns: StandardsColumns
    let registerColumns: RegisterColumns
    let delimiter: TableFile.Delimiter
    let rejectsName: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let files = problems.attempt { try configuration.inputFiles("path") } ?? []
        let register = (problems.attempt { try configuration.inputFiles("register") } ?? []).first
        if configuration["path"] == nil, configuration["register"] == nil {
            problems.add(.error(at: configuration.location, YAMLMessage.missingKey(key: "path", context: LocalizedText(
                id: "'with' tahap '\(configuration.stageID)'", en: "'with' of stage '\(configuration.stageID)'"))))
        }
        let columns = problems.attempt { try StandardsColumns(node: configuration["columns"]) } ?? StandardsColumns()
        let registerColumns = problems.attempt { try RegisterColumns(node: configuration["register_columns"]) } ?? RegisterColumns()
        let delimiter = (problems.attempt { try configuration["delimiter"]?.choice(TableFile.Delimiter.self) } ?? nil) ?? .auto
        let rejectsName = (problems.attempt { try configuration["rejects"]?.string() } ?? nil) ?? "rejects-\(configuration.stageID).csv"

        // The YAML files are read now: their structure is checked once, with positions, and
        // `pantau validate` reports a misspelt key. CSV files have their header checked.
        var yamlFiles: [StandardsYAMLFile] = []
        var fileProblems = DiagnosticCollector()
        for file in files where StandardsYAMLFile.isYAML(file) {
            if let read = fileProblems.attempt({ try StandardsYAMLFile(file: file) }) { yamlFiles.append(read) }
        }
        let csvFiles = files.filter { !StandardsYAMLFile.isYAML($0) }
        for file in csvFiles {
            _ = fileProblems.attempt { try columns.layout(TableFile.header(of: file, delimiter: delimiter), file: file.displayName) }
        }
        var registerProblems = DiagnosticCollector()
        if let register {
            _ = registerProblems.attempt { try registerColumns.layout(TableFile.header(of: register, delimiter: delimiter), file: register.displayName) }
        }
        for (collected, key) in [(fileProblems, "path"), (registerProblems, "register")] {
            for var problem in collected.items {
                if problem.location == nil { problem.location = configuration[key]?.location }
                problems.add(problem)
            }
        }
        try problems.throwIfErrors()

        self.stageID = configuration.stageID
        self.yamlFiles = yamlFiles
        self.csvFiles = csvFiles
        self.register = register
        self.columns = columns
        self.registerColumns = registerColumns
        self.delimiter = delimiter
        self.rejectsName = rejectsName
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        var importer = StandardsImport()
        if let register { try importer.readRegister(register, columns: registerColumns, delimiter: delimiter) }
        importer.importYAML(yamlFiles)
        for file in csvFiles { try importer.readStandards(file, columns: columns, delimiter: delimiter) }
        try importer.log.write(named: rejectsName, to: context.output, language: context.language)
        let account = importer.log.account(stage: stageID, records: DatasetKind.serviceStandards.rawValue, rejectsFile: rejectsName)
        return [importer.builder.register, importer.standards, account]
    }
}

/// One run of `import.standards`: the register first (from the register CSV, then the YAML
/// units), then the services, then the standards, so that every reference finds what it names.
struct StandardsImport {
    var log = RejectLog()
    var builder = RegisterBuilder()
    var standards = ServiceStandards()

    // MARK: - Register CSV

    mutating func readRegister(_ file: InputFile, columns: RegisterColumns, delimiter: TableFile.Delimiter) throws {
        let layout = try columns.layout(TableFile.header(of: file, delimiter: delimiter), file: file.displayName)
        var builder = self.builder
        try TableImport.read(file, columns: layout.columns, delimiter: delimiter, log: &log) { row, log in
            func field(_ index: Int) -> RecordField { RecordField(row.text(index), field: layout.columns[index], source: row.source) }
            func aliases(_ index: Int?) -> [RecordField] {
                guard let index else { return [] }
                return FieldParsers.listItems(row.text(index)).map { RecordField($0, field: layout.columns[index], source: row.source) }
            }
            let unitID = field(RegisterColumns.Layout.unitID), unitName = field(RegisterColumns.Layout.unit)
            let unitAliases = aliases(layout.unitAliases)
            let serviceID = field(RegisterColumns.Layout.serviceID), serviceName = field(RegisterColumns.Layout.service)
            let serviceAliases = aliases(layout.serviceAliases)
            let known = unitID.isEmpty ? nil : builder.unit(withID: unitID.text)
            var problems = known == nil
                ? builder.problems(newUnit: unitID, name: unitName, aliases: unitAliases)
                : builder.problems(repeatedUnit: unitID, name: unitName, aliases: unitAliases)
            let listsService = !serviceID.isEmpty || !serviceName.isEmpty
            if problems.isEmpty, listsService {
                problems = builder.problems(newService: serviceID, name: serviceName, aliases: serviceAliases, unitID: known?.id ?? unitID.text)
            }
            guard log.settle(problems) else { return }
            if let known {
                builder.addAliases(unitAliases, toUnit: known.id)
            } else {
                builder.addUnit(id: unitID, name: unitName, aliases: unitAliases)
            }
            if listsService {
                builder.addService(id: serviceID, name: serviceName, aliases: serviceAliases, unitID: known?.id ?? unitID.text)
            }
        }
        self.builder = builder
    }

    // MARK: - YAML

    /// Every unit of every file is registered before any service, so that a service listed
    /// apart from its unit may name a unit from another file.
    mutating func importYAML(_ files: [StandardsYAMLFile]) {
        var unitProblems: [[[RecordProblem]]] = []
        for file in files {
            unitProblems.append(file.units.map { unit in
                let problems = builder.problems(newUnit: unit.id, name: unit.name, aliases: unit.aliases)
                if problems.isEmpty { builder.addUnit(id: unit.id, name: unit.name, aliases: unit.aliases) }
                return problems
            })
        }
        for (fileIndex, file) in files.enumerated() {
            log.beginFile(file.file.displayName)
            for (unitIndex, unit) in file.units.enumerated() {
                log.beginRecord()
                let accepted = log.settle(unitProblems[fileIndex][unitIndex])
                let parent = accepted ? nil : (name: unit.name.isEmpty ? unit.id.text : unit.name.text, row: unit.source.row)
                for service in unit.services {
                    importService(service, unitID: accepted ? unit.id.text : nil, rejectedParent: parent)
                }
            }
            for service in file.services {
                importService(service, unitID: nil, rejectedParent: nil)
            }
            log.finishFile()
        }
    }

    /// A service and then its standard, each a record. A service under a rejected unit is
    /// rejected with it; so is a standard under a rejected service.
    private mutating func importService(_ service: StandardsYAMLFile.Service, unitID: String?, rejectedParent: (name: String, row: Int)?) {
        log.beginRecord()
        var problems: [RecordProblem] = []
        var unitID = unitID
        if let rejectedParent {
            problems = [RecordProblem(source: service.source, field: "", value: "", reason: .rejectedWithParent(parent: rejectedParent.name, row: rejectedParent.row))]
        } else if let reference = service.unit {
            if reference.isEmpty {
                problems = [reference.missing]
            } else if let unit = builder.unit(named: reference.text) {
                unitID = unit.id
            } else {
                problems = [reference.problem(.unknownUnit(name: reference.text, suggestion: builder.closestUnit(to: reference.text)))]
            }
        }
        if problems.isEmpty, let unitID {
            problems = builder.problems(newService: service.id, name: service.name, aliases: service.aliases, unitID: unitID)
        }
        let accepted = log.settle(problems)
        if accepted, let unitID { builder.addService(id: service.id, name: service.name, aliases: service.aliases, unitID: unitID) }
        guard let standard = service.standard else { return }
        log.beginRecord()
        guard accepted, let unitID else {
            let parent = service.name.isEmpty ? service.id.text : service.name.text
            log.settle([RecordProblem(source: standard.source, field: "", value: "", reason: .rejectedWithParent(parent: parent, row: service.source.row))])
            return
        }
        Self.add(standard, unitID: unitID, serviceID: service.id.text, to: &standards, log: &log)
    }

    // MARK: - Standards

    mutating func readStandards(_ file: InputFile, columns: StandardsColumns, delimiter: TableFile.Delimiter) throws {
        let layout = try columns.layout(TableFile.header(of: file, delimiter: delimiter), file: file.displayName)
        let register = builder.register
        var standards = self.standards
        try TableImport.read(file, columns: layout.columns, delimiter: delimiter, log: &log) { row, log in
            let unitName = row.text(StandardsColumns.Layout.unit), serviceName = row.text(StandardsColumns.Layout.service)
            let unitColumn = layout.columns[StandardsColumns.Layout.unit], serviceColumn = layout.columns[StandardsColumns.Layout.service]
            var problems: [RecordProblem] = []
            var found: (unit: ServiceRegister.Unit, service: ServiceRegister.Service)?
            if unitName.isEmpty { problems.append(RecordField("", field: unitColumn, source: row.source).missing) }
            if serviceName.isEmpty { problems.append(RecordField("", field: serviceColumn, source: row.source).missing) }
            if problems.isEmpty {
                if let unit = register.unit(named: unitName) {
                    if let service = register.service(named: serviceName, inUnit: unit.id) {
                        found = (unit, service)
                    } else {
                        problems.append(RecordField(serviceName, field: serviceColumn, source: row.source).problem(.unknownService(
                            name: serviceName, unit: unit.name, suggestion: register.closestService(to: serviceName, inUnit: unit.id))))
                    }
                } else {
                    problems.append(RecordField(unitName, field: unitColumn, source: row.source).problem(
                        .unknownUnit(name: unitName, suggestion: register.closestUnit(to: unitName))))
                }
            }
            guard let found, problems.isEmpty else {
                log.settle(problems)
                return
            }
            Self.add(StandardsColumns.entry(row, layout: layout), unitID: found.unit.id, serviceID: found.service.id, to: &standards, log: &log)
        }
        self.standards = standards
    }

    /// Checks a standard and adds it, unless its service already has one.
    private static func add(_ entry: StandardEntry, unitID: String, serviceID: String, to standards: inout ServiceStandards, log: inout RejectLog) {
        if let first = standards.standard(unitID: unitID, serviceID: serviceID) {
            let problem = RecordProblem(
                source: entry.source, field: "", value: serviceID,
                reason: FirstOccurrence.duplicate(id: serviceID, first: first.source, current: entry.source))
            log.settle([problem])
            return
        }
        switch StandardCheck.check(entry, unitID: unitID, serviceID: serviceID) {
        case .success(let standard):
            standards.append(standard)
            log.accept()
        case .failure(let problems):
            log.settle(problems.items)
        }
    }
}
