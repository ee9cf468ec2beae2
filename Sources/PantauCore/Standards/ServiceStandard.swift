public import PantauYAML

/// The published service standard (*Standar Pelayanan*, SP) of one service: the provider's
/// promise to its users (UU 25/2009 art. 20–21; PermenPAN-RB 15/2014).
///
/// It records what the standard states, not a judgement of it: which of the fourteen
/// components it has, its facts (time limit, fee, legal basis), and where it stands in its
/// lifecycle (drafted with the public, established, published, declared in a maklumat, reviewed).
/// Evaluation rules decide what counts as a shortfall.
public struct ServiceStandard: Sendable, Hashable, Codable {
    /// The unit's and the service's ids in the `ServiceRegister`.
    public var unitID: String
    public var serviceID: String
    /// The components the standard states, with their text; the text is empty when a file says
    /// only that the component is there, or states it through a fact (`timeLimitDays`, `fee`,
    /// `legalBasis`).
    public var components: [StandardComponent: String]
    /// The time limit in working days (*hari kerja*), when the standard gives one as a number.
    public var timeLimitDays: Int?
    /// The fee in Rupiah; zero when the service is free.
    public var fee: Rational?
    /// The regulations the service rests on.
    public var legalBasis: [String]
    /// When the head of the provider established (*menetapkan*) the standard.
    public var established: CalendarDate?
    /// When the standard was last reviewed.
    public var lastReviewed: CalendarDate?
    public var published: Bool
    /// Where it is published: the website, an information board, a leaflet…
    public var publishedIn: [String]
    /// Whether a maklumat pelayanan (the signed public declaration) backs it, and its date.
    public var maklumat: Bool
    public var maklumatDate: CalendarDate?
    /// The public consultation (FKP) that drafted or reviewed it, as the participation records name it.
    public var consultation: String?
    /// The stakeholder groups the service concerns (*kelompok sasaran*), as the participation log
    /// names groups; empty when the standard does not say.
    public var targetGroups: [String]
    public var source: RecordSource

    public init(
        unitID: String, serviceID: String, components: [StandardComponent: String] = [:], timeLimitDays: Int? = nil,
        fee: Rational? = nil, legalBasis: [String] = [], established: CalendarDate? = nil, lastReviewed: CalendarDate? = nil,
        published: Bool = false, publishedIn: [String] = [], maklumat: Bool = false, maklumatDate: CalendarDate? = nil,
        consultation: String? = nil, targetGroups: [String] = [], source: RecordSource
    ) {
        self.unitID = unitID
        self.serviceID = serviceID
        self.components = components
        self.timeLimitDays = timeLimitDays
        self.fee = fee
        self.legalBasis = legalBasis
        self.established = established
        self.lastReviewed = lastReviewed
        self.published = published
        self.publishedIn = publishedIn
        self.maklumat = maklumat
        self.maklumatDate = maklumatDate
        self.consultation = consultation
        self.targetGroups = targetGroups
        self.source = source
    }

    public func has(_ component: StandardComponent) -> Bool { components[component] != nil }

    /// The components the standard lacks, in the regulation's order.
    public var missingComponents: [StandardComponent] { StandardComponent.allCases.filter { !has($0) } }

    public var isFree: Bool? { fee.map { $0 == .zero } }

    /// The last time the standard was settled: its latest review, or its establishment when it
    /// was never reviewed. What a review interval counts from.
    public var lastSettled: CalendarDate? {
        switch (established, lastReviewed) {
        case (let established?, let reviewed?): max(established, reviewed)
        case (let date?, nil), (nil, let date?): date
        case (nil, nil): nil
        }
    }
}

/// The service standards an import found, one per service at most.
public struct ServiceStandards: Sendable {
    public private(set) var items: [ServiceStandard]
    private var index: [String: Int] = [:]

    public init(_ items: [ServiceStandard] = []) {
        self.items = []
        for item in items { append(item) }
    }

    /// Adds a standard; a second standard for the same service replaces nothing and returns false.
    @discardableResult
    public mutating func append(_ standard: ServiceStandard) -> Bool {
        let key = Self.key(unitID: standard.unitID, serviceID: standard.serviceID)
        guard index[key] == nil else { return false }
        index[key] = items.count
        items.append(standard)
        return true
    }

    public var count: Int { items.count }

    /// The standard of a service, by the register's ids.
    public func standard(unitID: String, serviceID: String) -> ServiceStandard? {
        index[Self.key(unitID: unitID, serviceID: serviceID)].map { items[$0] }
    }

    public func standards(ofUnit unitID: String) -> [ServiceStandard] {
        items.filter { $0.unitID == unitID }
    }

    private static func key(unitID: String, serviceID: String) -> String {
        ServiceRegister.lookupKey(unitID) + "\u{0}" + ServiceRegister.lookupKey(serviceID)
    }
}
