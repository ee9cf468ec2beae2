import Dispatch

extension Array where Element: Sendable {
    /// `transform` of every element, in order, computed on every core at once: `transform` must
    /// only read what it is given and what it owns.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { results in
            // Each iteration writes its own element only.
            nonisolated(unsafe) let slots = results
            DispatchQueue.concurrentPerform(iterations: count) { index in slots[index] = transform(self[index]) }
        }
        return results.map { $0! }
    }
}
