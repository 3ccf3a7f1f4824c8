/// The JSON of the index's two large kinds of file, written directly (a generic encoder spent more time
/// on them than the rest of the index): a list of texts, and an object of number lists with its keys in
/// byte order (so two builds write the same bytes). `<`, `>` and `&` are written as escapes, so no text
/// reads as markup.
enum SearchJSON {
    /// `["…", "…"]`.
    static func array(of texts: [String]) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "[")]
        for (number, text) in texts.enumerated() {
            if number > 0 { output.append(UInt8(ascii: ",")) }
            append(text, to: &output)
        }
        output.append(UInt8(ascii: "]"))
        return output
    }

    /// `{"key":[1,2],…}`, keys in byte order.
    static func object(of lists: [String: [Int]]) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "{")]
        for (number, key) in lists.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if number > 0 { output.append(UInt8(ascii: ",")) }
            append(key, to: &output)
            output.append(UInt8(ascii: ":"))
            output.append(UInt8(ascii: "["))
            for (place, value) in (lists[key] ?? []).enumerated() {
                if place > 0 { output.append(UInt8(ascii: ",")) }
                appendDecimal(value, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(UInt8(ascii: "}"))
        return output
    }

    /// A number that is not negative, in decimal digits (no string made for it).
    static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = max(0, value)
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and `<`, `>`, `&`.
    static func append(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Most of the text needs no escape: copy runs of such bytes at once.
            var runStart = 0
            for (index, byte) in bytes.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            {
                output.append(contentsOf: bytes[runStart..<index])
                runStart = index + 1
                escape(byte, to: &output)
            }
            output.append(contentsOf: bytes[runStart...])
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, to output: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        switch byte {
        case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        default:
            output += Array("\\u00".utf8)
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0xF)])
        }
    }
}
