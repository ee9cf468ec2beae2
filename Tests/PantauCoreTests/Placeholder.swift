import Testing
@testable import PantauCore

@Test func targetLinks() {}
