import Testing
@testable import PantauPipeline

@Test func targetLinks() {}
