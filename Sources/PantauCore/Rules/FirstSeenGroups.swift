/// Elements gathered by a key, the groups in the order their first element came and each
/// group's elements in theirs: deterministic, whatever the hashing. Rules gather records by the
/// subject of the finding they lead to, so that one finding per subject lists its records and
/// the recommendation drawn from (rule, subject) stays the same from one period to the next.
struct FirstSeenGroups<Key: Hashable, Element> {
    private(set) var groups: [(key: Key, elements: [Element])] = []

    init(_ elements: some Sequence<Element>, by key: (Element) -> Key) {
        var positions: [Key: Int] = [:]
        for element in elements {
            let key = key(element)
            if let position = positions[key] {
                groups[position].elements.append(element)
            } else {
                positions[key] = groups.count
                groups.append((key, [element]))
            }
        }
    }
}
