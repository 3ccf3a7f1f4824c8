/// Splits a Markdown file into its front matter and body, and reads the front matter's fields,
/// reporting each problem at its line in the `.md` file.
enum FrontMatterParser {
    /// The result: the fields (when they could be read) and the Markdown body with its first line number.
    struct Result {
        var frontMatter: FrontMatter?
        var body: Substring
        var bodyLine: Int
    }

    /// Whether the flat reader may take the common case (off only in the test that compares the two).
    static func parse(_ text: String, path: String, isTranslation: Bool, diagnostics: Diagnostics, useFlatReader: Bool = true) -> Result {
        // Scans bytes, not Characters: only the `---` lines matter, and the body may be long.
        let lines = LineScanner(text)
        guard let first = lines.next(), first.isFence else {
            diagnostics.error("missing front matter: the file must start with a `---` line, then `title:` and `summary:`, then `---`", at: SourceLocation(path: path))
            return Result(frontMatter: nil, body: Substring(text), bodyLine: 1)
        }
        var closing: LineScanner.Line?
        var lineCount = 1
        while let line = lines.next() {
            lineCount += 1
            if line.isFence {
                closing = line
                break
            }
        }
        guard let closing else {
            diagnostics.error("front matter is not closed: add a `---` line after its last field", at: SourceLocation(path: path))
            return Result(frontMatter: nil, body: "", bodyLine: lineCount + 1)
        }
        let body = text[closing.end...]
        let bodyLine = lineCount + 1
        if useFlatReader, let flat = FlatFrontMatter.parse(text[first.end..<closing.start], isTranslation: isTranslation) {
            return Result(frontMatter: flat, body: body, bodyLine: bodyLine)
        }
        let yaml = String(text[first.end..<closing.start])

        let reader = YAMLReader(path: path, lineOffset: 1, diagnostics: diagnostics)
        let top = SourceLocation(path: path)
        let node = yaml.trimmingWhitespace.isEmpty ? nil : reader.compose(yaml)
        if yaml.trimmingWhitespace.isEmpty {
            diagnostics.error("front matter is empty: `title` and `summary` are required", at: top)
        }
        guard let fields = reader.mapping(node, what: "front matter") else {
            return Result(frontMatter: nil, body: body, bodyLine: bodyLine)
        }
        reader.warnUnknownKeys(in: fields, known: FrontMatter.knownKeys, what: "front matter")

        let title = reader.string("title", in: fields, required: true, missingAt: top)
        let summary = reader.string("summary", in: fields, required: true, missingAt: top)
        let updated = reader.day("updated", in: fields)
        let weight = reader.int("weight", in: fields)
        let sources = reader.strings("sources", in: fields)
        var status: TranslationStatus?
        if let raw = reader.string("translation", in: fields, required: false, missingAt: top) {
            status = TranslationStatus(rawValue: raw)
            if status == nil, let (_, value) = reader.entry("translation", in: fields) {
                diagnostics.error("`translation` must be `draft` or `reviewed`, found `\(raw)`", at: reader.location(of: value))
            }
        }
        let sourceVersion = reader.day("source_version", in: fields)
        if !isTranslation, let (key, _) = reader.entry("translation", in: fields) ?? reader.entry("source_version", in: fields) {
            diagnostics.warning("`\(key.string ?? "")` belongs in translations; this file is the source text", at: reader.location(of: key))
        }

        for (key, text, limit) in [("title", title, FrontMatter.titleLimit), ("summary", summary, FrontMatter.summaryLimit)] {
            if let text, text.unicodeScalars.count > limit, let (_, value) = reader.entry(key, in: fields) {
                diagnostics.error(
                    "`\(key)` is \(text.unicodeScalars.count) characters long; at most \(limit) fit in lists, link previews and leaflets", at: reader.location(of: value))
                return Result(frontMatter: nil, body: body, bodyLine: bodyLine)
            }
        }
        guard let title, let summary else { return Result(frontMatter: nil, body: body, bodyLine: bodyLine) }
        let frontMatter = FrontMatter(
            title: title, summary: summary, updated: updated, weight: weight ?? 0, sources: sources,
            translation: isTranslation ? (status ?? .draft) : nil, sourceVersion: sourceVersion)
        return Result(frontMatter: frontMatter, body: body, bodyLine: bodyLine)
    }
}

/// Walks the lines of a text by its UTF-8 bytes, without splitting the whole text.
final class LineScanner {
    /// One line: where it starts, where its content ends, and where the next line starts.
    struct Line {
        var start: String.Index
        var contentEnd: String.Index
        var end: String.Index
        let isFence: Bool
    }

    private let text: String
    private var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    /// The next line, or `nil` at the end of the text.
    func next() -> Line? {
        let utf8 = text.utf8
        guard position < utf8.endIndex else { return nil }
        let start = position
        let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n"))
        var contentEnd = newline ?? utf8.endIndex
        if contentEnd > start, utf8[utf8.index(before: contentEnd)] == UInt8(ascii: "\r") {
            contentEnd = utf8.index(before: contentEnd)
        }
        position = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
        let isFence = utf8[start..<contentEnd].elementsEqual("---".utf8)
        return Line(start: start, contentEnd: contentEnd, end: position, isFence: isFence)
    }
}
