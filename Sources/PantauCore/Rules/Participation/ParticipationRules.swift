/// The rules on public participation, in the order the catalogue lists them: consultation around
/// each change of a standard, what became of the inputs, and how recently each unit consulted.
enum ParticipationRules {
    static let all: [any Rule.Type] = [
        ParticipationChangeWithoutConsultation.self,
        ParticipationInputsNotReflected.self,
        ParticipationNoRecentConsultation.self,
    ]
}
