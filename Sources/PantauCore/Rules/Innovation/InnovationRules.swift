/// The rules on innovation, in the order the catalogue lists them.
enum InnovationRules {
    static let all: [any Rule.Type] = [
        InnovationNoneInYear.self,
        InnovationNotSustained.self,
        InnovationNotReplicated.self,
    ]
}
