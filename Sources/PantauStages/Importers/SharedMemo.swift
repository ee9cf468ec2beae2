import Synchronization

/// A function's values kept by argument, each computed once and shared by the threads that read
/// a file's chunks on every core (PantauCore's `Memo` is the twin for one thread): exports repeat
/// a few hundred names and words in every row.
final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        let value = compute()
        values.withLock { $0[key] = value }
        return value
    }
}
