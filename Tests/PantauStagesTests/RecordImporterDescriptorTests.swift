import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The four record importers' descriptors: what `pantau stages`, validation and the reference read.
@Suite("Record importer descriptors")
struct RecordImporterDescriptorTests {
    static let stages: [any Stage.Type] = [ImportMeetings.self, ImportParticipation.self, ImportFollowUps.self, ImportInnovations.self]

    @Test("registered once among the built-in stages, as importers that use the register when there is one")
    func registered() {
        for stage in Self.stages {
            let descriptor = stage.descriptor
            #expect(BuiltInStages.registry.ids.filter { $0 == descriptor.id }.count == 1, "\(descriptor.id)")
            #expect(descriptor.role == .importer)
            #expect(descriptor.consumes.isEmpty)
            #expect(descriptor.consumesIfPresent == [.serviceRegister])
            #expect(descriptor.produces.last == .importSummary)
        }
        #expect(ImportMeetings.descriptor.produces == [.meetings, .importSummary])
        #expect(ImportParticipation.descriptor.produces == [.participation, .importSummary])
        #expect(ImportFollowUps.descriptor.produces == [.followUps, .surveyPublications, .importSummary])
        #expect(ImportInnovations.descriptor.produces == [.innovations, .importSummary])
    }

    @Test("every text in both languages, every column option with its default")
    func bilingual() {
        func check(_ text: LocalizedText?, _ what: String) {
            #expect(text.map { !$0.indonesian.isEmpty && !$0.english.isEmpty && $0.indonesian != $0.english } == true, "\(what)")
        }
        for stage in Self.stages {
            let descriptor = stage.descriptor
            check(descriptor.summary, "\(descriptor.id) summary")
            check(descriptor.details, "\(descriptor.id) details")
            for option in descriptor.options {
                check(option.help, "\(descriptor.id).\(option.key)")
                if case .object(let columns) = option.type {
                    for column in columns {
                        check(column.help, "\(descriptor.id).\(option.key).\(column.key)")
                        #expect(column.defaultValue?.isEmpty == false, "\(descriptor.id).\(option.key).\(column.key)")
                    }
                }
            }
        }
    }

    @Test("each example is a stage entry that validates against the repository's samples")
    func examples() throws {
        for stage in Self.stages {
            let descriptor = stage.descriptor
            let entry = try YAMLLoader().load(text: descriptor.example, file: "example.yaml")
            let item = try #require(entry.items?.first)
            #expect(item["uses"]?.scalarValue == descriptor.id)
            // Example paths are relative to a pipeline in `pipelines/`.
            let base = repositoryFile("pipelines")
            #expect(OptionValidator(baseDirectory: base).validate(item["with"], options: descriptor.options, stageID: "x", stageLocation: at(1, 1)) == [])
            let configuration = StageConfiguration(
                stageID: "x", descriptor: descriptor, node: item["with"], location: at(1, 1), baseDirectory: base)
            #expect(throws: Never.self, "\(descriptor.id)") { _ = try BuiltInStages.registry.stage(descriptor.id)?.make(configuration) }
        }
    }

    @Test("a misspelt column key is refused by the generic check, with the closest key")
    func unknownColumnKey() throws {
        let node = try YAMLLoader().load(text: "path: samples/kabupaten-contoh/partisipasi.csv\ncolumns:\n  dat: tgl\n", file: pipelineFile)
        let problems = OptionValidator(baseDirectory: repositoryRoot)
            .validate(node, options: ImportParticipation.descriptor.options, stageID: "partisipasi", stageLocation: at(1, 1))
        #expect(problems.map(\.code) == ["yaml.unknown-key"])
        #expect(problems.first?.location == at(3, 3))
        #expect(problems.first?.message.hint(.english)?.contains("'date'") == true)
    }
}
