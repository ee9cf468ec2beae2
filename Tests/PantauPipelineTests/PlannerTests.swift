import PantauYAML
import Testing
@testable import PantauPipeline

/// The order stages run in, and why each waits for another.
@Suite("Planner")
struct PlannerTests {
    /// Written consumers first, so that the order has to come from the dependencies.
    static let backwards = """
        version: 1
        name: Uji
        stages:
          - id: report
            uses: report.b
          - id: score
            uses: evaluate.b
          - id: second
            uses: import.a
          - id: first
            uses: import.a
        """

    @Test func orderRespectsDependenciesWithTiesInFileOrder() throws {
        let plan = try loadPipeline(Self.backwards).plan
        #expect(plan.steps.map(\.id) == ["second", "first", "score", "report"])
        #expect(plan.waves == [["second", "first"], ["score"], ["report"]])
    }

    @Test func theEarliestReadyStageInFileOrderComesNext() throws {
        // `late` needs `c`; `a` and `b` are ready from the start and come first in file order.
        let plan = try loadPipeline("""
            version: 1
            name: Uji
            stages:
              - id: late
                uses: observe
                needs: [c]
              - id: a
                uses: observe
              - id: c
                uses: observe
              - id: b
                uses: observe
            """).plan
        #expect(plan.steps.map(\.id) == ["a", "c", "late", "b"])
        #expect(plan.waves == [["a", "c", "b"], ["late"]])
    }

    @Test func dependenciesCarryTheirReasonsInPipelineOrder() throws {
        let plan = try loadPipeline(Self.backwards).plan
        #expect(plan.step("score")?.dependencies == [
            Plan.Dependency(stage: "second", reasons: [.consumes("a")]),
            Plan.Dependency(stage: "first", reasons: [.consumes("a")]),
        ])
        #expect(plan.step("report")?.dependencies == [Plan.Dependency(stage: "score", reasons: [.consumes("b")])])
        #expect(plan.step("first")?.dependencies == [])
        #expect(plan.step("nobody") == nil)
    }

    @Test func explicitNeedsAndKindsCombine() throws {
        let plan = try loadPipeline("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
                needs: [score, survey]
              - id: look
                uses: observe
                needs: report
            """).plan
        #expect(plan.step("report")?.dependencies == [
            Plan.Dependency(stage: "survey", reasons: [.needs]),
            Plan.Dependency(stage: "score", reasons: [.needs, .consumes("b")]),
        ])
        #expect(plan.step("look")?.dependencies == [Plan.Dependency(stage: "report", reasons: [.needs])])
        #expect(plan.steps.map(\.id) == ["survey", "score", "report", "look"])
        #expect(plan.waves == [["survey"], ["score"], ["report"], ["look"]])
    }

    @Test func aKindUsedWhenPresentIsADependencyWhenSomeStageProducesIt() throws {
        let plan = try loadPipeline("""
            version: 1
            name: Uji
            stages:
              - id: summary
                uses: report.summary
              - id: score
                uses: evaluate.b
              - id: survey
                uses: import.a
            """).plan
        #expect(plan.step("summary")?.dependencies == [
            Plan.Dependency(stage: "score", reasons: [.consumes("b")]),
            Plan.Dependency(stage: "survey", reasons: [.consumes("a")]),
        ])
        #expect(plan.steps.map(\.id) == ["survey", "score", "summary"])
    }

    @Test func wavesGroupIndependentStagesOfADiamond() throws {
        let plan = try loadPipeline("""
            version: 1
            name: Uji
            stages:
              - id: one
                uses: import.a
              - id: two
                uses: import.a
              - id: score
                uses: evaluate.b
              - id: left
                uses: report.b
                with: {file: left.txt}
              - id: right
                uses: report.b
                with: {file: right.txt}
              - id: apart
                uses: observe
              - id: end
                uses: observe
                needs: [left, right]
            """).plan
        #expect(plan.waves == [["one", "two", "apart"], ["score"], ["left", "right"], ["end"]])
        // Every stage is in exactly one wave, and each wave only depends on earlier ones.
        var earlier: Set<String> = []
        for wave in plan.waves {
            for id in wave {
                #expect(plan.step(id)!.dependencies.allSatisfy { earlier.contains($0.stage) })
            }
            earlier.formUnion(wave)
        }
        #expect(earlier.count == plan.steps.count)
    }

    @Test func ancestorsAreEveryStageReachedThroughDependencies() throws {
        let plan = try loadPipeline("""
            version: 1
            name: Uji
            stages:
              - id: one
                uses: import.a
              - id: two
                uses: import.a
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
              - id: look
                uses: observe
                needs: [one]
              - id: last
                uses: observe
                needs: [look, report]
            """).plan
        #expect(plan.ancestors(of: "report") == ["score", "one", "two"])
        #expect(plan.ancestors(of: "look") == ["one"])
        #expect(plan.ancestors(of: "last") == ["look", "report", "score", "one", "two"])
        #expect(plan.ancestors(of: "one") == [])
        #expect(plan.ancestors(of: "nobody") == [])
    }

    @Test func thePlannerReportsDirectlyWithoutDeclaredIDs() throws {
        // Used alone, every entry is declared and complete.
        let pipeline = try loadPipeline(Self.backwards)
        let entries = pipeline.plan.steps.filter { $0.id != "second" && $0.id != "first" }.map { (spec: $0.spec, descriptor: $0.descriptor) }
        let (plan, problems) = Planner(registry: testRegistry).plan(entries)
        #expect(plan == nil)
        #expect(summaries(problems) == [
            "p.yaml:7:11 pipeline.missing-producer: stage 'score' consumes 'a', but no stage in this pipeline produces it "
                + "[add a stage that produces 'a', such as 'import.a', 'fail.always', 'import.table']",
        ])
        let (_, incomplete) = Planner(registry: testRegistry).plan(entries, complete: false)
        #expect(incomplete.isEmpty)
    }
}
