/// Escaping for text placed in HTML by code rather than by templates.
enum HTML {
    /// Escapes `& < > " '` so any text is safe in element content and quoted attributes.
    static func escape(_ text: String) -> String {
        if !needsEscaping(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a text has any of `& < > " '`, checked over its bytes.
    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
                return true
            }
            return false
        }
    }
}
