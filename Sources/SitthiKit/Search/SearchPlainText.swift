/// The text a reader sees in a piece of the site's own HTML (a rendered Markdown section): tags dropped,
/// block ends as spaces, the entities the renderer writes decoded. Only for HTML the build made itself.
enum SearchPlainText {
    /// The visible text of `html`.
    static func text(of html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                output.append(" ")
                index = html.index(after: close)
            } else if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(html[html.index(after: index)..<semicolon])
            {
                output.append(decoded)
                index = html.index(after: semicolon)
            } else {
                output.append(character)
                index = html.index(after: index)
            }
        }
        return output
    }

    /// The id of the `##` heading a rendered section starts with, if it does.
    static func headingID(of sectionHTML: String) -> String? {
        guard let open = sectionHTML.range(of: "<h2 id=\"") else { return nil }
        guard let close = sectionHTML[open.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(sectionHTML[open.upperBound..<close])
    }

    private static func entity(_ name: Substring) -> String? {
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
