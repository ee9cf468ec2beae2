import PantauYAML
import Testing
@testable import PantauCore

@Suite("Survey responses kept in runs")
struct SurveyResponsesTests {
    /// A response made from a number, so that every field differs from its neighbours'.
    static func response(_ k: Int, file: String) -> SurveyResponses.Response {
        SurveyResponses.Response(
            unit: ["Dinas Sosial", "DINAS KESEHATAN", "Rumah Sakit Umum Daerah"][k % 3], service: k % 4 == 0 ? nil : "Layanan \(k % 5)",
            date: k % 7 == 0 ? nil : CalendarDate(year: 2026, month: 1 + k % 6, day: 1 + k % 28),
            answers: (0..<9).map { 1 + ($0 + k) % 4 }, source: RecordSource(file: file, row: k + 2, line: k % 9 == 0 ? nil : k + 3))
    }

    static func appending(_ responses: [SurveyResponses.Response], to set: inout SurveyResponses) {
        for r in responses { set.append(unit: r.unit, service: r.service, date: r.date, answers: r.answers, source: r.source) }
    }

    @Test("responses appended one by one, whole sets (moved, some left out) and again one by one read back in order")
    func runs() {
        let scheme = SurveyScheme.permenpan14_2017
        var chunk = SurveyResponses(scheme: scheme)
        let chunkResponses = (0..<40).map { Self.response($0, file: "b.csv") }
        Self.appending(chunkResponses, to: &chunk)
        // A set that is itself made of runs, to append as a whole.
        var nested = SurveyResponses(scheme: scheme)
        nested.append(contentsOf: chunk, rowsBefore: 100, linesBefore: 200, excluding: [0, 5, 39])
        Self.appending([Self.response(77, file: "c.csv")], to: &nested)

        var set = SurveyResponses(scheme: scheme)
        let first = (40..<50).map { Self.response($0, file: "a.csv") }
        Self.appending(first, to: &set)
        set.append(contentsOf: nested, rowsBefore: 1000, linesBefore: 2000, excluding: [1, 37])
        let last = (50..<55).map { Self.response($0, file: "a.csv") }
        Self.appending(last, to: &set)

        func moved(_ r: SurveyResponses.Response, rows: Int, lines: Int) -> SurveyResponses.Response {
            var r = r
            r.source = RecordSource(file: r.source.file, row: r.source.row + rows, line: r.source.line.map { $0 + lines })
            return r
        }
        let inNested = chunkResponses.enumerated().filter { ![0, 5, 39].contains($0.offset) }.map { moved($0.element, rows: 100, lines: 200) }
            + [Self.response(77, file: "c.csv")]
        let expected = first + inNested.enumerated().filter { ![1, 37].contains($0.offset) }.map { moved($0.element, rows: 1000, lines: 2000) } + last
        #expect(set.count == expected.count)
        #expect((0..<set.count).map { set[$0] } == expected)

        // Both ways of visiting every response agree with reading them one by one.
        var visited: [String] = []
        set.forEach { unit, service, day, answers in visited.append("\(set.unitNames[unit]) \(service.map { set.serviceNames[$0] } ?? "-") \(day ?? -1) \(Array(answers))") }
        let (unitNames, serviceNames) = (set.unitNames, set.serviceNames)
        let inRuns = set.mapRuns(concurrently: true) { run in
            (0..<run.units.count).map { i in
                let service = run.services[i] >= 0 ? serviceNames[Int(run.serviceNumbers[Int(run.services[i])])] : "-"
                let day = run.days[i] == SurveyResponses.undated ? -1 : Int(run.days[i])
                return "\(unitNames[Int(run.unitNumbers[Int(run.units[i])])]) \(service) \(day) \(Array(run.answers[(i * 9)..<((i + 1) * 9)]))"
            }
        }.flatMap { $0 }
        let read = expected.map { "\($0.unit) \($0.service ?? "-") \($0.date?.dayNumber ?? -1) \($0.answers.map(UInt8.init))" }
        #expect(visited == read)
        #expect(inRuns == read)
    }
}
