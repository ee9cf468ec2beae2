/// A function's values kept by argument, each computed once: rules look up the same few dozen
/// names (categories, stakeholder groups) for each of thousands of records.
struct Memo<Argument: Hashable, Value> {
    private var values: [Argument: Value] = [:]
    private let compute: (Argument) -> Value

    init(_ compute: @escaping (Argument) -> Value) { self.compute = compute }

    mutating func callAsFunction(_ argument: Argument) -> Value {
        if let value = values[argument] { return value }
        let value = compute(argument)
        values[argument] = value
        return value
    }
}
