/// A count with its noun in English, singular for one: `1 event`, `3 events`, `1 medium`.
/// Bahasa Indonesia does not inflect the noun, so only the English texts need it.
func englishCount(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
}
