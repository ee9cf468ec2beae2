import Testing
@testable import PantauCore

@Suite("Name identity")
struct NameInternerTests {
    @Test("case, blanks and Unicode composition do not make a second name; the first spelling is kept")
    func sameName() {
        var names = NameInterner()
        let first = names.index(of: "Dinas Café")
        #expect(names.index(of: "dinas  CAFÉ ") == first)
        #expect(names.index(of: "Dinas Cafe\u{301}") == first)  // e + combining acute
        #expect(names.count == 1)
        #expect(names[first] == "Dinas Café")
    }

    @Test("names read from bytes meet names given as text", arguments: ["Dinas Sosial", "DINAS SOSIAL", "Dinas  Sosial", "dinas sosial"])
    func bytesAndText(_ spelling: String) {
        var names = NameInterner()
        let text = names.index(of: "Dinas Sosial")
        var bytes = spelling
        let fromBytes = bytes.withUTF8 { names.index(ofUTF8: $0) }
        #expect(fromBytes == text)
        #expect(names.count == 1)
    }

    @Test("the case-folding hash agrees with folding each byte, across word boundaries")
    func foldingHash() {
        let upper = Array("RUMAH SAKIT UMUM DAERAH [@`{] Z".utf8), lower = upper.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let folded = upper.withUnsafeBufferPointer { NameInterner.hash($0, folding: true) }
        let plain = lower.withUnsafeBufferPointer { NameInterner.hash($0, folding: false) }
        #expect(folded == plain)
    }

    @Test("different names stay different, however many there are")
    func many() {
        var names = NameInterner()
        let indices = (0..<500).map { names.index(of: "Layanan \($0)") }
        #expect(Set(indices).count == 500)
        #expect((0..<500).map { names.index(of: "layanan \($0)") } == indices)
    }

    @Test("the word-at-a-time check for plain single-spaced ASCII agrees with checking byte by byte")
    func plainSingleSpaced() {
        func byteByByte(_ bytes: [UInt8]) -> Bool {
            zip(bytes, [0] + bytes).allSatisfy { byte, previous in byte >= 0x20 && byte < 0x80 && !(byte == 0x20 && previous == 0x20) }
        }
        var samples: [[UInt8]] = ["", "Dinas Sosial", "Dinas  Sosial", "Rumah Sakit Umum Daerah Kabupaten Contoh", "Café", "a\tb", "~\u{7F}"]
            .map { Array($0.utf8) }
        // A double space at every place, across word boundaries too; a control byte and a high byte at every place.
        for length in 1...20 {
            for place in 0..<length {
                var text = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                text[place] = 0x20
                samples.append(text)
                if place + 1 < length {
                    text[place + 1] = 0x20
                    samples.append(text)
                }
                text = [UInt8](repeating: UInt8(ascii: "y"), count: length)
                text[place] = 0x1F
                samples.append(text)
                text[place] = 0xC3
                samples.append(text)
            }
        }
        for sample in samples {
            #expect(sample.withUnsafeBufferPointer { NameInterner.isPlainSingleSpaced($0) } == byteByByte(sample), "\(sample)")
            // Validated and hashed in one pass: the same hash as hashing on its own.
            if let hash = sample.withUnsafeBufferPointer({ NameInterner.plainFoldedHash($0) }) {
                #expect(hash == sample.withUnsafeBufferPointer { NameInterner.hash($0, folding: true) }, "\(sample)")
            }
        }
    }
}
