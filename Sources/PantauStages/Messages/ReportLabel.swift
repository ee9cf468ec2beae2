public import PantauYAML

/// The words of the reports. Texts live in `ReportLabel+Indonesian.swift` and `ReportLabel+English.swift`.
public enum ReportLabel: Sendable {
    case skmTitle(period: String)
    case pipeline, period, scheme, generatedOn
    case summary, region, respondents, ikm, score, grade, performance, weakestElements, rank
    case perUnit, unit, services, service, perElement, element, nrr, elementScore
    case weakestPerUnit, perService
    case sampleTitle, sampleIntroduction, population, minimumSample, sampleStatus
    case sampleSufficient, sampleInsufficient, sampleUnknown
    case profileTitle, profileIntroduction, gender, age, education, occupation, notStated
    case dataQuality, dataQualityIntroduction, file, read, accepted, rejected, total, rejectsFile, reasons, reconciled
    case coverageInPeriod, coverageOutsidePeriod, coverageUndated
    case methodTitle, methodText(regulation: String, weight: String, factor: String, thresholds: String), below
    case noResponses, none
    /// The caption of one import's table in the data-quality section.
    case importCaption(stage: String, records: String)
    // Findings, recommendations and the rules that did not run
    case monevTitle(period: String)
    case findingsTitle, findingsIntroduction(count: Int, units: Int), noFindings, severity, finding, regulation, evidence, records
    case findingsBySeverity, regionWide
    case recommendationsTitle, recommendationsIntroduction(count: Int), noRecommendations, owner, action, due, priority
    case rulesNotRunTitle, rulesNotRunIntroduction, ruleDisabled, ruleMissingRecords(String)
    /// The action of a finding that came without one (an external plugin's).
    case followUpFinding(String)

    public func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }
}

extension ReportLabel {
    /// What an import's records are, in words, for the dataset kinds the built-in stages know.
    static func recordsName(_ kind: String, indonesian: Bool) -> String {
        let names: [String: (String, String)] = [
            "survey-responses": ("jawaban survei", "survey responses"),
            "survey-answer-rows": ("baris jawaban survei (satu jawaban per baris)", "survey answer rows (one answer per row)"),
            "survey-respondents": ("data responden survei", "survey respondents"),
            "service-populations": ("jumlah pengguna layanan", "numbers of service users"),
            "meetings": ("notulen rapat", "meeting minutes"),
            "meeting-action-items": ("tindak lanjut rapat", "meeting action items"),
            "participation": ("kegiatan partisipasi", "participation events"),
            "followups": ("rencana tindak lanjut (RTL)", "follow-up plan items"),
            "innovations": ("inovasi", "innovations"),
            "service-standards": ("standar pelayanan", "service standards"),
            "service-register": ("daftar unit dan layanan", "register of units and services"),
            "complaints": ("pengaduan", "complaints"),
            "assessor-scores": ("nilai penilai PEKPPP", "PEKPPP assessor's scores"),
        ]
        guard let name = names[kind] else { return kind }
        return indonesian ? name.0 : name.1
    }
}
