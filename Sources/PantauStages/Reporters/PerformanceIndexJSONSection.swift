import PantauCore
import PantauYAML

/// The performance index (PEKPPP) as JSON: the key `performance_index` of a report document
/// (see docs/report-json.md). Figures come rounded (4 places) and exact (`"num/den"`), as in
/// the survey figures.
struct PerformanceIndexJSONSection: Encodable {
    struct CategoryInfo: Encodable {
        var grade: String
        var name: String
        var from: Double
        var to: Double
    }

    struct IndicatorInfo: Encodable {
        var code: String
        var number: Int?
        var name: String
        var weight: Double
        var evidence: String?
        /// The description of scores 0–5, in Bahasa Indonesia as the instrument gives them.
        var scores: [String]
    }

    struct AspectInfo: Encodable {
        var code: String
        var name: String
        var weight: Double
        var indicators: [IndicatorInfo]
    }

    struct InstrumentInfo: Encodable {
        var id: String
        var title: String
        var regulation: String
        var aspects: [AspectInfo]
        var supplementary: [IndicatorInfo]
        var categories: [CategoryInfo]
    }

    struct PolicyInfo: Encodable {
        var missing: String
        var between_bands: String
        var prefer: String
    }

    struct RecordScoreInfo: Encodable {
        var score: Int?
        var basis: String
        var records: [String]
    }

    struct AssessorScoreInfo: Encodable {
        var score: Int
        var note: String?
        var evidence: String?
        /// The scores file and row, `file:row`.
        var source: String
    }

    struct IndicatorEntry: Encodable {
        var code: String
        var score: Int?
        var origin: String?
        var from_records: RecordScoreInfo?
        var from_assessor: AssessorScoreInfo?
    }

    struct AspectEntry: Encodable {
        var code: String
        var score: Double?
        var score_exact: String?
        var covered: Double
    }

    struct UnitEntry: Encodable {
        var id: String?
        var name: String
        var rank: Int?
        var status: String
        var ipp: Double?
        var ipp_exact: String?
        var category: String?
        var category_name: String?
        var covered: Double
        var covered_exact: String
        var lowest: Double
        var highest: Double
        var missing: [String]
        var aspects: [AspectEntry]
        var indicators: [IndicatorEntry]
    }

    var instrument: InstrumentInfo
    var policy: PolicyInfo
    var units: [UnitEntry]

    init(index: PerformanceIndex, language: Language) {
        let instrument = index.instrument
        let describe = { (indicator: IndexIndicator) in
            IndicatorInfo(
                code: indicator.code, number: indicator.number, name: indicator.name.text(language), weight: indicator.weight.doubleValue,
                evidence: indicator.evidence?.rawValue, scores: indicator.levels)
        }
        self.instrument = InstrumentInfo(
            id: instrument.id, title: instrument.title.text(language), regulation: instrument.regulation,
            aspects: instrument.aspects.map { aspect in
                AspectInfo(code: aspect.code, name: aspect.name.text(language), weight: aspect.weight.doubleValue, indicators: aspect.indicators.map(describe))
            },
            supplementary: instrument.supplementary.map(describe),
            categories: instrument.categories.map {
                CategoryInfo(grade: $0.grade, name: $0.name.text(language), from: $0.from.doubleValue, to: $0.to.doubleValue)
            })
        self.policy = PolicyInfo(missing: index.policy.missing.rawValue, between_bands: index.policy.bands.rawValue, prefer: index.policy.prefer.rawValue)
        self.units = index.units.map { unit in
            let figures = unit.figures
            return UnitEntry(
                id: unit.unit.id, name: unit.unit.name, rank: unit.rank, status: figures.status.rawValue,
                ipp: figures.value.map(Self.rounded), ipp_exact: figures.value.map(SKMJSONDocument.exact), category: unit.category?.grade,
                category_name: unit.category?.name.text(language), covered: Self.rounded(figures.covered),
                covered_exact: SKMJSONDocument.exact(figures.covered), lowest: Self.rounded(figures.lowest), highest: Self.rounded(figures.highest),
                missing: unit.missing(in: instrument),
                aspects: figures.aspects.map {
                    AspectEntry(code: $0.code, score: $0.score.map(Self.rounded), score_exact: $0.score.map(SKMJSONDocument.exact), covered: Self.rounded($0.covered))
                },
                indicators: unit.indicators.map { result in
                    IndicatorEntry(
                        code: result.code, score: result.score, origin: result.origin?.rawValue,
                        from_records: result.fromRecords.map {
                            RecordScoreInfo(score: $0.score, basis: $0.basis.text(language), records: $0.records)
                        },
                        from_assessor: result.fromAssessor.map {
                            AssessorScoreInfo(score: $0.score, note: $0.note, evidence: $0.evidence, source: $0.source.description)
                        })
                })
        }
    }

    /// Four decimals: exact for an index on whole-number weights.
    static func rounded(_ value: Rational) -> Double { value.rounded(toPlaces: 4).doubleValue }
}

// Each part writes its keys in sorted order, as `JSONEncoder` with `.sortedKeys` does (see `JSONWriter`).

extension PerformanceIndexJSONSection: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("instrument", instrument)
            json.field("policy", policy)
            json.field("units", units)
        }
    }
}

extension PerformanceIndexJSONSection.CategoryInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("from", from)
            json.field("grade", grade)
            json.field("name", name)
            json.field("to", to)
        }
    }
}

extension PerformanceIndexJSONSection.IndicatorInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("evidence", evidence)
            json.field("name", name)
            json.field("number", number)
            json.field("scores", scores)
            json.field("weight", weight)
        }
    }
}

extension PerformanceIndexJSONSection.AspectInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("indicators", indicators)
            json.field("name", name)
            json.field("weight", weight)
        }
    }
}

extension PerformanceIndexJSONSection.InstrumentInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("aspects", aspects)
            json.field("categories", categories)
            json.field("id", id)
            json.field("regulation", regulation)
            json.field("supplementary", supplementary)
            json.field("title", title)
        }
    }
}

extension PerformanceIndexJSONSection.PolicyInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("between_bands", between_bands)
            json.field("missing", missing)
            json.field("prefer", prefer)
        }
    }
}

extension PerformanceIndexJSONSection.RecordScoreInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("basis", basis)
            json.field("records", records)
            json.field("score", score)
        }
    }
}

extension PerformanceIndexJSONSection.AssessorScoreInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("evidence", evidence)
            json.field("note", note)
            json.field("score", score)
            json.field("source", source)
        }
    }
}

extension PerformanceIndexJSONSection.IndicatorEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("from_assessor", from_assessor)
            json.field("from_records", from_records)
            json.field("origin", origin)
            json.field("score", score)
        }
    }
}

extension PerformanceIndexJSONSection.AspectEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("covered", covered)
            json.field("score", score)
            json.field("score_exact", score_exact)
        }
    }
}

extension PerformanceIndexJSONSection.UnitEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("aspects", aspects)
            json.field("category", category)
            json.field("category_name", category_name)
            json.field("covered", covered)
            json.field("covered_exact", covered_exact)
            json.field("highest", highest)
            json.field("id", id)
            json.field("indicators", indicators)
            json.field("ipp", ipp)
            json.field("ipp_exact", ipp_exact)
            json.field("lowest", lowest)
            json.field("missing", missing)
            json.field("name", name)
            json.field("rank", rank)
            json.field("status", status)
        }
    }
}
