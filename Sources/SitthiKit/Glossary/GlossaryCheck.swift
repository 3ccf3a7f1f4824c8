/// Holds each translation to its language's glossary, as `check` runs it: a spelling the glossary
/// lists under `avoid`, or a glossary's Thai term left in Thai script on a line that does not also give
/// the agreed term, is a warning at its line and column naming the agreed term. The Thai term counts
/// only as a word of its own: not when a Thai letter touches it (then it is part of a longer Thai name,
/// shown on purpose). An avoided spelling inside an agreed term (of any entry) is not counted.
struct GlossaryCheck {
    let diagnostics: Diagnostics
    /// The glossaries by language code.
    let glossaries: [String: Glossary]

    /// Checks every Markdown text whose language has a glossary.
    func check(_ files: [SourceText]) {
        guard !glossaries.isEmpty else { return }
        _ = Parallel.map(files) { file -> Void in
            guard let language = Self.language(of: file.path), let glossary = glossaries[language] else { return }
            check(file, against: glossary)
        }
    }

    /// Checks the interface strings (`content/i18n/<code>.yml`) of every language with a glossary, and
    /// the translated texts of `site.yml`: there only the lines of the form `<code>: …` (a hotline's
    /// label in that language, for instance) are held to that language's glossary.
    func check(interfaceStrings: [String: SourceText], settings: SourceText?) {
        for (language, file) in interfaceStrings.sorted(by: { $0.key < $1.key }) {
            if let glossary = glossaries[language] { check(file, against: glossary) }
        }
        guard let settings else { return }
        for (language, glossary) in glossaries.sorted(by: { $0.key < $1.key }) {
            let key = Array("\(language):".utf8)
            check(settings, against: glossary) { line in
                let text = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "-") }
                return text.starts(with: key)
            }
        }
    }

    /// The language of a content file from its name: `my.md` or `_index.my.md`.
    static func language(of path: String) -> String? {
        guard path.hasSuffix(".md"), let name = path.split(separator: "/").last else { return nil }
        let stem = name.dropLast(3)
        return String(stem.hasPrefix("_index.") ? stem.dropFirst("_index.".count) : stem)
    }

    /// Checks one file; with `onLine`, only matches on the lines (their bytes) it accepts count.
    private func check(_ file: SourceText, against glossary: Glossary, onLine: ((ArraySlice<UInt8>) -> Bool)? = nil) {
        let bytes = Array(file.text.utf8)
        func counts(_ range: Range<Int>) -> Bool { onLine.map { $0(bytes[Self.line(around: range.lowerBound, in: bytes)]) } ?? true }
        let path = Glossary.path(for: glossary.language)
        var agreedRanges: [Range<Int>]?
        func insideAgreedTerm(_ range: Range<Int>) -> Bool {
            if agreedRanges == nil {
                agreedRanges = glossary.entries.flatMap { entry in Self.occurrences(of: Array(entry.term.utf8), in: bytes[...]) }
            }
            return agreedRanges!.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
        }
        for entry in glossary.entries {
            for spelling in entry.avoid {
                for range in Self.occurrences(of: Array(spelling.utf8), in: bytes[...]) where !insideAgreedTerm(range) && counts(range) {
                    diagnostics.warning(
                        "`\(spelling)` is not the agreed term for \(entry.thai): write `\(entry.term)` (\(path))",
                        at: location(of: range.lowerBound, in: bytes, path: file.path))
                }
            }
            let term = Array(entry.term.utf8)
            for range in Self.occurrences(of: Array(entry.thai.utf8), in: bytes[...])
            where Self.standsAlone(range, in: bytes) && counts(range) {
                let line = Self.line(around: range.lowerBound, in: bytes)
                if !Self.occurrences(of: term, in: bytes[line]).isEmpty { continue }
                diagnostics.warning(
                    "\(entry.thai) is left in Thai script: write the agreed term `\(entry.term)` (\(path)), or give it beside the Thai",
                    at: location(of: range.lowerBound, in: bytes, path: file.path))
            }
        }
    }

    /// Where a byte offset is, as line and column (in Unicode scalars, as editors count).
    private func location(of offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(path: path, line: line, column: column)
    }

    /// The bytes of the line an offset is on, without its line break.
    static func line(around offset: Int, in bytes: [UInt8]) -> Range<Int> {
        var start = offset
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var end = offset
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        return start..<end
    }

    /// Whether a match is a word of its own in Thai: no Thai letter, vowel or tone mark (U+0E01–U+0E4E)
    /// directly before or after it.
    static func standsAlone(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        func isThai(_ start: Int) -> Bool {
            // Thai letters and marks are E0 B8 81 … E0 B9 8E in UTF-8.
            guard start >= 0, start + 2 < bytes.count, bytes[start] == 0xE0 else { return false }
            let value = (Int(bytes[start + 1]) - 0xB8) * 64 + Int(bytes[start + 2]) - 0x80
            return (bytes[start + 1] == 0xB8 || bytes[start + 1] == 0xB9) && (0x01...0x4E).contains(value)
        }
        return !isThai(range.lowerBound - 3) && !isThai(range.upperBound)
    }

    /// Every place a byte pattern occurs, left to right, not overlapping.
    static func occurrences(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var found: [Range<Int>] = []
        var index = bytes.startIndex
        let last = bytes.endIndex - pattern.count
        while index <= last {
            if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                found.append(index..<index + pattern.count)
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }
}
