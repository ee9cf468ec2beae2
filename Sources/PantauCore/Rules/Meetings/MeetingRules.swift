/// The rules on coordination meetings and their action items, in the order the catalogue lists them.
enum MeetingRules {
    static let all: [any Rule.Type] = [
        ActionItemOverdue.self,
        ActionItemWithoutOwner.self,
        ActionItemCarriedOverOpen.self,
        RepeatedAbsence.self,
    ]
}
