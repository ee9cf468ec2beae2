import PantauYAML
import Testing
@testable import PantauCore

@Suite("Record words")
struct RecordWordTests {
    @Test(arguments: [
        ("rakor", MeetingKind.rakor), ("Rakor", .rakor), ("RAKOR", .rakor), ("Rapat Koordinasi", .rakor), ("  rapat   koordinasi ", .rakor),
        ("FKP", .fkp), ("Forum Konsultasi Publik", .fkp), ("public consultation", .fkp), ("monev", .monev),
        ("Monitoring dan Evaluasi", .monev), ("sosialisasi", .sosialisasi), ("lainnya", .other), ("lain-lain", .other),
    ])
    func meetingKinds(word: String, kind: MeetingKind) {
        #expect(MeetingKind(word: word) == kind)
    }

    @Test(arguments: [
        ("terbuka", ActionStatus.open), ("open", .open), ("Belum", .open), ("berjalan", .inProgress), ("dalam proses", .inProgress),
        ("in progress", .inProgress), ("in-progress", .inProgress), ("selesai", .done), ("Done", .done), ("dibatalkan", .dropped),
        ("batal", .dropped),
    ])
    func statuses(word: String, status: ActionStatus) {
        #expect(ActionStatus(word: word) == status)
    }

    @Test(arguments: [
        ("uji-coba", InnovationStage.trial), ("uji coba", .trial), ("Uji_Coba", .trial), ("ujicoba", .trial), ("ide", .idea),
        ("inisiatif", .idea), ("penerapan", .implementation), ("replikasi", .replication),
    ])
    func innovationStages(word: String, stage: InnovationStage) {
        #expect(InnovationStage(word: word) == stage)
    }

    @Test(arguments: ["", "  ", "rakor koordinasi", "sosialiasi", "-"])
    func unknownWordsAreNil(word: String) {
        #expect(MeetingKind(word: word) == nil)
    }

    @Test func wordsAreTheCanonicalRawValuesInOrder() {
        #expect(MeetingKind.words == ["rakor", "fkp", "sosialisasi", "monev", "lainnya"])
        #expect(ParticipationKind.words == ["fkp", "sosialisasi", "survei", "dengar-pendapat", "lainnya"])
        #expect(ActionStatus.words == ["terbuka", "berjalan", "selesai", "dibatalkan"])
        #expect(FollowUpOrigin.Kind.words == ["skm", "evaluasi", "rapat"])
        #expect(ParticipationKind(word: "dengar pendapat") == .dengarPendapat)
        #expect(MeetingKind.spellings.prefix(5) == ["rakor", "fkp", "sosialisasi", "monev", "lainnya"])
        #expect(MeetingKind.spellings.contains("rapat koordinasi"))
    }

    @Test func everySpellingBelongsToOneValue() {
        func check<W: RecordWord>(_ type: W.Type) {
            let keys = W.spellings.map(RecordWords.key)
            #expect(Set(keys).count == keys.count, "\(W.self)")
            for value in W.allCases {
                for spelling in [value.rawValue] + value.otherSpellings { #expect(W(word: spelling) == value) }
            }
        }
        check(MeetingKind.self)
        check(ActionStatus.self)
        check(ParticipationKind.self)
        check(InnovationStage.self)
        check(FollowUpOrigin.Kind.self)
    }

    @Test func keysIgnoreCaseDashesUnderscoresAndRunsOfBlanks() {
        #expect(RecordWords.key("  Uji-Coba__Lagi \t x ") == "uji coba lagi x")
        #expect(RecordWords.same("Dinas  Sosial", "dinas sosial"))
        #expect(!RecordWords.same("Dinas Sosial", "Dinas Sosial Kota"))
    }
}
