/// The text a reader sees in a piece of the site's own HTML (a rendered Markdown section): tags dropped,
/// block ends as spaces, the entities the renderer writes decoded. Only for HTML the build made itself.
enum SearchPlainText {
    /// The visible text of `html`.
    static func text(of html: String) -> String { String(decoding: bytes(of: html), as: UTF8.self) }

    /// The visible text of `html` as UTF-8 bytes.
    static func bytes(of html: String) -> [UInt8] {
        // Over bytes: tags and entities are ASCII, and a byte below 0x80 is never part of a longer
        // character in UTF-8.
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                output.append(UInt8(ascii: " "))
                index = close + 1
            } else if byte == UInt8(ascii: "&"),
                let semicolon = bytes[index..<min(bytes.count, index + 10)].firstIndex(of: UInt8(ascii: ";")),
                let decoded = entity(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self))
            {
                output += Array(decoded.utf8)
                index = semicolon + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// The id of the `##` heading a rendered section starts with, if it does.
    static func headingID(of sectionHTML: String) -> String? {
        let opening = Array("<h2 id=\"".utf8)
        var html = sectionHTML
        return html.withUTF8 { bytes in
            // The heading opens the section: only its first tag is looked at.
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\n") { start += 1 }
            guard bytes.count - start > opening.count, bytes[start..<start + opening.count].elementsEqual(opening) else { return nil }
            let idStart = start + opening.count
            guard let close = bytes[idStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            return String(decoding: bytes[idStart..<close], as: UTF8.self)
        }
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            let number: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst())
            } else {
                number = nil
            }
            return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
