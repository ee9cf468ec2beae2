/// The comparison keys of `NameInterner.key(_:)` and `RecordWords.key(_:)`, computed on the bytes
/// when the text is plain ASCII, as almost every name and word in an export is.
///
/// Both keys are a Unicode rule (normalisation, white space, lower case) that costs a few
/// microseconds through `String`; an import asks for a key per record and field, and on a large
/// region that was a third of the time of several importers. For ASCII text the rule is simple:
/// ASCII letters to lower case, the ASCII white space (tab, line feed, vertical tab, form feed,
/// carriage return, space) trimmed and each run of it made one space.
enum PlainTextKey {
    /// The key, or nil when the text is not plain ASCII (the caller then applies the full rule).
    /// With `dashesAsBlanks`, `-` and `_` count as white space.
    static func key(_ text: String, dashesAsBlanks: Bool) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var key = [UInt8]()
            key.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let isBlank = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                    || (dashesAsBlanks && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")))
                if isBlank {
                    pendingSpace = !key.isEmpty
                    continue
                }
                if pendingSpace {
                    key.append(0x20)
                    pendingSpace = false
                }
                key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return String(decoding: key, as: UTF8.self)
        }
    }
}
