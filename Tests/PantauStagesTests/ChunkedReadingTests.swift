import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// Survey exports that try every way a chunk boundary can mislead a reader: quoted fields that
/// hold line breaks and whole fake records, doubled quotes, CRLF and lone CR line ends, blank
/// lines, records with a wrong field count, a quote left unclosed, text after a closing quote,
/// bytes that are not UTF-8, names spelt two ways, respondent ids repeated far apart, and
/// profiles with ages that are not ages, gender labels written many ways and quoted values.
private enum HostileExport {
    static let header = "no,tgl_survei,jam_survei,opd,layanan,jenis_kelamin,usia,pendidikan,pekerjaan,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran"

    static let units = ["Dinas Sosial", "DINAS SOSIAL", "Dinas  Sosial", "Dinas Kesehatan", "Rumah Sakit Umum Daerah Kabupaten Contoh"]
    static let services = ["DTKS", "Rawat Jalan", "Layanan \"Cepat\"", "PBG, IMB"]
    /// Profile fields as CSV text (quoted where they hold a comma or are quoted for no reason),
    /// taken by the record's number so that the random draws of the other fields stay the same.
    static let genders = ["L", "P", "Perempuan", "laki-laki", "Pria", "WANITA", "", "  L  ", "\"P\"", "Lainnya", "Laki Laki"]
    static let ages = ["30", "0", "150", "tiga puluh", "", " 45 ", "1990", "7", "120", "-5", "\"41\"", "121", "1", "19", "60"]
    static let educations = ["SMA", "S1", "\"D3, Diploma\"", "", "sma", "Sarjana (S1)", "SMP"]
    static let occupations = ["PNS", "Wiraswasta", "", "Pelajar/Mahasiswa", "\"Petani, Pekebun\"", "pns", "Lainnya", "Ibu Rumah Tangga", "TNI/Polri"]

    /// The records, as bytes, with `lineEnd` between them. `nonASCII` is written into the
    /// saran of a record well into the file, so that the first chunks see plain ASCII only.
    static func bytes(lineEnd: String = "\n", delimiter: String = ",", bom: Bool = false, nonASCII: [UInt8] = [0xC3, 0xA9]) -> [UInt8] {
        var random = SplitMix(seed: 2026)
        var lines: [[UInt8]] = [Array(header.replacingOccurrences(of: ",", with: delimiter).utf8)]
        func line(_ fields: [String]) -> [UInt8] { Array(fields.joined(separator: delimiter).utf8) }
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        for number in 1...260 {
            let respondent = number % 37 == 0 ? String(number - 30) : number % 53 == 0 ? "" : String(number)
            let unit = units[random.next(units.count)]
            let service = services[random.next(services.count)]
            var answers = (0..<9).map { _ in String(1 + random.next(4)) }
            let profile = [
                genders[number % genders.count], ages[number % ages.count], educations[number % educations.count],
                occupations[number % occupations.count],
            ]
            var fields = [respondent, "2026-0\(1 + random.next(6))-1\(random.next(10))", "08:00", quoted(unit), quoted(service)] + profile
            var saran = ""
            switch number % 11 {
            case 0: saran = quoted("ada baris baru\(lineEnd)\(number),2026-01-05,08:00,Dinas Palsu,X,L,30,SMA,PNS,1,1,1,1,1,1,1,1,1,\(lineEnd)di dalam")
            case 1: saran = quoted("koma, dan \"kutip\" dan \r lone CR")
            case 2: saran = quoted(String(repeating: "panjang sekali ", count: 20))
            case 3: answers[number % 9] = ["0", "5", "x", "", "+3", " 4 "][number % 6]
            case 4: fields[1] = ["2026-02-30", "", "12/01/2026", "12 Januari 2026"][number % 4]
            case 5: fields[3] = number % 2 == 0 ? "" : "  Dinas Kesehatan  "
            default: break
            }
            var record = line(fields + answers + [saran])
            if number == 97 { record = line(fields + answers) }  // one field short
            if number == 101 { record += Array("\"spasi\" sesudah".utf8) }  // not a field: text after a quote
            if number == 150 { record = line(fields + answers + [quoted("é")]).map { $0 == 0xC3 ? 0xFF : $0 } }  // not UTF-8 (in a UTF-8 file)
            if number == 170 { record = line(fields + answers) + Array((delimiter + "\"saran tanpa").utf8) + nonASCII + Array(" penutup".utf8) }
            if number == 120 { record = line(fields + answers + ["sarannya "] ) + nonASCII }
            lines.append(record)
            if number % 17 == 0 { lines.append([]) }  // a blank line
            if number == 200 { lines.append(line(["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""])) }
        }
        // A quote left open mid-file: more line breaks than a quoted field may hold follow before any other quote.
        let plain = ["2026-03-02", "08:00", "Dinas Sosial", "DTKS", "L", "30", "SMA", "PNS", "3", "3", "3", "3", "3", "3", "3", "3", "3"]
        lines.append(line(["300"] + plain + ["\"kutip terbuka"]))
        for number in 301...410 { lines.append(line([String(number)] + plain + ["polos"])) }
        lines.append(line(["411"] + plain + [quoted("kutip lagi")]))
        // A quote left open at the very end.
        lines.append(line(["261", "2026-03-01", "08:00", "Dinas Sosial", "DTKS", "L", "30", "SMA", "PNS", "4", "4", "4", "4", "4", "4", "4", "4", "4", "\"tanpa akhir"]))
        var bytes: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        for line in lines { bytes += line + Array(lineEnd.utf8) }
        return bytes
    }
}

/// A deterministic generator, so that the export is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Everything an import hands on, to compare readings exactly.
private struct ImportSnapshot: Equatable {
    var responses: [SurveyResponses.Response]
    var units: [String]
    var services: [String]
    var profileValues: [String]
    var account: ImportAccount
    var rejects: String
    /// The SKM evaluation of the half-year: counted run by run on every core when read in chunks.
    var evaluated: [SKMUnit]
    var profile: RespondentProfileSummary?
    var coverage: SKMCoverage

    init(_ run: StageRun) throws {
        let imported = try run.one(SurveyResponses.self)
        responses = (0..<imported.count).map { imported[$0] }
        units = imported.unitNames
        services = imported.serviceNames
        profileValues = imported.profileValues.names
        account = try run.one(ImportAccount.self)
        rejects = try run.text("rejects-skm.csv")
        let evaluation = SKMEvaluator().evaluate(imported, populations: [], period: Period("2026-S1")!)
        evaluated = evaluation.units
        profile = evaluation.profile
        coverage = evaluation.coverage
    }
}

/// An export written once, imported in several ways: the file's name is part of what is compared.
private struct ScratchExport {
    let directory: TemporaryDirectory
    let path: String

    init(_ bytes: [UInt8]) throws {
        directory = try TemporaryDirectory()
        path = try directory.write("skm.csv", bytes: bytes)
    }

    /// `profile`: the respondent's profile columns are mapped too.
    func imported(_ reading: ChunkedReading, profile: Bool = false) async throws -> ImportSnapshot {
        let profileColumns = profile ? "gender: jenis_kelamin, age: usia, education: pendidikan, occupation: pekerjaan, " : ""
        let yaml = """
            path: \(path)
            columns: {unit: opd, service: layanan, date: tgl_survei, respondent: no, \(profileColumns)U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
            """
        var stage = try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm", baseDirectory: directory.path))
        stage.reading = reading
        return try ImportSnapshot(try await run(stage))
    }
}

@Suite("Reading a survey export in chunks")
struct ChunkedReadingTests {
    static let variants: [(name: String, bytes: [UInt8])] = [
        ("UTF-8, LF", HostileExport.bytes()),
        ("UTF-8 with a byte-order mark, CRLF", HostileExport.bytes(lineEnd: "\r\n", bom: true)),
        ("Windows-1252 first met far into the file, lone CR", HostileExport.bytes(lineEnd: "\r", nonASCII: [0xE9])),
        ("semicolons", HostileExport.bytes(delimiter: ";")),
    ]

    @Test("the hostile export has every kind of record the comparison must cover")
    func fixtureIsHostile() async throws {
        let sequential = try await ScratchExport(HostileExport.bytes()).imported(.sequential)
        let codes = Set(parseCSV(sequential.rejects).dropFirst().map { $0[6] })
        for code in [
            "record.duplicate-id", "record.unclosed-quote", "record.text-after-quote", "record.invalid-text", "record.wrong-field-count",
            "record.answer-out-of-range", "record.answer-not-integer", "record.value-missing", "record.invalid-date",
        ] {
            #expect(codes.contains(code), "\(code) missing from \(codes.sorted())")
        }
        let file = try #require(sequential.account.files.first)
        #expect(file.read == file.accepted + file.rejected)
        #expect(sequential.responses.count > 150)
        // Lines run ahead of rows once a quoted field has held a line break.
        #expect(sequential.responses.contains { $0.source.line != $0.source.row })

        let profiled = try await ScratchExport(HostileExport.bytes()).imported(.sequential, profile: true)
        let rejectedAges = parseCSV(profiled.rejects).dropFirst().filter { $0[6] == "record.invalid-age" }.map { $0[4] }
        // The rejects file writes a value that begins with "-" behind a quote, so that no spreadsheet takes it for a formula.
        #expect(Set(rejectedAges) == ["0", "150", "tiga puluh", "1990", "'-5", "121"])
        let region = try #require(profiled.profile)
        #expect(Set(region.genders.map(\.value)) == ["Laki-laki", "Perempuan", "Lainnya"])
        #expect(region.notStated.gender > 0 && region.notStated.age > 0)
        #expect(profiled.responses.contains { $0.profile.age == 41 && $0.profile.education == "D3, Diploma" })
    }

    /// Chunk sizes from one byte (a chunk boundary at every place in the file) to more than
    /// the file, each read with one or more chunks at once.
    static let readings = [(1, 2), (2, 1), (3, 3), (7, 2), (16, 1), (16, 2), (61, 3), (500, 2), (4096, 2)].map {
        ChunkedReading(chunkSize: $0.0, workers: $0.1)
    }

    @Test("chunks of any size, read on any number of cores, give exactly what reading record by record gives", arguments: readings)
    func sameAsSequential(reading: ChunkedReading) async throws {
        for variant in Self.variants {
            let export = try ScratchExport(variant.bytes)
            for profile in [false, true] {
                let name = "\(variant.name)\(profile ? ", profile mapped" : "")"
                let sequential = try await export.imported(.sequential, profile: profile)
                let chunked = try await export.imported(reading, profile: profile)
                // Compared part by part, so that a failure says which part differs (not thousands of bytes).
                #expect(chunked.responses == sequential.responses, "\(name)")
                #expect(chunked.units == sequential.units, "\(name)")
                #expect(chunked.services == sequential.services, "\(name)")
                #expect(chunked.profileValues == sequential.profileValues, "\(name)")
                #expect(chunked.account == sequential.account, "\(name)")
                #expect(chunked.rejects == sequential.rejects, "\(name): rejects files differ")
                #expect(chunked.evaluated == sequential.evaluated, "\(name)")
                #expect(chunked.profile == sequential.profile, "\(name)")
                #expect(chunked.coverage == sequential.coverage, "\(name)")
                #expect(profile == (sequential.profile != nil), "\(name)")
            }
        }
    }

    @Test("a Windows-1252 export whose first accented letter lies in a late chunk is read as Windows-1252 throughout")
    func lateEncoding() async throws {
        let bytes = HostileExport.bytes(nonASCII: [0xE9])
        let chunked = try await ScratchExport(bytes).imported(ChunkedReading(chunkSize: 64, workers: 2))
        let codes = parseCSV(chunked.rejects).dropFirst().map { $0[6] }
        // 0xFF is a letter in Windows-1252: the record that is invalid UTF-8 elsewhere is accepted here.
        #expect(!codes.contains("record.invalid-text"))
    }

    @Test("an export with only a header, or nothing at all, is read in chunks as it is record by record")
    func tinyFiles() async throws {
        for bytes in [Array(HostileExport.header.utf8), Array((HostileExport.header + "\n").utf8), [0xEF, 0xBB, 0xBF] + Array((HostileExport.header + "\r\n\r\n").utf8)] {
            let export = try ScratchExport(bytes)
            let sequential = try await export.imported(.sequential)
            #expect(try await export.imported(ChunkedReading(chunkSize: 1, workers: 2)) == sequential)
            #expect(sequential.responses.isEmpty)
        }
    }

    @Test("a quoted field longer than many chunks is found by the chunk it starts in")
    func fieldLongerThanChunks() async throws {
        let saran = "\"" + String(repeating: "baris\n1,2026-01-05,08:00,Palsu,X,L,30,SMA,PNS,1,1,1,1,1,1,1,1,1,\n", count: 40) + "\""
        let text = HostileExport.header + "\n1,2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,3,3,3,3,3,3,3,3,3," + saran
            + "\n2,2026-01-06,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,4,4,4,4,4,4,4,4,4,\n"
        let export = try ScratchExport(Array(text.utf8))
        let sequential = try await export.imported(.sequential)
        #expect(sequential.responses.map(\.source.row) == [2, 3])
        #expect(sequential.responses.map(\.source.line) == [2, 83])
        for chunkSize in [5, 64, 200] {
            #expect(try await export.imported(ChunkedReading(chunkSize: chunkSize, workers: 2)) == sequential)
        }
    }

    @Test("the first byte outside ASCII is found wherever it is, and nothing in plain ASCII")
    func firstNonASCII() {
        for length in 0...20 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(plain.withUnsafeBufferPointer { CSVText.firstNonASCII($0, 0..<length) } == nil)
            for place in 0..<length {
                var bytes = plain
                bytes[place] = 0xE9
                if place + 1 < length { bytes[place + 1] = 0xC3 }
                #expect(bytes.withUnsafeBufferPointer { CSVText.firstNonASCII($0, 0..<length) } == place)
                #expect(bytes.withUnsafeBufferPointer { CSVText.firstNonASCII($0, min(place + 2, length)..<length) } == nil)
            }
        }
    }

    @Test(
        "records read straight from the bytes when plainly valid give what the general check gives",
        arguments: [(false, false), (true, false), (false, true), (true, true)])
    func plainRecords(withRespondents: Bool, withProfile: Bool) async throws {
        let export = try ScratchExport(HostileExport.bytes())
        let file = InputFile(path: export.path, displayName: "skm.csv")
        var columns = SurveyColumns(
            unit: "opd", service: "layanan", date: "tgl_survei", respondent: withRespondents ? "no" : nil,
            elements: ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u9", "u8"])
        if withProfile {
            columns.profile = ProfileColumns(["gender": "jenis_kelamin", "age": "usia", "education": "pendidikan", "occupation": "pekerjaan"])
        }
        func imported(direct: Bool) async throws -> (responses: [SurveyResponses.Response], names: [[String]], log: [String]) {
            var reader = SurveyChunkReader(check: SurveyRecordCheck(scheme: .permenpan14_2017, columns: columns), layout: .init(columns))
            reader.readsPlainRecordsDirectly = direct
            var responses = SurveyResponses(scheme: .permenpan14_2017)
            var log = RejectLog()
            try await TableImport.read(
                file, columns: columns.all, delimiter: .auto, reading: ChunkedReading(chunkSize: 512, workers: 2), log: &log, reader: reader
            ) { chunk, _, placement in
                responses.append(contentsOf: chunk.responses, rowsBefore: placement.rowsBefore, linesBefore: placement.linesBefore)
            }
            let names = [responses.unitNames, responses.serviceNames, responses.profileValues.names]
            return ((0..<responses.count).map { responses[$0] }, names, log.entries.map { "\($0.source) \($0.field) \($0.reason.code)" })
        }
        let direct = try await imported(direct: true)
        let checked = try await imported(direct: false)
        #expect(direct.responses.count > 150)
        #expect(direct.responses == checked.responses)
        #expect(direct.names == checked.names)
        #expect(direct.log == checked.log)
    }
}
