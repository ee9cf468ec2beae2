import Testing
@testable import PantauStages

@Test func targetLinks() {}
