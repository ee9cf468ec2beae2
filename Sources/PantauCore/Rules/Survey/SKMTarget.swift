import PantauYAML

/// The score a unit or an element should reach: by default the lowest score of a grade of the
/// survey's own scheme (B is 76.61 under PermenPAN-RB 14/2017 and 62.51 under KepMenPAN
/// 25/2004), or a score the region sets itself. A score exactly on the target reaches it.
struct SKMTarget {
    let grade: String
    /// The region's own target; nil to use the grade's.
    let score: Rational?

    /// The rule parameters that set it, for what `what` names ("nilai SKM unit", "nilai unsur").
    static func parameters(for what: LocalizedText) -> [RuleParameter] {
        [
            RuleParameter(
                "min_grade", .choice(["A", "B", "C", "D"]), default: .word("B"),
                help: LocalizedText(
                    id: "Mutu yang harus dicapai \(what.indonesian): targetnya nilai terendah mutu itu dalam skema survei (B = 76,61).",
                    en: "The grade \(what.english) must reach: the target is that grade's lowest score in the survey's scheme (B = 76.61).")),
            RuleParameter(
                "min_score", .decimal(Rational.zero...Rational(100)), default: .decimal(.zero),
                help: LocalizedText(
                    id: "Target nilai sendiri (25–100), misalnya target RPJMD; bila lebih dari 0 menggantikan `min_grade`.",
                    en: "A target score of the region's own (25–100), such as a development-plan target; above 0 it replaces `min_grade`.")),
        ]
    }

    init(settings: RuleSettings) {
        grade = settings.word("min_grade")
        let score = settings.decimal("min_score")
        self.score = score > .zero ? score : nil
    }

    /// The target score under a scheme; nil when the scheme has no such grade.
    func minimum(in scheme: SurveyScheme) -> Rational? {
        score ?? scheme.minimumScore(ofGrade: grade)
    }

    /// The target as findings write it: `76,61 (mutu B)`, or the region's score alone.
    func text(_ minimum: Rational, in scheme: SurveyScheme) -> LocalizedText {
        let figure = SurveyFigures.decimal(minimum, places: 2)
        guard score == nil else { return figure }
        return LocalizedText(id: "\(figure.indonesian) (mutu \(grade))", en: "\(figure.english) (grade \(grade))")
    }
}
