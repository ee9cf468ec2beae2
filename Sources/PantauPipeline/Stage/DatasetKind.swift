/// The name of a kind of data that flows between stages, such as `survey-responses`.
///
/// Stages declare the kinds they consume and produce; the planner connects producers to
/// consumers and refuses a pipeline in which a consumed kind has no producer.
public struct DatasetKind: RawRepresentable, Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: DatasetKind, rhs: DatasetKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A typed value passed from one stage to the next.
public protocol Dataset: Sendable {
    static var kind: DatasetKind { get }
}

/// The datasets a stage receives: everything produced by the stages it depends on.
public struct Datasets: Sendable {
    public struct Entry: Sendable {
        public var producer: String
        public var dataset: any Dataset
    }

    public private(set) var entries: [Entry] = []

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public mutating func append(_ dataset: any Dataset, from producer: String) {
        entries.append(Entry(producer: producer, dataset: dataset))
    }

    /// Every dataset of the given type, in the plan's order of their producers.
    public func all<T: Dataset>(_ type: T.Type) -> [T] {
        entries.compactMap { $0.dataset as? T }
    }

    public func all<T: Dataset>(_ type: T.Type) -> [(producer: String, dataset: T)] {
        entries.compactMap { entry in (entry.dataset as? T).map { (entry.producer, $0) } }
    }

    public var kinds: Set<DatasetKind> { Set(entries.map { type(of: $0.dataset).kind }) }
}
