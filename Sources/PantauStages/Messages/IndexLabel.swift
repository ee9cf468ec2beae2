import PantauCore
import PantauYAML

/// The words of the performance-index (PEKPPP) sections of reports. Texts live in
/// `IndexLabel+Indonesian.swift` and `IndexLabel+English.swift`.
enum IndexLabel: Sendable {
    case title, instrument, ipp, category, status, covered, possibleRange, missingIndicators
    case rankingTitle, unrankedTitle, detailsTitle, methodTitle, noUnits
    case indicator, weight, score, origin, fromRecords, fromAssessor, basis
    case originAssessor, originRecords
    case statusText(IndexStatus)
    case missingRule(MissingScores)
    case bandsRule(BandReading)
    case preferRule(IndexPolicy.Precedence)
    case method(categories: String)
    case notImported(kinds: String)
    case andMore(Int)
    case note, evidence, records

    func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }
}
