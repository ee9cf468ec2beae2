import Dispatch

/// Two values computed on two cores at once; each closure must only read what it is given.
func inParallel<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, and second: @Sendable () -> Second
) -> (First, Second) {
    // Each iteration writes its own result only.
    nonisolated(unsafe) var firstResult: First?
    nonisolated(unsafe) var secondResult: Second?
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { firstResult = first() } else { secondResult = second() }
    }
    return (firstResult!, secondResult!)
}
