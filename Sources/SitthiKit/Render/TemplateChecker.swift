/// Checks every template against the models it is filled with, before any page is made: a variable,
/// section or partial that no model provides, or an interface string (`t.key`, `attr.key`) that the
/// source language's strings file lacks, is an error at its `templates/…:line:col`. Without this,
/// Mustache prints nothing for an unknown name and a typo (`{{{titel}}}`) ships an empty heading.
///
/// Each template is followed from where the renderer fills it (the layout and page templates with a
/// page's model, the blocks with theirs), scope by scope: a section on a list is read with the list's
/// element, and names not found there are looked up outward, as Mustache does. Partials are checked
/// where they are included, with the scopes around the include.
struct TemplateChecker {
    let diagnostics: Diagnostics
    /// The templates' text by name (`page-list` for `templates/page-list.mustache`).
    let files: [String: SourceText]
    /// The keys of the source language's interface strings.
    let interfaceKeys: Set<String>

    /// The templates the renderer fills, each with the model it gets.
    static let entryPoints: [(template: String, schema: TemplateSchema)] =
        [(TemplateSet.layout, PageModel.schema(content: nil))]
        + Renditions.pageTemplates.map { ($0.template, PageModel.schema(content: $0.content)) }
        + [
            (TemplateSet.hotlines, LanguageModel.schema), (TemplateSet.share, ShareBlockModel.schema),
            (TemplateSet.shareImage, ShareImageBlockModel.schema), (TemplateSet.alternates, AlternatesBlockModel.schema),
        ]

    /// Checks every entry point; returns whether all names were found.
    func check() -> Bool {
        var problems: [SourceLocation: String] = [:]
        for entry in Self.entryPoints {
            walk(entry.template, scopes: [entry.schema], including: [], problems: &problems)
        }
        for (location, message) in problems { diagnostics.error(message, at: location) }
        return problems.isEmpty
    }

    private func walk(_ template: String, scopes initial: [TemplateSchema], including: Set<String>, problems: inout [SourceLocation: String]) {
        guard let file = files[template], !including.contains(template) else { return }
        var scopes = initial
        var opened: [Int] = []  // how many scopes each open section pushed
        for tag in Self.tags(in: file.text) {
            let location = SourceLocation(path: file.path, line: tag.line, column: tag.column)
            switch tag.kind {
            case .comment:
                continue
            case .delimiters:
                problems[location] = "custom delimiters (`{{=…=}}`) are not supported: the checker and the other templates expect {{ }}"
            case .partial:
                walk(tag.name, scopes: scopes, including: including.union([template]), problems: &problems)
            case .variable:
                if let problem = problem(with: tag.name, in: scopes) { problems[location] = problem }
            case .section, .inverted, .block:
                var pushed: TemplateSchema?
                if tag.kind != .block {
                    switch resolve(tag.name, in: scopes) {
                    case .failure(let problem):
                        problems[location] = problem.description
                        pushed = .unknown
                    case .success(let shape):
                        if tag.kind == .section, case .list(let element)? = shape { pushed = element }
                        if tag.kind == .section, case .object(let object)? = shape { pushed = object }
                    }
                }
                if let pushed { scopes.append(pushed) }
                opened.append(pushed == nil ? 0 : 1)
            case .close:
                if let count = opened.popLast(), count == 1 { scopes.removeLast() }
            }
        }
    }

    /// What is wrong with a name in these scopes, if anything.
    private func problem(with name: String, in scopes: [TemplateSchema]) -> String? {
        if case .failure(let problem) = resolve(name, in: scopes) { return problem.description }
        return nil
    }

    /// The shape a (dotted) name has in these scopes: innermost first, then outward. `nil` for `.`.
    private func resolve(_ name: String, in scopes: [TemplateSchema]) -> Result<TemplateShape?, Problem> {
        if name == "." { return .success(nil) }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, let found = scopes.reversed().lazy.compactMap({ $0.shapes[first] }).first else {
            if scopes.contains(where: \.acceptsAnything) { return .success(nil) }
            let known = Set(scopes.flatMap(\.shapes.keys))
            var message = "`\(parts.first ?? name)` is not a value this template gets (filled with \(scopes.last?.name ?? "a page"))"
            if let guess = Self.closest(to: parts.first ?? name, among: known) { message += ": did you mean `\(guess)`?" }
            return .failure(Problem(message))
        }
        var shape = found
        for part in parts.dropFirst() {
            switch shape {
            case .strings:
                guard interfaceKeys.contains(part) else {
                    var message = "interface string `\(part)` is not in the source language's strings file (content/i18n/)"
                    if let guess = Self.closest(to: part, among: interfaceKeys) { message += ": did you mean `\(guess)`?" }
                    return .failure(Problem(message))
                }
                shape = .text
            case .object(let schema):
                guard let next = schema.shapes[part] else {
                    return .failure(Problem("`\(part)` is not a value of `\(parts[0])` (\(schema.name))"))
                }
                shape = next
            case .text, .flag, .texts, .list:
                return .failure(Problem("`\(name)`: `\(parts[0])` has no values of its own to name with a dot"))
            }
        }
        return .success(shape)
    }

    private struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The known name nearest to a misspelt one, when it is near enough to be a likely typo.
    static func closest(to name: String, among known: Set<String>) -> String? {
        NameSuggestion.closest(to: name, among: known, within: max(2, name.count / 3))
    }

    // MARK: - Tags

    /// A Mustache tag and where it starts.
    struct Tag: Equatable {
        enum Kind: Equatable { case variable, section, inverted, close, partial, block, comment, delimiters }
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
    }

    /// Every tag of a template, in order, with its line and column (of the opening `{{`).
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let triple = text[index...].hasPrefix("{{{")
                let contentStart = text.index(index, offsetBy: triple ? 3 : 2)
                let closing = triple ? "}}}" : "}}"
                guard let end = text[contentStart...].range(of: closing) else { break }
                let content = String(text[contentStart..<end.lowerBound]).trimmingWhitespace
                var name = content
                var kind = Tag.Kind.variable
                if !triple, let sigil = content.first {
                    switch sigil {
                    case "#": kind = .section
                    case "^": kind = .inverted
                    case "/": kind = .close
                    case ">", "<": kind = .partial
                    case "$": kind = .block
                    case "!": kind = .comment
                    case "=": kind = .delimiters
                    case "&": kind = .variable
                    default: break
                    }
                    if kind != .variable || sigil == "&" { name = String(content.dropFirst()).trimmingWhitespace }
                }
                tags.append(Tag(kind: kind, name: name, line: line, column: column))
                // Advance past the tag, counting the lines it spans.
                for character in text[index..<end.upperBound] {
                    if character == "\n" || character == "\r\n" {
                        line += 1
                        column = 1
                    } else {
                        column += character.unicodeScalars.count
                    }
                }
                index = end.upperBound
                continue
            }
            if text[index] == "\n" || text[index] == "\r\n" {
                line += 1
                column = 1
            } else {
                column += text[index].unicodeScalars.count
            }
            index = text.index(after: index)
        }
        return tags
    }
}
