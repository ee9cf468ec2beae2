import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The JSON report of the samples for a period, as bytes.
private func sampleJSON(_ periodID: String, language: Language = .indonesian, afresh: Bool = false) async throws -> [UInt8] {
    let (evaluation, account) = try await afresh ? evaluateSamplesAfresh(period: periodID) : evaluateSamples(period: periodID)
    let stage = try ReportJSON(configuration: configuration(ReportJSON.self, "file: laporan-skm.json"))
    let report = try await run(stage, inputs: [evaluation, account], period: period(periodID), language: language)
    #expect(report.written == ["laporan-skm.json"])
    return try report.bytes("laporan-skm.json")
}

private func object(_ bytes: [UInt8]) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
}

/// Every object's keys in the order they are written, found by scanning the text (JSONSerialization forgets the order).
private func keyOrders(_ text: String) -> [[String]] {
    enum Container { case object([String]), array }
    var stack: [Container] = []
    var finished: [[String]] = []
    var string = ""
    var inString = false
    var escaped = false
    var lastString: String?
    for character in text {
        if inString {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inString = false
                lastString = string
                continue
            }
            string.append(character)
            continue
        }
        switch character {
        case "\"":
            inString = true
            string = ""
        case ":":
            if case .object(var keys)? = stack.last, let key = lastString {
                keys.append(key)
                stack[stack.count - 1] = .object(keys)
            }
        case "{": stack.append(.object([]))
        case "[": stack.append(.array)
        case "}":
            if case .object(let keys)? = stack.popLast() { finished.append(keys) }
        case "]": _ = stack.popLast()
        default: break
        }
        if character != " " && character != "\n" && character != ":" { lastString = nil }
    }
    return finished
}

@Suite("report.json")
struct ReportJSONTests {
    @Test("the document names its schema, version, period and language")
    func header() async throws {
        let json = try object(await sampleJSON("2026-S1"))
        #expect(json["schema"] as? String == "pantau.skm-report")
        #expect(json["schema_version"] as? Int == 1)
        #expect(json["language"] as? String == "id")
        #expect(json["generated_on"] as? String == "2026-07-15")
        #expect(json["pipeline"] as? String == "SKM Semester — Kabupaten Contoh")
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["id"] as? String == "2026-S1")
        #expect(period["label"] as? String == "Semester I 2026")
        #expect(period["start"] as? String == "2026-01-01")
        #expect(period["end"] as? String == "2026-06-30")
        let scheme = try #require(json["scheme"] as? [String: Any])
        #expect(scheme["id"] as? String == "permenpan-14-2017")
        #expect(scheme["conversion_factor"] as? String == "25")
        let elements = try #require(scheme["elements"] as? [[String: Any]])
        #expect(elements.map { $0["code"] as? String } == (1...9).map { "U\($0)" })
        #expect(elements.allSatisfy { $0["weight"] as? String == "1/9" })
        #expect(elements[7]["name"] as? String == "Penanganan Pengaduan, Saran dan Masukan")
    }

    @Test("English documents say so and name the period in English")
    func english() async throws {
        let json = try object(await sampleJSON("2026-S1", language: .english))
        #expect(json["language"] as? String == "en")
        #expect((json["period"] as? [String: Any])?["label"] as? String == "First half 2026")
        let region = try #require(json["region"] as? [String: Any])
        #expect(region["quality"] as? String == "Good")
    }

    @Test("region figures equal the expected ones", arguments: samplePeriods)
    func region(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID).region_pooled
        let region = try #require(try object(await sampleJSON(periodID))["region"] as? [String: Any])
        #expect(region["respondents"] as? Int == expected.respondents)
        #expect(fraction(try #require(region["score_exact"] as? String)) == fraction(expected.score))
        #expect(fraction(try #require(region["ikm_exact"] as? String)) == fraction(expected.ikm))
        #expect(region["grade"] as? String == expected.grade)
        #expect((region["score"] as? NSNumber)?.doubleValue == Double(expected.score_rounded))
        let elements = try #require(region["elements"] as? [[String: Any]])
        #expect(elements.map { $0["code"] as? String } == (1...9).map { "U\($0)" })
        #expect(elements.map { $0["sum"] as? Int ?? -1 } == ExpectedSKM.ordered(expected.sums))
        for element in elements {
            let distribution = try #require(element["distribution"] as? [Int])
            #expect(distribution.count == 4)
            #expect(distribution.reduce(0, +) == expected.respondents)
            #expect(zip(1...4, distribution).map { $0 * $1 }.reduce(0, +) == element["sum"] as? Int)
        }
    }

    @Test("unit figures, ranks and sample verdicts equal the expected ones", arguments: samplePeriods)
    func units(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID)
        let units = try #require(try object(await sampleJSON(periodID))["units"] as? [[String: Any]])
        #expect(units.map { $0["name"] as? String ?? "" } == expected.agencies.map(\.opd).sorted())
        let best = expected.agencies.sorted { fraction($0.score)! > fraction($1.score)! }.map(\.opd)
        for agency in expected.agencies {
            let unit = try #require(units.first { $0["name"] as? String == agency.opd })
            let figures = try #require(unit["figures"] as? [String: Any])
            #expect(figures["respondents"] as? Int == agency.respondents, "\(agency.opd)")
            #expect(fraction(try #require(figures["score_exact"] as? String)) == fraction(agency.score), "\(agency.opd)")
            #expect(fraction(try #require(figures["ikm_exact"] as? String)) == fraction(agency.ikm), "\(agency.opd)")
            #expect(figures["grade"] as? String == agency.grade, "\(agency.opd)")
            #expect(figures["quality"] as? String == agency.kinerja, "\(agency.opd)")
            let elements = try #require(figures["elements"] as? [[String: Any]])
            #expect(elements.map { $0["sum"] as? Int ?? -1 } == ExpectedSKM.ordered(agency.sums), "\(agency.opd)")
            #expect(elements.map { fraction($0["nrr_exact"] as? String ?? "") } == (1...9).map { fraction(agency.nrr["U\($0)"]!) })
            #expect(unit["rank"] as? Int == best.firstIndex(of: agency.opd)! + 1, "\(agency.opd)")
            let sample = try #require(unit["sample"] as? [String: Any])
            #expect(sample["status"] as? String == (agency.sample.sufficient ? "sufficient" : "insufficient"), "\(agency.opd)")
            #expect(sample["population"] as? Int == agency.sample.population)
            #expect(sample["minimum"] as? Int == agency.sample.minimum)
            let services = try #require(unit["services"] as? [[String: Any]])
            #expect(services.map { $0["name"] as? String ?? "" } == agency.services.map(\.layanan).sorted())
            for service in agency.services {
                let figures = try #require(services.first { $0["name"] as? String == service.layanan }?["figures"] as? [String: Any])
                #expect(figures["respondents"] as? Int == service.respondents)
                #expect(fraction(figures["score_exact"] as? String ?? "") == fraction(service.score), "\(service.layanan)")
                #expect(figures["grade"] as? String == service.grade)
            }
        }
    }

    @Test("exact figures are written as num/den strings, exactly as the expected file writes them", arguments: samplePeriods)
    func exactFormat(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID)
        let json = try object(await sampleJSON(periodID))
        let units = try #require(json["units"] as? [[String: Any]])
        for agency in expected.agencies {
            let figures = try #require(units.first { $0["name"] as? String == agency.opd }?["figures"] as? [String: Any])
            // Dinas Sosial 2026-S1 is "65/1" in the expected file: a consumer splitting on "/" must find two parts.
            let written = figures["score_exact"] as? String
            #expect(written == agency.score, "\(agency.opd)")
        }
        #expect((json["region"] as? [String: Any])?["score_exact"] as? String == expected.region_pooled.score)
    }

    @Test("the data-quality section reconciles the import")
    func dataQuality() async throws {
        let json = try object(await sampleJSON("2026-S1"))
        let imports = try #require(json["data_quality"] as? [[String: Any]])
        #expect(imports.count == 1)
        let account = imports[0]
        #expect(account["stage"] as? String == "skm")
        #expect(account["records"] as? String == "survey-responses")
        #expect(account["read"] as? Int == 3469)
        #expect(account["accepted"] as? Int == 3449)
        #expect(account["rejected"] as? Int == 20)
        #expect(account["reconciles"] as? Bool == true)
        #expect(account["rejects_file"] as? String == "rejects-skm.csv")
        let files = try #require(account["files"] as? [[String: Any]])
        for file in try ExpectedSKM.load("2026-S1").files {
            let entry = try #require(files.first { ($0["file"] as? String)?.hasSuffix(file.file) == true })
            #expect(entry["read"] as? Int == file.records_read)
            #expect(entry["accepted"] as? Int == file.accepted)
            #expect(entry["rejected"] as? Int == file.rejected)
        }
        let coverage = try #require(json["coverage"] as? [String: Any])
        #expect(coverage["in_period"] as? Int == 1645)
        #expect(coverage["outside_period"] as? Int == 1804)
        #expect(coverage["undated"] as? Int == 0)
    }

    @Test("keys are sorted in every object")
    func sortedKeys() async throws {
        let text = String(decoding: try await sampleJSON("2026-S1"), as: UTF8.self)
        let orders = keyOrders(text)
        #expect(orders.count > 100)
        for keys in orders {
            #expect(keys == keys.sorted(), "\(keys)")
        }
        #expect(orders.last == [
            "coverage", "data_quality", "generated_on", "language", "period", "pipeline", "region", "schema", "schema_version", "scheme", "units",
        ])
    }

    @Test("two runs give byte-identical output ending in a newline")
    func deterministic() async throws {
        let first = try await sampleJSON("2026-S1")
        let second = try await sampleJSON("2026-S1", afresh: true)
        #expect(first == second)
        #expect(first.last == UInt8(ascii: "\n"))
    }

    @Test("equal scores share a rank in JSON too")
    func tiedRanks() async throws {
        let evaluation = madeUpEvaluation([
            ("Dinas C", "L", Array(repeating: 3, count: 9), 2), ("Dinas B", "L", Array(repeating: 4, count: 9), 1),
            ("Dinas A", "L", Array(repeating: 4, count: 9), 3),
        ])
        let stage = try ReportJSON(configuration: configuration(ReportJSON.self, nil))
        let report = try await run(stage, inputs: [evaluation])
        let units = try #require(try object(report.bytes("laporan-skm.json"))["units"] as? [[String: Any]])
        #expect(units.map { $0["rank"] as? Int ?? 0 } == [1, 1, 3])
        #expect(units.map { ($0["sample"] as? [String: Any])?["status"] as? String } == Array(repeating: "population-unknown", count: 3))
    }

    @Test("hostile names are plain JSON strings")
    func hostileNames() async throws {
        let name = "<script>alert(\"1\")</script> \\ =HYPERLINK(\"x\")"
        let evaluation = madeUpEvaluation([(name, "a\nb", Array(repeating: 3, count: 9), 1)])
        let stage = try ReportJSON(configuration: configuration(ReportJSON.self, nil))
        let report = try await run(stage, inputs: [evaluation])
        let units = try #require(try object(report.bytes("laporan-skm.json"))["units"] as? [[String: Any]])
        #expect(units.first?["name"] as? String == name)
        // A line break inside a name is a blank like any other: names have one spelling rule.
        #expect((units.first?["services"] as? [[String: Any]])?.first?["name"] as? String == "a b")
    }

    @Test("a period without responses has no region figures")
    func noResponses() async throws {
        let (evaluation, account) = try await evaluateSamples(period: "2024-S1")
        let stage = try ReportJSON(configuration: configuration(ReportJSON.self, nil))
        let report = try await run(stage, inputs: [evaluation, account], period: period("2024-S1"))
        let json = try object(report.bytes("laporan-skm.json"))
        #expect(json["region"] == nil || json["region"] is NSNull)
        #expect((json["units"] as? [Any])?.isEmpty == true)
    }
}
