extension Array {
    /// Puts the elements in the given order, the element at `order[i]` going to `i`, by moving
    /// them along the permutation's cycles: none is copied, which for 50,000 findings or
    /// recommendations costs more than working out the order.
    mutating func arrange(in order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        // The buffer's `swapAt` moves elements; the array's copies them through a temporary.
        withUnsafeMutableBufferPointer { elements in
            for first in elements.indices where !placed[first] {
                var position = first
                while order[position] != first {
                    elements.swapAt(position, order[position])
                    placed[position] = true
                    position = order[position]
                }
                placed[position] = true
            }
        }
    }
}
