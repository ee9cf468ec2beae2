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
    case dataQuality, dataQualityIntroduction, file, read, accepted, rejected, total, rejectsFile, reasons, reconciled
    case coverageInPeriod, coverageOutsidePeriod, coverageUndated
    case methodTitle, methodText(regulation: String, weight: String, factor: String, thresholds: String), below
    case noResponses, yes, no, none

    public func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }
}
