/// Splits a Markdown file into its front matter and body, and reads the front matter's fields,
/// reporting each problem at its line in the `.md` file.
enum FrontMatterParser {
    /// The result: the fields (when they could be read) and the Markdown body with its first line number.
    struct Result {
        var frontMatter: FrontMatter?
        var body: Substring
        var bodyLine: Int
    }

    static func parse(_ text: String, path: String, isTranslation: Bool, diagnostics: Diagnostics) -> Result {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard let first = lines.first, first.trimmingTrailingCR == "---" else {
            diagnostics.error("missing front matter: the file must start with a `---` line, then `title:` and `summary:`, then `---`", at: SourceLocation(path: path))
            return Result(frontMatter: nil, body: Substring(text), bodyLine: 1)
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingCR == "---" }) else {
            diagnostics.error("front matter is not closed: add a `---` line after its last field", at: SourceLocation(path: path))
            return Result(frontMatter: nil, body: "", bodyLine: lines.count + 1)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let bodyStart = closing + 1 < lines.count ? lines[closing + 1].startIndex : text.endIndex
        let body = text[bodyStart...]
        let bodyLine = closing + 2

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

        guard let title, let summary else { return Result(frontMatter: nil, body: body, bodyLine: bodyLine) }
        let frontMatter = FrontMatter(
            title: title, summary: summary, updated: updated, weight: weight ?? 0, sources: sources,
            translation: isTranslation ? (status ?? .draft) : nil, sourceVersion: sourceVersion)
        return Result(frontMatter: frontMatter, body: body, bodyLine: bodyLine)
    }
}

extension Substring {
    /// The line without a trailing carriage return (files saved with CRLF line ends).
    var trimmingTrailingCR: Substring { last == "\r" ? dropLast() : self }
}
