/// Contact cards (vCard 3.0, RFC 2426) for the directory's offices, so a worker can save an office to
/// the phone's contacts: the Thai name as the card's name, the English name as its organisation, the
/// phone numbers in international form, email, address, website, and where the details come from.
enum VCard {
    /// The card of one office, with CRLF line ends and lines folded at 75 bytes as the format requires.
    static func card(for office: Office, provinceName: String?) -> String {
        let thai = office.names["th"] ?? office.id
        var lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:\(escape(thai));;;;",
            "FN:\(escape(thai))",
        ]
        if let english = office.names["en"] { lines.append("ORG:\(escape(english))") }
        for phone in office.phones {
            lines.append("TEL;TYPE=WORK,VOICE:\(phone.international)")
        }
        if !office.email.isEmpty { lines.append("EMAIL;TYPE=INTERNET:\(escape(office.email))") }
        if !office.address.isEmpty || provinceName != nil {
            lines.append("ADR;TYPE=WORK:;;\(escape(office.address));;\(escape(provinceName ?? ""));;Thailand")
        }
        if !office.website.isEmpty { lines.append("URL:\(escape(office.website))") }
        var note: [String] = []
        if !office.hours.isEmpty { note.append(office.hours) }
        if !office.verifiedText.isEmpty { note.append("Checked \(office.verifiedText)") }
        if office.phones.isEmpty { note.append("No checked phone number: call hotline 1546") }
        if !note.isEmpty { lines.append("NOTE:\(escape(note.joined(separator: ". ")))") }
        lines.append("UID:sitthi-office-\(office.id)")
        lines.append("END:VCARD")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Escapes the characters that have a meaning in a vCard value.
    static func escape(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n": result += "\\n"
            case "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Folds a line into pieces of at most 75 bytes, each continuation starting with a space, never
    /// splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = []
        var current = ""
        var size = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if size + width > limit {
                pieces.append(current)
                current = ""
                size = 0
            }
            current.unicodeScalars.append(scalar)
            size += width
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
