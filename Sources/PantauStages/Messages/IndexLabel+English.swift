// The words of the performance-index (PEKPPP) sections of reports, in English.
import PantauCore

extension IndexLabel {
    var english: String {
        switch self {
        case .title: "Public-service index (PEKPPP)"
        case .instrument: "Instrument"
        case .ipp: "IPP"
        case .category: "Category"
        case .status: "Status"
        case .covered: "Weight scored"
        case .possibleRange: "IPP still possible"
        case .missingIndicators: "Indicators without a score"
        case .rankingTitle: "Ranking"
        case .unrankedTitle: "Incomplete (not ranked)"
        case .detailsTitle: "Scores per indicator"
        case .methodTitle: "Index method"
        case .noUnits: "No unit was evaluated."
        case .indicator: "Indicator"
        case .weight: "Weight"
        case .score: "Score"
        case .origin: "Counted"
        case .fromRecords: "From records"
        case .fromAssessor: "From assessor"
        case .basis: "Basis"
        case .originAssessor: "assessor"
        case .originRecords: "records"
        case .statusText(let status):
            switch status {
            case .complete: "complete"
            case .incomplete: "incomplete"
            case .zeroFilled: "missing scores counted as 0"
            case .reweighted: "weights adjusted"
            }
        case .missingRule(let missing):
            switch missing {
            case .incomplete:
                "Indicators without a score are not taken as zero: an incomplete unit gets no IPP and no rank; the share of the weight scored and the range the IPP can still fall in (every missing score 0 to every one 5) are shown."
            case .zero:
                "Indicators without a score count as 0 (`missing: zero`); such units are flagged in the status column."
            case .reweight:
                "Indicators without a score are left out and the other indicators' weights scaled up to fill their place (`missing: reweight`); such units are flagged in the status column."
            }
        case .bandsRule(let reading):
            switch reading {
            case .higher: "An IPP between two printed category bounds belongs to the category above as soon as it passes the top of the one below: 4.50 = A-, 4.501 = A (`between_bands: higher`)."
            case .lower: "An IPP between two printed category bounds reaches the category above only at its printed lower bound: 4.505 = A-, 4.51 = A (`between_bands: lower`)."
            case .rounded: "The IPP is rounded to two decimals before it is compared with the category bounds: 4.505 → 4.51 = A, 4.5049 → 4.50 = A- (`between_bands: rounded`)."
            }
        case .preferRule(let prefer):
            switch prefer {
            case .assessor: "Where both the assessor and the records give a score, the assessor's counts; both are shown."
            case .records: "Where both the assessor and the records give a score, the records' counts; both are shown."
            }
        case .method(let categories):
            "Every indicator is scored 0–5. Aspect score = Σ (indicator score × indicator weight) ÷ Σ the aspect's indicator weights; IPP = Σ (aspect score × aspect weight) ÷ 100. Everything is computed exactly; the IPP is shown with two decimals, or four where two would read as another category. Categories: \(categories). Ranking: equal IPPs share a rank (1, 2, 2, 4), listed by name."
        case .notImported(let kinds): "Records this pipeline does not import, so that the indicators they could score are scored by the assessor only: \(kinds)."
        case .andMore(let count): "and \(count) more"
        case .note: "note"
        case .evidence: "evidence"
        case .records: "records"
        }
    }
}
