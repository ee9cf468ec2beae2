// Dasar nilai dari catatan, dalam Bahasa Indonesia.
import PantauYAML

extension ScoreBasis {
    var indonesianText: String {
        switch self {
        case .notImported(let kind): "pipeline tidak mengimpor catatan `\(kind)`"
        case .noServices: "daftar tidak memuat layanan unit ini"
        case .standards(let services, let withStandard, let allComponents, let established, let withPublic, let reviewed):
            "\(withStandard) dari \(services) layanan ber-SP; \(allComponents) lengkap 14 komponen; \(established) ditetapkan; "
                + "\(withPublic) disusun bersama masyarakat; \(reviewed) pernah ditinjau (monev)"
        case .participation(let groups, let events, let unmatched):
            "\(groups.count) kelompok pemangku kepentingan dalam \(events) konsultasi standar pelayanan"
                + (groups.isEmpty ? "" : " (\(groups.joined(separator: ", ")))")
                + (unmatched > 0 ? "; \(unmatched) konsultasi yang disebut SP tidak ada di log partisipasi" : "")
        case .publication(let services, let withStandard, let published, let deliveryComplete, let fewestMedia, let onSIPPN):
            "\(withStandard) dari \(services) layanan ber-SP; \(published) dipublikasikan; \(deliveryComplete) dengan 6 komponen "
                + "service delivery lengkap; paling sedikit \(fewestMedia) media selain SIPP Nasional; \(onSIPPN) di SIPP Nasional"
        case .review(let services, let withinOneYear, let withinTwoYears, let reviewed, let asOf):
            "per \(asOf): dari \(services) layanan, \(withinOneYear) ditinjau dalam 1 tahun terakhir, \(withinTwoYears) dalam 2 tahun, "
                + "\(reviewed) pernah ditinjau"
        case .maklumat(let withStandard, let declared, let dated):
            "\(declared) dari \(withStandard) SP didukung maklumat, \(dated) bertanggal penetapan; kesesuaian isi dan publikasi "
                + "maklumat tidak tercatat, jadi catatan paling tinggi memberi nilai 2"
        case .surveyNotHeld: "tidak ada jawaban SKM unit ini dalam periode"
        case .survey(let respondents, let scheme, let followsRegulation, let sample):
            "\(respondents) responden, skema \(scheme)"
                + (followsRegulation ? "" : " (bukan PermenPAN-RB 14/2017)")
                + ", sampel \(sample.indonesianText); publikasi hasil tidak tercatat, jadi catatan paling tinggi memberi nilai 2"
        case .surveyPublicationNotRecorded(let respondents):
            "SKM dilaksanakan (\(respondents) responden), tetapi media publikasi hasilnya tidak tercatat"
        case .noFollowUpPlan: "tidak ada RTL hasil SKM untuk unit ini"
        case .followUps(let period, let items, let done):
            "RTL SKM \(period.label(.indonesian)): \(done) dari \(items) butir selesai"
        case .followUpSpeed(let period, let items, let done, let lastDone, let months):
            if done < items {
                "RTL SKM \(period.label(.indonesian)): baru \(done) dari \(items) butir selesai"
            } else if let months, let lastDone {
                "RTL SKM \(period.label(.indonesian)): seluruh \(items) butir selesai, terakhir \(lastDone), dalam \(months) bulan setelah periode SKM"
            } else {
                "RTL SKM \(period.label(.indonesian)): seluruh \(items) butir selesai, terakhir \(lastDone?.description ?? "—"), lebih dari 12 bulan setelah periode SKM"
            }
        case .noComplaints: "tidak ada pengaduan ke unit ini dalam periode"
        case .complaints(let lapor, let laporFinished, let other, let otherFinished):
            "SP4N-LAPOR!: \(laporFinished) dari \(lapor) selesai; kanal lain: \(otherFinished) dari \(other) selesai"
        case .innovations(let total, let running, let over):
            "\(total) inovasi tercatat; \(running) berjalan (sudah diuji coba atau diterapkan); \(over) berjalan lebih dari setahun; "
                + "keikutsertaan kompetisi tidak tercatat, jadi catatan paling tinggi memberi nilai 3"
        }
    }
}

extension SampleVerdict {
    var indonesianText: String {
        switch self {
        case .sufficient: "cukup"
        case .insufficient: "kurang"
        case .unknown: "tidak dapat diperiksa (populasi tidak diketahui)"
        }
    }
}
