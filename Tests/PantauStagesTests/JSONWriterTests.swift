import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The bytes `report.json` wrote with Foundation's encoder, which `JSONWriter` must reproduce.
private func encoderBytes(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(value))
}

private func writerBytes(_ value: some JSONWritable) throws -> [UInt8] {
    var json = JSONWriter()
    json.value(value)
    try json.finish()
    return [UInt8](json.document)
}

/// Text that needs care in JSON: quotes, backslashes, every control character, the line
/// separators JavaScript chokes on, non-ASCII, emoji, and markup.
private let hostileStrings: [String] = [
    "", "plain", "\"quoted\"", "back\\slash", "a/b </script>", "<script>alert(\"1\")</script>", "=HYPERLINK(\"x\")",
    "tab\there\nnew line\r\ncarriage", "\u{7F} delete", "line\u{2028}separator\u{2029}paragraph", "Dinas Pendidikan — é ü ß",
    "emoji 👩🏽‍⚕️ 🇮🇩", "\\u0000 written out", "trailing backslash \\",
] + (0x00...0x1F).map { "control \(Character(Unicode.Scalar(UInt8($0)))) in the middle" }

/// Sorting cases for keys: case, underscores, digits, prefixes, non-ASCII.
private let awkwardKeys = ["b", "a", "B", "_x", "a_b", "ab", "a10", "a9", "é", "z", "Z", "", "a b", "a\"b", "ü1", "rules", "rules_not"]

private struct Optionals: Encodable, JSONWritable {
    var absent: String?
    var present: Int?
    var empty: [Int]
    var emptyObject: [String: Int]
    var nested: [[String]]

    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("absent", absent)
            json.field("empty", empty)
            json.field("emptyObject", emptyObject)
            json.field("nested", nested)
            json.field("present", present)
        }
    }
}

@Suite("JSONWriter writes what JSONEncoder wrote")
struct JSONWriterTests {
    @Test("strings are escaped exactly as the encoder escapes them", arguments: hostileStrings)
    func strings(_ text: String) throws {
        #expect(try writerBytes([text]) == encoderBytes([text]))
        #expect(try writerBytes(["key": text]) == encoderBytes(["key": text]))
    }

    @Test("an escape is found at every place in a string, among ASCII and non-ASCII alike")
    func escapesAtEveryPlace() throws {
        for filler in ["abcdefghijklmnopqrstuvwxyz", "éüßàçñøåæœ—“”‘’"] {
            for escaped in ["\"", "\\", "\n", "\u{1F}", "\u{0}", "\u{7F}", " ", "!", "#", "[", "]", "\u{80}", "ÿ"] {
                let texts = (0...filler.count).map { place in
                    String(filler.prefix(place)) + escaped + String(filler.dropFirst(place))
                }
                #expect(try writerBytes(texts) == encoderBytes(texts), "\(escaped.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test("a document larger than the writer's buffer, and a string larger than it, come out whole")
    func larger() throws {
        let long = String(repeating: "Layanan \"publik\"\t/ é ", count: 20_000)
        let many = (0..<30_000).map { "nilai \($0)" }
        let value = ["long": [long], "many": many, "tail": ["x"]]
        #expect(try writerBytes(value) == encoderBytes(value))
    }

    @Test("dictionary keys are escaped and sorted as the encoder sorts them")
    func keys() throws {
        let dictionary = Dictionary((awkwardKeys + hostileStrings).enumerated().map { ($1, $0) }) { first, _ in first }
        #expect(try writerBytes(dictionary) == encoderBytes(dictionary))
        #expect(try writerBytes([dictionary, [:]]) == encoderBytes([dictionary, [:]]))
    }

    @Test("numbers are formatted as the encoder formats them")
    func numbers() throws {
        let doubles: [Double] = [0, -0.0, 1, -1, 0.5, 78.09, 3.1416, 0.204, 0.1 + 0.2, 1e-5, 1e-7, 123456789.1234, 1e15, 1e16, 1e21, -2.5e-9, .pi]
        #expect(try writerBytes(doubles) == encoderBytes(doubles))
        let integers = [0, 1, -1, 42, 1_000_000, Int.max, Int.min]
        #expect(try writerBytes(integers) == encoderBytes(integers))
        #expect(try writerBytes([true, false]) == encoderBytes([true, false]))
    }

    @Test("a number JSON cannot hold fails the document, as it failed the encoder", arguments: [Double.nan, .infinity, -.infinity])
    func nonConforming(_ value: Double) throws {
        #expect(throws: EncodingError.self) { try encoderBytes([value]) }
        #expect(throws: EncodingError.self) { try writerBytes([value]) }
    }

    @Test("absent members are left out; empty and nested containers are laid out as the encoder lays them out")
    func layout() throws {
        let values = [
            Optionals(absent: nil, present: nil, empty: [], emptyObject: [:], nested: []),
            Optionals(absent: "x", present: 3, empty: [], emptyObject: ["k": 1], nested: [[], ["a"], ["b", "c"]]),
        ]
        #expect(try writerBytes(values) == encoderBytes(values))
        #expect(try writerBytes([[[Int]]]()) == encoderBytes([[[Int]]]()))
        #expect(try writerBytes([String: Int]()) == encoderBytes([String: Int]()))
    }

    @Test("the sample region's survey document with profile, findings, recommendations and the index")
    func surveyDocument() async throws {
        let (evaluation, account) = try await sampleWithProfile()
        for language in [Language.indonesian, .english] {
            var document = SKMJSONDocument(
                evaluation: evaluation, accounts: [account], pipelineName: "SKM — \"Contoh\" / uji", generatedOn: generatedOn, language: language)
            document.add(try Self.sections())
            document.performance_index = PerformanceIndexJSONSection(index: try await scoredIndex(language: language), language: language)
            #expect(try writerBytes(document) == encoderBytes(document))
        }
        // Without the optional parts, and for a period without responses (no region figures).
        let (empty, emptyAccount) = try await evaluateSamples(period: "2024-S1")
        let plain = SKMJSONDocument(evaluation: empty, accounts: [emptyAccount], pipelineName: "p", generatedOn: generatedOn, language: .indonesian)
        #expect(try writerBytes(plain) == encoderBytes(plain))
    }

    @Test("the monitoring document without a survey, with hostile text in findings and evidence")
    func monevDocument() throws {
        let document = MonevJSONDocument(
            period: period("2026-S1"), sections: try Self.sections(), accounts: [], pipelineName: "Monev", generatedOn: generatedOn,
            language: .english)
        #expect(try writerBytes(document) == encoderBytes(document))
        let bare = MonevJSONDocument(
            period: period("2026-S1"), sections: MonevJSONSections(findings: [], outcomes: nil, plans: []), accounts: [],
            pipelineName: "Monev", generatedOn: generatedOn, language: .indonesian)
        #expect(try writerBytes(bare) == encoderBytes(bare))
    }

    @Test("a recommendation's priority is named as the encoder named it: by its case", arguments: Recommendation.Priority.allCases)
    func priorityNames(_ priority: Recommendation.Priority) {
        #expect(MonevJSONSections.RecommendationEntry.name(priority) == "\(priority)")
    }

    @Test("report.json writes the encoder's bytes and a final newline")
    func stage() async throws {
        let (evaluation, account) = try await evaluateSamples(period: "2026-S1")
        let report = try await run(try ReportJSON(configuration: configuration(ReportJSON.self, nil)), inputs: [evaluation, account])
        let document = SKMJSONDocument(
            evaluation: evaluation, accounts: [account], pipelineName: "SKM Semester — Kabupaten Contoh", generatedOn: generatedOn,
            language: .indonesian)
        #expect(try report.bytes("laporan-skm.json") == encoderBytes(document) + [UInt8(ascii: "\n")])
    }

    #if DEBUG
    @Test("a key written out of order stops a debug build")
    func keyOrder() async {
        await #expect(processExitsWith: .failure) {
            var json = JSONWriter()
            json.object { json in
                json.field("b", 1)
                json.field("a", 2)
            }
        }
    }
    #endif

    /// Findings (hostile text and evidence keys included), rules that did not run, recommendations.
    static func sections() throws -> MonevJSONSections {
        var evidence = Dictionary(uniqueKeysWithValues: awkwardKeys.map { ($0, "nilai \($0)") })
        evidence["catatan"] = hostileStrings.joined(separator: " | ")
        let findings = Findings([
            Finding(
                rule: "standard.missing", subject: .init(unit: "Dinas <script>alert(1)</script>", service: "Puskesmas/Rawat \"Inap\""),
                severity: .critical, message: hostileStrings.joined(), evidence: evidence, records: ["sp.yaml:4", "a\\b.csv:2"],
                title: "Layanan tanpa standar", regulation: "UU 25/2009 pasal 20", period: "2026-S1", action: "Susun standar.\u{2028}Segera."),
            Finding(rule: "plugin.remark", subject: .init(), severity: .info, message: "Catatan daerah."),
            Finding(rule: "complaint.late", subject: .init(unit: "Dinas Sosial"), severity: .major, message: "Terlambat 👩🏽‍⚕️", records: []),
        ])
        let outcomes = RuleOutcomes([
            .init(rule: "standard.missing", outcome: .evaluated(findings: 1)),
            .init(rule: "standard.components-missing", outcome: .missingRecords([.standards, .complaints])),
            .init(rule: "meeting.quorum", outcome: .disabled),
        ])
        let plan = Recommender(regionOwner: "Bagian Organisasi", calendar: WorkingDayCalendar())
            .recommend(findings.items, period: Period("2026-S1")!) { "Tindak lanjuti: \($0)" }
        return MonevJSONSections(findings: [findings], outcomes: outcomes, plans: [plan])
    }
}
