import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

@Suite("import.standards and import.complaints document themselves")
struct StandardsComplaintsDescriptorTests {
    static let descriptors = [ImportStandards.descriptor, ImportComplaints.descriptor]

    @Test("both are built-in importers, listed after import.survey")
    func registered() {
        let ids = BuiltInStages.registry.ids
        #expect(ids.prefix(3) == ["import.survey", "import.standards", "import.complaints"])
        #expect(Self.descriptors.allSatisfy { $0.role == .importer })
        #expect(ImportStandards.descriptor.produces == [.serviceRegister, .serviceStandards, .importSummary])
        #expect(ImportComplaints.descriptor.consumesIfPresent == [.serviceRegister])
        #expect(ImportComplaints.descriptor.produces == [.complaints, .importSummary])
    }

    @Test("every text is written in both languages", arguments: descriptors)
    func bilingual(_ descriptor: StageDescriptor) {
        let texts = [descriptor.summary] + [descriptor.details].compactMap { $0 } + descriptor.options.map(\.help)
        for text in texts {
            #expect(!text.indonesian.isEmpty && !text.english.isEmpty)
            #expect(text.indonesian != text.english, "\(text.english)")
        }
    }

    @Test("the example is a valid stage entry in a pipeline of pipelines/, on the sample files", arguments: descriptors)
    func example(_ descriptor: StageDescriptor) throws {
        let base = repositoryFile("pipelines")
        let entry = try #require(try YAMLLoader().load(text: descriptor.example, file: "example").items?.first)
        #expect(entry["uses"]?.scalarValue == descriptor.id)
        let with = entry["with"]
        #expect(OptionValidator(baseDirectory: base).validate(with, options: descriptor.options, stageID: "x", stageLocation: at(1, 1)) == [])
        let configuration = StageConfiguration(stageID: "x", descriptor: descriptor, node: with, location: at(1, 1), baseDirectory: base)
        let factory = try #require(BuiltInStages.registry.stage(descriptor.id))
        #expect(throws: Never.self) { _ = try factory.make(configuration) }
    }

    @Test("docs/records.md lists the shipped status map, the default personal columns and the fourteen components as the code has them")
    func recordsDocument() throws {
        let text = try String(contentsOfFile: repositoryFile("docs/records.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "| label | status | where it comes from |"))
        let rows = lines[(start + 2)...].prefix { $0.hasPrefix("|") }.map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(rows.map { $0[0] } == ComplaintStatusMap.lapor.labels)
        #expect(rows.map { $0[1] } == ComplaintStatusMap.lapor.entries.map(\.status.rawValue))
        for column in ComplaintColumns.defaultPersonal {
            #expect(text.contains("`\(column)`"), "\(column)")
        }
        for component in StandardComponent.allCases {
            #expect(text.contains("| \(component.number) | `\(component.key)` | `\(component.englishKey)` | \(component.name) |"))
        }
    }
}
