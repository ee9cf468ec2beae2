import Testing
@testable import PantauYAML

@Test func targetLinks() {}
