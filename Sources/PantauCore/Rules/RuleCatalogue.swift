/// Every built-in rule, listed once, grouped by area. `evaluate.rules`, `pantau rules` and the
/// generated catalogue in `docs/rules.md` all read this list.
public enum RuleCatalogue {
    public static let rules: [any Rule.Type] =
        StandardRules.all + SurveyRules.all + ComplaintRules.all + MeetingRules.all + ParticipationRules.all + InnovationRules.all

    public static func rule(_ id: String) -> (any Rule.Type)? { rules.first { $0.description.id == id } }

    public static var ids: [String] { rules.map { $0.description.id } }
}
