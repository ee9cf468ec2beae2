/// The rules on service standards, in the order the catalogue lists them.
enum StandardRules {
    static let all: [any Rule.Type] = [
        StandardMissing.self,
        StandardComponentsMissing.self,
    ]
}
