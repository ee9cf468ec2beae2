/// The rules on public participation, in the order the catalogue lists them.
enum ParticipationRules {
    static let all: [any Rule.Type] = []
}
