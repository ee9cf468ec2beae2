/// Suggests the known name closest to a misspelt one, for "did you mean …?" hints.
public enum ClosestName {
    /// The candidate with the smallest edit distance, if it is close enough to be a plausible typo.
    public static func suggest(for name: String, among candidates: some Sequence<String>) -> String? {
        let candidates = Array(candidates)  // read twice below; a sequence may allow only one pass
        let lowered = name.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        guard let best else { return nil }
        let allowance = max(2, min(lowered.count, best.name.count) / 3)
        // Replacing every letter is no slip: `x` is not a typo of `id`.
        if best.distance <= allowance, best.distance < max(lowered.count, best.name.count) { return best.name }
        // A word the user shortened is a plausible slip too: `survey` for `import.survey`.
        guard lowered.count >= 3 else { return nil }
        return candidates.first { $0.lowercased().hasSuffix(lowered) || $0.lowercased().hasPrefix(lowered) }
    }

    /// Optimal string alignment distance (Levenshtein with transpositions).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
