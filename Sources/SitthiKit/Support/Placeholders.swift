/// Interface texts with named gaps, `{rate} บาทต่อวัน`: the gaps each language must keep, and the text
/// filled as HTML.
enum Placeholders {
    /// The names of the gaps in a text, `["rate"]` for `{rate} บาทต่อวัน`.
    static func names(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if isName(name) {
                names.insert(String(name))
                rest = after[after.index(after: close)...]
            } else {
                rest = after
            }
        }
        return names
    }

    /// A text escaped as HTML with each `{name}` replaced by the HTML given for it; a gap with nothing
    /// given stays as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        let escaped = HTML.escape(text)
        guard escaped.contains("{") else { return escaped }
        var result = ""
        var rest = Substring(escaped)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), isName(after[..<close]), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }

    /// A gap's name: ASCII letters, digits and underscores.
    private static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || ($0 >= 0x41 && $0 <= 0x5A) }
    }
}
