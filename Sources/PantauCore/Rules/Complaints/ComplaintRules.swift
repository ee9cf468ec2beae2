/// The rules on complaint handling, in the order the catalogue lists them.
enum ComplaintRules {
    static let all: [any Rule.Type] = []
}
