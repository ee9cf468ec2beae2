/// The rules on the community satisfaction survey (SKM) and its follow-up plan, in the order the catalogue lists them.
enum SurveyRules {
    static let all: [any Rule.Type] = []
}
