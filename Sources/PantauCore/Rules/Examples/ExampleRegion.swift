import PantauYAML

/// The small region rule examples are written against: two units with two services each, in
/// the first semester of 2026, with the 2026 holidays in the calendar. Examples change what
/// they need and leave the rest as it is, so that each reads as the one situation it shows.
enum ExampleRegion {
    static let period = Period(kind: .semester, year: 2026, index: 1)!

    static let disdukcapil = "Dinas Kependudukan dan Pencatatan Sipil"
    static let dpmptsp = "Dinas Penanaman Modal dan PTSP"
    static let ktp = "Penerbitan KTP-el"
    static let akta = "Akta Kelahiran"
    static let izinUsaha = "Izin Usaha Mikro"
    static let pbg = "Persetujuan Bangunan Gedung"

    static let register = ServiceRegister(
        units: [
            .init(id: "DUKCAPIL", name: disdukcapil),
            .init(id: "DPMPTSP", name: dpmptsp),
        ],
        services: [
            .init(id: "KTP", unitID: "DUKCAPIL", name: ktp),
            .init(id: "AKTA", unitID: "DUKCAPIL", name: akta),
            .init(id: "IUM", unitID: "DPMPTSP", name: izinUsaha),
            .init(id: "PBG", unitID: "DPMPTSP", name: pbg),
        ])

    /// Records with the register and nothing else yet.
    static var records: EvaluationRecords {
        EvaluationRecords(period: period, calendar: calendar, register: register)
    }

    /// Weekends and the 2026 national holidays and cuti bersama that examples cross.
    static let calendar = WorkingDayCalendar(
        daysOff: [
            date("2026-01-01"): .holiday("Tahun Baru"),
            date("2026-02-16"): .collectiveLeave("Cuti bersama Imlek"),
            date("2026-02-17"): .holiday("Tahun Baru Imlek"),
            date("2026-03-18"): .collectiveLeave("Cuti bersama Idulfitri"),
            date("2026-03-19"): .holiday("Nyepi"),
            date("2026-03-20"): .collectiveLeave("Cuti bersama Idulfitri"),
            date("2026-03-23"): .collectiveLeave("Cuti bersama Idulfitri"),
            date("2026-03-24"): .collectiveLeave("Cuti bersama Idulfitri"),
            date("2026-04-03"): .holiday("Wafat Yesus Kristus"),
            date("2026-05-01"): .holiday("Hari Buruh"),
            date("2026-05-14"): .holiday("Kenaikan Yesus Kristus"),
            date("2026-05-15"): .collectiveLeave("Cuti bersama Kenaikan"),
            date("2026-05-27"): .holiday("Iduladha"),
            date("2026-05-28"): .collectiveLeave("Cuti bersama Iduladha"),
            date("2026-06-01"): .holiday("Hari Lahir Pancasila"),
            date("2026-06-16"): .holiday("Tahun Baru Islam"),
        ],
        years: [2026])

    /// A date written as in the examples; a typo is a mistake in the example itself.
    static func date(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { preconditionFailure("example date \(iso)") }
        return date
    }

    /// Where an example's records come from, as findings cite them.
    static func source(_ row: Int, file: String = "contoh.csv") -> RecordSource { RecordSource(file: file, row: row) }

    /// A complete, established, published standard with a maklumat, reviewed this year and
    /// drafted in a consultation: the standard no rule finds fault with. Examples spoil one thing.
    static func standard(unit: String = "DUKCAPIL", service: String = "KTP", row: Int = 2) -> ServiceStandard {
        var components: [StandardComponent: String] = [:]
        for component in StandardComponent.allCases { components[component] = "" }
        return ServiceStandard(
            unitID: unit, serviceID: service, components: components, timeLimitDays: 14, fee: .zero, legalBasis: ["Perpres 96/2018"],
            established: date("2025-02-03"), lastReviewed: date("2026-01-20"), published: true,
            publishedIn: ["website", "papan informasi"], maklumat: true, maklumatDate: date("2025-02-03"),
            consultation: "FKP-\(unit)-\(service)", source: source(row, file: "standar-pelayanan.yaml"))
    }

    /// The region's four services, each with a sound standard.
    static var soundStandards: [ServiceStandard] {
        register.services.enumerated().map { standard(unit: $0.element.unitID, service: $0.element.id, row: $0.offset + 2) }
    }

    static func subject(_ unit: String, _ service: String? = nil) -> Finding.Subject { Finding.Subject(unit: unit, service: service) }
}

extension EvaluationRecords {
    /// The records with these standards (and no others).
    func with(standards: [ServiceStandard]) -> EvaluationRecords {
        var copy = self
        copy.standards = ServiceStandards(standards)
        return copy
    }

    /// The records with one change made.
    func with(_ change: (inout EvaluationRecords) -> Void) -> EvaluationRecords {
        var copy = self
        change(&copy)
        return copy
    }
}
