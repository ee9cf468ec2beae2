public import PantauCore
public import PantauPipeline
public import PantauYAML

/// `recommend`: improvement recommendations from findings, grouped per unit.
public struct Recommend: Stage {
    public static let descriptor = StageDescriptor(
        id: "recommend",
        role: .recommender,
        summary: LocalizedText(
            id: "Ubah temuan menjadi rekomendasi perbaikan: apa yang dilakukan, unit pemiliknya, tenggat (hari kerja), dan prioritas; dikelompokkan per unit.",
            en: "Turn findings into improvement recommendations: what to do, the owning unit, the due date (working days) and priority; grouped per unit."),
        details: LocalizedText(
            id: """
                Satu rekomendasi per aturan dan subjek (unit, layanan). Id-nya (`REK-…`) diturunkan dari id aturan dan nama subjek saja, \
                sehingga kekurangan yang sama pada periode berikutnya dikenali sebagai butir yang sama. Tenggat dihitung dalam hari kerja \
                sejak akhir periode menurut tingkat temuan, dengan kalender hari kerja pipeline. Prioritas: critical → segera, \
                major → tinggi, minor → sedang, info → rendah. Temuan tentang seluruh daerah dimiliki Bagian Organisasi (`region_owner`).
                """,
            en: """
                One recommendation per rule and subject (unit, service). Its id (`REK-…`) is derived from the rule id and the subject's \
                names alone, so the same shortfall next period is recognisably the same item. The due date counts working days from the \
                period's end by the finding's severity, with the pipeline's working-day calendar. Priority: critical → urgent, \
                major → high, minor → normal, info → low. Findings about the whole region are owned by the bureau (`region_owner`).
                """),
        options: [
            StageOption("due_working_days", .object(Finding.Severity.allCases.reversed().map { severity in
                StageOption(
                    severity.rawValue, .integer(1...400), .optional(default: String(Recommender.defaultDueWorkingDays[severity]!)),
                    help: LocalizedText(id: "Hari kerja setelah akhir periode untuk temuan \(severity.rawValue).",
                        en: "Working days after the period's end for \(severity.rawValue) findings."))
            }), .optional(default: nil), help: LocalizedText(
                id: "Tenggat per tingkat temuan, dalam hari kerja sejak akhir periode.",
                en: "Due dates per severity, in working days from the period's end.")),
            StageOption("min_severity", .choice(Finding.Severity.allCases.map(\.rawValue)), .optional(default: "minor"), help: LocalizedText(
                id: "Temuan di bawah tingkat ini hanya catatan, tidak menjadi rekomendasi.",
                en: "Findings below this severity are remarks and get no recommendation.")),
            StageOption("region_owner", .string, .optional(default: "Bagian Organisasi"), help: LocalizedText(
                id: "Pemilik rekomendasi atas temuan tentang seluruh daerah.",
                en: "The owner of recommendations on findings about the whole region.")),
        ],
        consumes: [.findings],
        produces: [.recommendations],
        example: """
            - id: rekomendasi
              uses: recommend
              with:
                due_working_days: { critical: 10, major: 20 }
                min_severity: minor
            """)

    let dueWorkingDays: [Finding.Severity: Int]
    let minimumSeverity: Finding.Severity
    let regionOwner: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        var days = Recommender.defaultDueWorkingDays
        if let node = configuration["due_working_days"], !node.isNull {
            for severity in Finding.Severity.allCases {
                guard let value = node[severity.rawValue], !value.isNull else { continue }
                if let number = problems.attempt({ try value.int(in: 1...400) }) { days[severity] = number }
            }
        }
        dueWorkingDays = days
        let severity: Finding.Severity?? = problems.attempt {
            try configuration.value("min_severity") { node throws(Diagnostic) in try node.choice(Finding.Severity.self) }
        }
        minimumSeverity = (severity ?? nil) ?? .minor
        let owner: String?? = problems.attempt { try configuration["region_owner"]?.nonEmptyString() }
        regionOwner = (owner ?? nil) ?? "Bagian Organisasi"
        guard problems.items.isEmpty else { throw Diagnostics(problems.items) }
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        // Findings from one stage are taken as they are: gathering them would copy every one.
        let produced = context.inputs.all(Findings.self) as [Findings]
        let findings = produced.count == 1 ? produced[0].items : produced.flatMap(\.items)
        let recommender = Recommender(
            dueWorkingDays: dueWorkingDays, minimumSeverity: minimumSeverity, regionOwner: regionOwner, calendar: context.calendar)
        let language = context.language
        let plan = recommender.recommend(findings, period: context.period) { message in
            ReportLabel.followUpFinding(message).text(language)
        }
        return [plan]
    }
}
