public import PantauYAML

// Reading an instrument file: every problem at once, each at the line and column of the value
// that causes it. The file's shape is documented in docs/index-pekppp.md.

extension PerformanceInstrument {
    static let keys = ["id", "title", "regulation", "categories", "aspects", "supplementary"]
    static let aspectKeys = ["code", "name", "weight", "indicators"]
    static let indicatorKeys = ["code", "no", "name", "weight", "evidence", "scores"]
    static let categoryKeys = ["grade", "name", "from", "to"]

    /// The instrument a YAML document describes, or every problem with it.
    public static func read(_ root: Node) throws(Diagnostics) -> PerformanceInstrument {
        var reader = InstrumentReader()
        let instrument = reader.instrument(root)
        try reader.problems.throwIfErrors()
        guard let instrument else { throw Diagnostics(reader.problems.items) }
        return instrument
    }
}

/// One pass over an instrument file, collecting problems as it goes.
private struct InstrumentReader {
    var problems = DiagnosticCollector()
    private var aspectLines: [String: Int] = [:]
    private var indicatorLines: [String: Int] = [:]
    private var numberLines: [Int: (code: String, line: Int)] = [:]
    private var gradeLines: [String: Int] = [:]

    private static let context = LocalizedText(id: "instrumen", en: "the instrument")

    mutating func instrument(_ root: Node) -> PerformanceInstrument? {
        let rootProblems = root.checkKeys(
            allowed: PerformanceInstrument.keys, required: ["id", "title", "aspects", "categories"], context: Self.context)
        problems.add(contentsOf: rootProblems)
        guard root.kind == .mapping else { return nil }
        let id = root["id"].flatMap { node in problems.attempt { try node.nonEmptyString() } }
        let title = root["title"].flatMap { text($0) }
        let regulation = root["regulation"].flatMap { node in problems.attempt { try node.string() } } ?? ""
        let categories = root["categories"].map { self.categories($0) } ?? []
        let aspects = root["aspects"].map { self.aspects($0, key: Self.keyNode(root, "aspects")) } ?? []
        let supplementary = (root["supplementary"].flatMap { node in problems.attempt { try node.list() } } ?? [])
            .compactMap { indicator($0, weighted: false) }
        guard let id, let title else { return nil }
        return PerformanceInstrument(
            id: id, title: title, regulation: regulation, aspects: aspects, supplementary: supplementary, categories: categories)
    }

    // MARK: Aspects and indicators

    private mutating func aspects(_ node: Node, key: Node?) -> [IndexAspect] {
        guard let items = problems.attempt({ try node.list() }) else { return [] }
        if items.isEmpty { problems.add(node.error(InstrumentMessage.noAspects)) }
        var aspects: [IndexAspect] = []
        var complete = true
        for item in items {
            if let aspect = aspect(item) { aspects.append(aspect) } else { complete = false }
        }
        // A total over aspects that could not be read would only repeat their problems.
        let total = aspects.reduce(Rational.zero) { $0 + $1.weight }
        if complete, !aspects.isEmpty, total != PerformanceInstrument.weightTotal {
            problems.add((key ?? node).error(InstrumentMessage.aspectWeightsNot100(sum: total)))
        }
        return aspects
    }

    private mutating func aspect(_ node: Node) -> IndexAspect? {
        let keyProblems = node.checkKeys(allowed: PerformanceInstrument.aspectKeys, required: PerformanceInstrument.aspectKeys, context: Self.context)
        problems.add(contentsOf: keyProblems)
        guard node.kind == .mapping else { return nil }
        let code = node["code"].flatMap { unique($0, in: \.aspectLines, InstrumentMessage.duplicateAspect) }
        let name = node["name"].flatMap { text($0) }
        let weight = node["weight"].flatMap { self.weight($0) }
        var indicators: [IndexIndicator] = []
        var complete = true
        if let list = node["indicators"], let items = problems.attempt({ try list.list() }) {
            if items.isEmpty, let code { problems.add(list.error(InstrumentMessage.noIndicators(aspect: code))) }
            for item in items {
                if let indicator = indicator(item, weighted: true) { indicators.append(indicator) } else { complete = false }
            }
            let total = indicators.reduce(Rational.zero) { $0 + $1.weight }
            if complete, !indicators.isEmpty, let code, total != PerformanceInstrument.weightTotal {
                problems.add((Self.keyNode(node, "indicators") ?? list).error(InstrumentMessage.indicatorWeightsNot100(aspect: code, sum: total)))
            }
        } else {
            complete = false
        }
        guard keyProblems.isEmpty, complete, let code, let name, let weight else { return nil }
        return IndexAspect(code: code, name: name, weight: weight, indicators: indicators)
    }

    private mutating func indicator(_ node: Node, weighted: Bool) -> IndexIndicator? {
        let allowed = weighted ? PerformanceInstrument.indicatorKeys : PerformanceInstrument.indicatorKeys.filter { $0 != "weight" }
        let required = weighted ? ["code", "name", "weight", "scores"] : ["code", "name", "scores"]
        let keyProblems = node.checkKeys(allowed: allowed, required: required, context: Self.context)
        problems.add(contentsOf: keyProblems)
        guard node.kind == .mapping else { return nil }
        let code = node["code"].flatMap { unique($0, in: \.indicatorLines, InstrumentMessage.duplicateIndicator) }
        let number = node["no"].flatMap { indicatorNumber($0, code: code) }
        let name = node["name"].flatMap { text($0) }
        let weight = weighted ? node["weight"].flatMap { self.weight($0) } : Rational.zero
        let evidence = node["evidence"].flatMap { value in problems.attempt { try value.choice(RecordEvidence.self) } }
        let levels = node["scores"].flatMap { scores($0, key: Self.keyNode(node, "scores"), indicator: code) }
        guard keyProblems.isEmpty, let code, let name, let weight, let levels else { return nil }
        if node["evidence"] != nil, evidence == nil { return nil }
        return IndexIndicator(code: code, number: number, name: name, weight: weight, levels: levels, evidence: evidence)
    }

    /// The description of every score 0–5, keyed by score.
    private mutating func scores(_ node: Node, key: Node?, indicator: String?) -> [String]? {
        guard let entries = problems.attempt({ try node.mapping() }) else { return nil }
        var levels = [String?](repeating: nil, count: PerformanceInstrument.scores.count)
        var sound = true
        for entry in entries {
            guard let score = Int(entry.key), PerformanceInstrument.scores.contains(score) else {
                problems.add(entry.keyNode.error(InstrumentMessage.scoreOutsideScale(score: entry.key)))
                sound = false
                continue
            }
            guard let text = problems.attempt({ try entry.value.nonEmptyString() }) else {
                sound = false
                continue
            }
            levels[score] = text
        }
        let missing = PerformanceInstrument.scores.filter { levels[$0] == nil }
        if sound, !missing.isEmpty {
            problems.add((key ?? node).error(InstrumentMessage.scoresMissing(indicator: indicator ?? "?", scores: missing)))
        }
        guard sound, missing.isEmpty else { return nil }
        return levels.compactMap { $0 }
    }

    private mutating func indicatorNumber(_ node: Node, code: String?) -> Int? {
        guard let number = problems.attempt({ try node.int(in: 1...999) }) else { return nil }
        if let first = numberLines[number] {
            problems.add(node.error(InstrumentMessage.duplicateNumber(number: number, code: first.code, firstLine: first.line)))
            return nil
        }
        numberLines[number] = (code ?? "?", node.location.line)
        return number
    }

    // MARK: Categories

    private mutating func categories(_ node: Node) -> [IndexCategory] {
        guard let items = problems.attempt({ try node.list() }) else { return [] }
        if items.isEmpty { problems.add(node.error(InstrumentMessage.noCategories)) }
        var categories: [(category: IndexCategory, node: Node)] = []
        var complete = true
        for item in items {
            let keyProblems = item.checkKeys(allowed: PerformanceInstrument.categoryKeys, required: PerformanceInstrument.categoryKeys, context: Self.context)
            problems.add(contentsOf: keyProblems)
            guard item.kind == .mapping else {
                complete = false
                continue
            }
            let grade = item["grade"].flatMap { unique($0, in: \.gradeLines, InstrumentMessage.duplicateGrade) }
            let name = item["name"].flatMap { text($0) }
            let from = item["from"].flatMap { bound($0) }
            let to = item["to"].flatMap { bound($0) }
            guard keyProblems.isEmpty, let grade, let name, let from, let to else {
                complete = false
                continue
            }
            if from > to {
                problems.add(item.error(InstrumentMessage.boundsReversed(grade: grade)))
                complete = false
                continue
            }
            if let above = categories.last, to >= above.category.from {
                problems.add((item["to"] ?? item).error(InstrumentMessage.categoriesOverlap(grade: grade, above: above.category.grade)))
                complete = false
            }
            categories.append((IndexCategory(grade: grade, name: name, from: from, to: to), item))
        }
        if complete, let top = categories.first, top.category.to != Rational(PerformanceInstrument.scores.upperBound) {
            problems.add((top.node["to"] ?? top.node).error(InstrumentMessage.topCategoryShort(grade: top.category.grade, to: top.category.to)))
        }
        if complete, let bottom = categories.last, bottom.category.from != .zero {
            problems.add(
                (bottom.node["from"] ?? bottom.node).error(InstrumentMessage.bottomCategoryShort(grade: bottom.category.grade, from: bottom.category.from)))
        }
        return categories.map(\.category)
    }

    private mutating func bound(_ node: Node) -> Rational? {
        guard let text = problems.attempt({ try node.string() }) else { return nil }
        guard let value = Rational(decimal: text) else {
            problems.add(node.error(InstrumentMessage.invalidBound(value: text)))
            return nil
        }
        let scale = PerformanceInstrument.scores
        guard value >= Rational(scale.lowerBound), value <= Rational(scale.upperBound) else {
            problems.add(node.error(InstrumentMessage.boundOutsideScale(value: text)))
            return nil
        }
        return value
    }

    // MARK: Values

    private mutating func weight(_ node: Node) -> Rational? {
        guard let text = problems.attempt({ try node.string() }) else { return nil }
        guard let value = Rational(decimal: text) else {
            problems.add(node.error(InstrumentMessage.invalidWeight(value: text)))
            return nil
        }
        guard value > .zero else {
            problems.add(node.error(InstrumentMessage.weightNotPositive(value: text)))
            return nil
        }
        return value
    }

    /// A code not used before in its kind; a repeat is reported with the line of the first.
    private mutating func unique(
        _ node: Node, in lines: WritableKeyPath<InstrumentReader, [String: Int]>, _ message: (String, Int) -> InstrumentMessage
    ) -> String? {
        guard let code = problems.attempt({ try node.nonEmptyString() }) else { return nil }
        let key = code.lowercased()
        if let first = self[keyPath: lines][key] {
            problems.add(node.error(message(code, first)))
            return nil
        }
        self[keyPath: lines][key] = node.location.line
        return code
    }

    /// A name in both languages (`{id: …, en: …}`), or one text for both.
    private mutating func text(_ node: Node) -> LocalizedText? {
        if node.kind == .mapping {
            let keyProblems = node.checkKeys(allowed: ["id", "en"], required: ["id"], context: Self.context)
            problems.add(contentsOf: keyProblems)
            let indonesian = node["id"].flatMap { value in problems.attempt { try value.nonEmptyString() } }
            let english = node["en"].flatMap { value in problems.attempt { try value.nonEmptyString() } }
            guard keyProblems.isEmpty, let indonesian else { return nil }
            if node["en"] != nil, english == nil { return nil }
            return LocalizedText(id: indonesian, en: english ?? indonesian)
        }
        return problems.attempt { try node.nonEmptyString() }.map { LocalizedText(id: $0, en: $0) }
    }

    /// The key node of `key` in a mapping: where a problem with the whole value is reported.
    private static func keyNode(_ node: Node, _ key: String) -> Node? {
        node.pairs?.first { $0.key.scalarValue == key }?.key
    }
}
