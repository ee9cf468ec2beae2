import PantauYAML
import Testing
@testable import PantauPipeline

/// The pipeline document itself: top-level keys, their types, stage entries.
@Suite("Spec decoding")
struct SpecDecodingTests {
    @Test func aMinimalPipelineLoads() throws {
        let pipeline = try loadPipeline("""
            version: 1
            name: Uji minimal
            description: Satu tahap
            locale: en
            period: 2026-S1
            output: hasil/{year}/{period}
            stages:
              - id: survey
                uses: import.a
            """)
        #expect(pipeline.spec.name == "Uji minimal")
        #expect(pipeline.spec.description == "Satu tahap")
        #expect(pipeline.spec.locale == .english)
        #expect(pipeline.spec.period == Located("2026-S1", at: at(5, 9)))
        #expect(pipeline.spec.output == Located("hasil/{year}/{period}", at: at(6, 9)))
        #expect(pipeline.spec.file == pipelineFile)
        #expect(pipeline.spec.stages.map(\.id) == [Located("survey", at: at(8, 9))])
        #expect(pipeline.spec.stages.map(\.uses) == [Located("import.a", at: at(9, 11))])
        #expect(pipeline.spec.stages.map(\.location) == [at(8, 5)])
        #expect(pipeline.plan.steps.map(\.id) == ["survey"])
        #expect(pipeline.stages["survey"] is ImportA)
    }

    @Test func unknownTopLevelKeySuggestsTheClosestAndIsNotAlsoAMissingKey() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stagse:
              - id: survey
                uses: import.a
            """)
        #expect(summaries(problems) == [
            "p.yaml:3:1 yaml.unknown-key: unknown key 'stagse' in the pipeline [did you mean 'stages'?]",
        ])
        #expect(problems.first?.message.text(.indonesian) == "kunci 'stagse' tidak dikenal di pipeline")
    }

    @Test func unknownTopLevelKeyFarFromAnyListsTheValidKeys() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            owner: bappeda
            stages:
              - id: survey
                uses: import.a
            """) == [
                "p.yaml:3:1 yaml.unknown-key: unknown key 'owner' in the pipeline "
                    + "[valid keys: version, name, description, period, locale, output, calendar, plugins, stages]",
            ])
    }

    @Test func everyMissingRequiredKeyIsReportedAtTheDocument() {
        let problems = loadErrors("description: tanpa apa-apa\n")
        let context = LocalizedText(id: "pipeline", en: "the pipeline")
        #expect(problems == [
            error(1, 1, YAMLMessage.missingKey(key: "version", context: context)),
            error(1, 1, YAMLMessage.missingKey(key: "name", context: context)),
            error(1, 1, YAMLMessage.missingKey(key: "stages", context: context)),
        ])
        #expect(summary(problems[0]) == "p.yaml:1:1 yaml.missing-key: the pipeline lacks the required key 'version' [add 'version:' with a value]")
    }

    @Test func aDocumentThatIsNotAMappingIsOneError() {
        #expect(loadErrorSummaries("- version: 1\n") == [
            "p.yaml:1:1 yaml.expected-kind: expected a mapping (key: value), found a list [write a mapping (key: value) here]",
        ])
    }

    @Test(arguments: ["2", "1.0", "v1", "'01'"])
    func unsupportedVersion(written: String) {
        let found = written == "'01'" ? "01" : written
        let problems = loadErrors("""
            version: \(written)
            name: Uji
            stages:
              - id: survey
                uses: import.a
            """)
        #expect(problems == [error(1, 10, PipelineMessage.unsupportedVersion(found: found, supported: 1))])
        #expect(summaries(problems) == [
            "p.yaml:1:10 pipeline.unsupported-version: pipeline version '\(found)' is not supported; this Pantau reads version 1 [write 'version: 1']",
        ])
    }

    @Test func versionOneMayBeQuoted() throws {
        _ = try loadPipeline("""
            version: "1"
            name: Uji
            stages:
              - id: survey
                uses: import.a
            """)
    }

    @Test(arguments: [
        ("stages: survey", "p.yaml:3:9 yaml.expected-kind: expected a list, found a single value [write a list here]"),
        ("stages: {id: survey}", "p.yaml:3:9 yaml.expected-kind: expected a list, found a mapping (key: value) [write a list here]"),
        ("stages: []", "p.yaml:3:9 pipeline.no-stages: the pipeline has no stages [add a 'stages:' list; 'pantau stages' shows what is available]"),
    ])
    func stagesMustBeANonEmptyList(line: String, expected: String) {
        #expect(loadErrorSummaries("version: 1\nname: Uji\n\(line)\n") == [expected])
    }

    @Test(arguments: [
        ("locale: eng", "p.yaml:3:9 yaml.invalid-choice: 'eng' is not one of the allowed values [did you mean 'en'? Allowed: id, en]"),
        ("locale: fr", "p.yaml:3:9 yaml.invalid-choice: 'fr' is not one of the allowed values [allowed: id, en]"),
        ("locale: [id]", "p.yaml:3:9 yaml.expected-kind: expected a single value, found a list [write a single value here]"),
        ("name: ''", "p.yaml:2:7 yaml.empty-value: the value is empty [write a value after the colon]"),
        ("name: [Uji]", "p.yaml:2:7 yaml.expected-kind: expected a single value, found a list [write a single value here]"),
        ("output: '  '", "p.yaml:3:9 yaml.empty-value: the value is empty [write a value after the colon]"),
        ("description: {a: b}", "p.yaml:3:14 yaml.expected-kind: expected a single value, found a mapping (key: value) [write a single value here]"),
    ])
    func wrongTypesOfTopLevelValues(line: String, expected: String) {
        // The line replaces `name:` when it sets the name, else comes after it.
        let nameLine = line.hasPrefix("name:") ? line : "name: Uji\n\(line)"
        #expect(loadErrorSummaries("""
            version: 1
            \(nameLine)
            stages:
              - id: survey
                uses: import.a
            """) == [expected])
    }

    @Test(arguments: ["Survey", "1st", "_x", "a b", "sur/vey", "é", "-x"])
    func invalidStageID(id: String) {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: '\(id)'
                uses: import.a
            """)
        #expect(problems == [error(4, 9, PipelineMessage.invalidStageID(id))])
        #expect(summaries(problems) == [
            "p.yaml:4:9 pipeline.invalid-stage-id: '\(id)' is not a valid stage id [use lower-case letters, digits, '-', '_' and '.', starting with a letter]",
        ])
    }

    @Test(arguments: ["s", "survey", "s1", "a-b_c", "skm.2026"])
    func validStageID(id: String) throws {
        let pipeline = try loadPipeline("""
            version: 1
            name: Uji
            stages:
              - id: \(id)
                uses: import.a
            """)
        #expect(pipeline.plan.steps.map(\.id) == [id])
    }

    @Test func stageEntryKeysAreChecked() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
                need: [x]
              - uses: import.a
              - import.a
            """) == [
                "p.yaml:6:5 yaml.unknown-key: unknown key 'need' in stage 'survey' [did you mean 'needs'?]",
                "p.yaml:7:5 yaml.missing-key: stage 'import.a' lacks the required key 'id' [add 'id:' with a value]",
                "p.yaml:8:5 yaml.expected-kind: expected a mapping (key: value), found a single value [write a mapping (key: value) here]",
            ])
    }

    @Test func duplicateStageIDReportsTheSecondWithTheFirstLine() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
              - id: score
                uses: evaluate.b
              - id: survey
                uses: import.a
            """)
        #expect(problems == [error(8, 9, PipelineMessage.duplicateStageID(id: "survey", firstLine: 4))])
        #expect(summaries(problems) == [
            "p.yaml:8:9 pipeline.duplicate-stage-id: stage id 'survey' is used twice (first on line 4) [give each stage its own id]",
        ])
        #expect(problems[0].message.text(.indonesian) == "id tahap 'survey' dipakai dua kali (pertama di baris 4)")
    }

    @Test func unknownUsesSuggestsTheClosestStageAndHidesMissingProducers() {
        // `report.b` consumes `b`, which `evalute.b` would have produced: that is not a second error.
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
              - id: score
                uses: evalute.b
              - id: report
                uses: report.b
            """)
        #expect(problems == [error(7, 11, PipelineMessage.unknownStage(uses: "evalute.b", suggestion: "evaluate.b"))])
        #expect(summaries(problems) == [
            "p.yaml:7:11 pipeline.unknown-stage: there is no stage called 'evalute.b' [did you mean 'evaluate.b'? 'pantau stages' lists every stage]",
        ])
    }

    @Test func unknownUsesWithoutACloseStage() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: kirim.surel
            """) == [
                "p.yaml:5:11 pipeline.unknown-stage: there is no stage called 'kirim.surel' ['pantau stages' lists every stage]",
            ])
    }

    @Test func unknownNeedSuggestsTheClosestStageID() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
              - id: look
                uses: observe
                needs: [survy, nowhere]
            """)
        #expect(problems == [
            error(8, 13, PipelineMessage.unknownNeed(need: "survy", stage: "look", suggestion: "survey")),
            error(8, 20, PipelineMessage.unknownNeed(need: "nowhere", stage: "look", suggestion: nil)),
        ])
        #expect(summaries(problems) == [
            "p.yaml:8:13 pipeline.unknown-need: stage 'look' needs 'survy', but no stage has that id [did you mean 'survey'?]",
            "p.yaml:8:20 pipeline.unknown-need: stage 'look' needs 'nowhere', but no stage has that id [write the id of a stage in this pipeline]",
        ])
    }

    @Test func aSingleNeedMayBeWrittenWithoutAList() throws {
        let pipeline = try loadPipeline("""
            version: 1
            name: Uji
            stages:
              - id: look
                uses: observe
                needs: survey
              - id: survey
                uses: import.a
            """)
        #expect(pipeline.plan.steps.map(\.id) == ["survey", "look"])
    }

    @Test func aNeedNamingAStageWithAnUnknownUsesIsNotReportedAgain() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.aa
              - id: score
                uses: evaluate.b
                needs: [survey]
            """) == [
                "p.yaml:5:11 pipeline.unknown-stage: there is no stage called 'import.aa' [did you mean 'import.a'? 'pantau stages' lists every stage]",
            ])
    }

    @Test func aStageThatNeedsItself() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: look
                uses: observe
                needs:
                  - look
            """)
        #expect(problems == [error(7, 9, PipelineMessage.needsItself(stage: "look"))])
        #expect(summaries(problems) == [
            "p.yaml:7:9 pipeline.needs-itself: stage 'look' lists itself under needs [remove it from its own needs]",
        ])
    }

    @Test func aCycleOfNeedsIsShownInOrderAtTheNeedsEntry() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: a
                uses: observe
                needs: [c]
              - id: b
                uses: observe
                needs: [a]
              - id: c
                uses: observe
                needs: [b]
            """)
        #expect(problems == [error(6, 13, PipelineMessage.cycle(path: ["a", "c", "b", "a"]))])
        #expect(summaries(problems) == [
            "p.yaml:6:13 pipeline.cycle: these stages wait on each other in a circle: a → c → b → a "
                + "[remove one of these needs so that the stages can run in order]",
        ])
    }

    @Test func aCycleBehindOtherStagesIsReportedOnce() {
        // `x` waits on the loop without being part of it; `free` can run.
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: x
                uses: observe
                needs: [y]
              - id: free
                uses: observe
              - id: y
                uses: observe
                needs: [free, z]
              - id: z
                uses: observe
                needs: [y]
            """) == [
                "p.yaml:11:19 pipeline.cycle: these stages wait on each other in a circle: y → z → y "
                    + "[remove one of these needs so that the stages can run in order]",
            ])
    }

    @Test func aCycleThroughADatasetKindPointsAtTheNeedsThatCloseIt() {
        // `score` consumes `a` from `survey`, and `survey` needs `score`.
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
                needs: [score]
              - id: score
                uses: evaluate.b
            """) == [
                "p.yaml:6:13 pipeline.cycle: these stages wait on each other in a circle: survey → score → survey "
                    + "[remove one of these needs so that the stages can run in order]",
            ])
    }

    @Test func aConsumedKindWithoutProducerNamesTheRegistryStagesThatProduceIt() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
            """)
        #expect(problems == [
            error(5, 11, PipelineMessage.missingProducer(stage: "score", kind: "a", candidates: ["import.a", "fail.always", "import.table"])),
        ])
        #expect(summaries(problems) == [
            "p.yaml:5:11 pipeline.missing-producer: stage 'score' consumes 'a', but no stage in this pipeline produces it "
                + "[add a stage that produces 'a', such as 'import.a', 'fail.always', 'import.table']",
        ])
    }

    @Test func aConsumedKindNoRegisteredStageProduces() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: score
                uses: evaluate.b
            """, registry: StageRegistry([EvaluateB.self])) == [
                "p.yaml:5:11 pipeline.missing-producer: stage 'score' consumes 'a', but no stage in this pipeline produces it [add a stage that produces 'a']",
            ])
    }

    @Test func unknownPlaceholdersInOutputAreEachReported() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            output: "out/{periode}/{year}/{tahun}"
            stages:
              - id: survey
                uses: import.a
            """)
        #expect(problems == [
            error(3, 9, PipelineMessage.unknownPlaceholder(name: "periode", allowed: ["period", "year"])),
            error(3, 9, PipelineMessage.unknownPlaceholder(name: "tahun", allowed: ["period", "year"])),
        ])
        #expect(summary(problems[0]) == "p.yaml:3:9 pipeline.unknown-placeholder: unknown placeholder '{periode}' [placeholders you can use: {period}, {year}]")
    }

    @Test(arguments: ["2026-S3", "2026-13", "26", "2026-Q0", "next-quarter", "previous-week", "S1-2026"])
    func invalidPeriod(period: String) {
        let problems = loadErrors("""
            version: 1
            name: Uji
            period: \(period)
            stages:
              - id: survey
                uses: import.a
            """)
        #expect(problems == [error(3, 9, PipelineMessage.invalidPeriod(value: period))])
        #expect(summaries(problems) == [
            "p.yaml:3:9 pipeline.invalid-period: '\(period)' is not a period [write a year (2026), a semester (2026-S1), a quarter (2026-Q3), "
                + "a month (2026-03) or previous-quarter / previous-semester / previous-year]",
        ])
    }

    @Test(arguments: ["2026", "2026-s1", "2026-TW3", "2026-03", "previous-quarter", "current-month"])
    func validPeriod(period: String) throws {
        let pipeline = try loadPipeline("""
            version: 1
            name: Uji
            period: \(period)
            stages:
              - id: survey
                uses: import.a
            """)
        #expect(pipeline.spec.period?.value == period)
    }
}
