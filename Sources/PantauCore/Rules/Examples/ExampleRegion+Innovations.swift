import PantauYAML

/// The example region's innovation register.
extension ExampleRegion {
    /// An innovation of Disdukcapil's, in implementation, running and not yet replicated;
    /// examples change what their situation needs.
    static func innovation(
        _ id: String, unit: String = disdukcapil, year: Int, stage: InnovationStage = .implementation, replicated: Bool = false,
        sustained: Bool = true, row: Int = 2
    ) -> Innovation {
        Innovation(
            id: id, name: "Inovasi \(id)", unit: unit, year: year, stage: stage, replicated: replicated, sustained: sustained,
            source: source(row, file: "inovasi.csv"))
    }

    /// Each unit with an innovation started in 2026, the example period's year.
    static var innovationsThisYear: [Innovation] {
        [innovation("INV-01", year: 2026, row: 2), innovation("INV-02", unit: dpmptsp, year: 2026, row: 3)]
    }
}

extension EvaluationRecords {
    /// The records with these innovations (and no others).
    func with(innovations: [Innovation]) -> EvaluationRecords {
        var copy = self
        copy.innovations = InnovationRegister(innovations)
        return copy
    }
}
