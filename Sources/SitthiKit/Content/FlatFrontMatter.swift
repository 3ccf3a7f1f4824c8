/// Reads the front matter that editors write almost always, a flat map of known keys with
/// double-quoted or plain one-line values and a `sources` list, without building a YAML document.
/// Anything else (a comment, an escape, a value over several lines, an unknown or repeated key, a value
/// out of range) gives `nil`, and the file goes through the YAML parser, which reports every problem at
/// its line. So both ways agree on every file this one accepts; `FlatFrontMatterTests` checks it file by
/// file. It reads UTF-8 bytes: walking Thai or Burmese text by characters costs more than YAML itself.
enum FlatFrontMatter {
    static func parse(_ yaml: Substring, isTranslation: Bool) -> FrontMatter? {
        var copy = yaml
        return copy.withUTF8 { parse(bytes: $0, isTranslation: isTranslation) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, isTranslation: Bool) -> FrontMatter? {
        var fields: [String: (text: String, quoted: Bool)] = [:]
        var sources: [String]?
        var inSources = false
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            lineStart = next
            if line.isEmpty { continue }
            if inSources, line.count > 4, line[0] == 0x20, line[1] == 0x20, line[2] == 0x2D, line[3] == 0x20 {
                guard let item = scalar(UnsafeBufferPointer(rebasing: line[4...])), !isNull(item.text) else { return nil }
                sources!.append(item.text)
                continue
            }
            inSources = false
            guard let colon = line.firstIndex(of: 0x3A) else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)
            guard FrontMatter.knownKeys.contains(key), fields[key] == nil, sources == nil || key != "sources" else { return nil }
            let rest = UnsafeBufferPointer(rebasing: line[(colon + 1)...])
            if key == "sources" {
                guard rest.allSatisfy({ $0 == 0x20 }) else { return nil }
                sources = []
                inSources = true
                continue
            }
            guard rest.first == 0x20, let value = scalar(UnsafeBufferPointer(rebasing: rest[1...])), !isNull(value.text) else { return nil }
            fields[key] = value
        }
        // As the YAML reader reads them: text fields trimmed, and a list that has no items is no list.
        guard let title = fields["title"]?.text.trimmingWhitespace, let summary = fields["summary"]?.text.trimmingWhitespace,
            !title.isEmpty, !summary.isEmpty, sources.map({ !$0.isEmpty }) ?? true,
            title.unicodeScalars.count <= FrontMatter.titleLimit, summary.unicodeScalars.count <= FrontMatter.summaryLimit
        else { return nil }
        // Translation fields in a source text get a warning from the full reader.
        if !isTranslation && (fields["translation"] != nil || fields["source_version"] != nil) { return nil }
        var updated: CalendarDay?
        if let text = fields["updated"]?.text {
            guard let day = CalendarDay(text) else { return nil }
            updated = day
        }
        var sourceVersion: CalendarDay?
        if let text = fields["source_version"]?.text {
            guard let day = CalendarDay(text) else { return nil }
            sourceVersion = day
        }
        var weight = 0
        if let field = fields["weight"] {
            // Plain decimal only: YAML reads `08` as a bad octal number, and `1_000` or `0x10` otherwise.
            let text = field.text
            let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            guard !field.quoted, let number = Int(text), !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                digits == "0" || !digits.hasPrefix("0")
            else { return nil }
            weight = number
        }
        var translation: TranslationStatus?
        if let text = fields["translation"]?.text.trimmingWhitespace {
            guard let status = TranslationStatus(rawValue: text) else { return nil }
            translation = status
        }
        return FrontMatter(
            title: title, summary: summary, updated: updated, weight: weight, sources: sources ?? [],
            translation: isTranslation ? (translation ?? .draft) : nil, sourceVersion: sourceVersion)
    }

    /// A one-line value, and whether it was quoted: double-quoted without escapes, or plain ASCII
    /// letters, digits, spaces, `.`, `-` and `_` (which YAML reads as the same text; a leading `-` only
    /// before a digit). Any character YAML does not print, or reads as a line break, gives `nil`.
    private static func scalar(_ text: UnsafeBufferPointer<UInt8>) -> (text: String, quoted: Bool)? {
        var end = text.count
        while end > 0 && text[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        let value = UnsafeBufferPointer(rebasing: text[..<end])
        guard isPrintable(value) else { return nil }
        if value[0] == 0x22 {
            guard value.count >= 2, value[value.count - 1] == 0x22 else { return nil }
            let inner = UnsafeBufferPointer(rebasing: value[1..<(value.count - 1)])
            guard !inner.contains(0x22), !inner.contains(0x5C) else { return nil }
            return (String(decoding: inner, as: UTF8.self), true)
        }
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        let first = value[0] == 0x2D && value.count > 1 ? value[1] : value[0]
        guard isWordByte(first), value[0] != 0x2D || (first >= 0x30 && first <= 0x39),
            value.allSatisfy({ isWordByte($0) || $0 == 0x20 || $0 == 0x2E || $0 == 0x2D || $0 == 0x5F })
        else { return nil }
        return (String(decoding: value, as: UTF8.self), false)
    }

    /// What YAML reads as nothing, quoted or not: those fields are errors in the full reader.
    private static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// Whether UTF-8 text has only characters YAML allows in a document (YAML 1.1 `c-printable`, tab
    /// included): no other C0 or C1 control character, no DEL, no U+FFFE or U+FFFF.
    private static func isPrintable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x09) || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]), bytes[index + 1] != 0x85 { return false }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
            // YAML 1.1 also breaks lines at NEL, LS and PS (and folds them inside quotes), and a
            // byte-order mark inside a document is its own matter: the full reader takes those.
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
            index += 1
        }
        return true
    }
}
