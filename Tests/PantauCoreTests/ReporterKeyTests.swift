import Testing
@testable import PantauCore

private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
}

@Suite("Reporter keys: HMAC-SHA-256 pseudonyms of NIKs, phone numbers and e-mail addresses")
struct ReporterKeyTests {
    @Test("SHA-256 gives the FIPS 180-4 example digests", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(_ message: String, _ digest: String) {
        #expect(hex(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test("SHA-256 over a million bytes, across many blocks")
    func sha256Long() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(hex(SHA256.hash(message)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("HMAC-SHA-256 gives the RFC 4231 results")
    func hmac() {
        // Test case 1.
        #expect(hex(SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        // Test case 2.
        #expect(hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // Test case 6: a key longer than the block is hashed first.
        #expect(hex(SHA256.hmac(
            key: [UInt8](repeating: 0xaa, count: 131), message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test("the same person written differently gets the same key")
    func sameKey() {
        let key = ReporterKey(salt: "garam-rahasia-kabupaten-contoh")
        let phone = key.key(for: "0812-0000-0102")
        #expect(phone != nil)
        #expect(key.key(for: "+62 812 0000 0102") == phone)
        #expect(key.key(for: "6281200000102") == phone)
        #expect(key.key(for: "081200000102") == phone)
        #expect(key.key(for: "Pelapor.0001@Contoh.Invalid") == key.key(for: "pelapor.0001@contoh.invalid"))
        // A NIK whose province code is 62 is not a phone number.
        #expect(key.key(for: "6201000000000001") != key.key(for: "0201000000000001"))
        #expect(key.key(for: "9900000000000102")?.count == 64)
        #expect(key.key(for: "9900000000000102")?.allSatisfy { $0.isHexDigit } == true)
    }

    @Test("nothing to identify anyone gives no key")
    func noKey() {
        let key = ReporterKey(salt: "garam-rahasia-kabupaten-contoh")
        #expect(key.key(for: "") == nil)
        #expect(key.key(for: "  ") == nil)
        #expect(key.key(for: "-") == nil)
        #expect(key.key(for: "tidak ada") == nil)
    }

    @Test("another salt gives another key, and the key does not contain the number")
    func salted() {
        let nik = "9900000000000102"
        let first = ReporterKey(salt: "garam-rahasia-kabupaten-contoh").key(for: nik)
        let second = ReporterKey(salt: "garam-rahasia-kabupaten-lain!!").key(for: nik)
        #expect(first != second)
        #expect(first?.contains(nik) == false)
        #expect(first != hex(SHA256.hash(Array(nik.utf8))))
    }
}
