import Yams

/// Reads typed fields out of a YAML document, reporting each problem at its line and column in the
/// file the YAML came from (front matter starts one line into its Markdown file).
struct YAMLReader {
    /// The file's path relative to the site root.
    let path: String
    /// Lines before the YAML text in its file (1 for front matter after the opening `---`).
    let lineOffset: Int
    let diagnostics: Diagnostics

    /// Parses YAML text into a node tree; a syntax error is reported and gives `nil`.
    func compose(_ text: String) -> Node? {
        do {
            // The encoding is named (Yams's default reads the process environment on every call), and no
            // implicit tags are resolved (their regular expressions cost more than the rest): fields are
            // read as text and converted here.
            return try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            diagnostics.error("invalid YAML: \(message)", at: location(mark))
            return nil
        } catch {
            diagnostics.error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1))
            return nil
        }
    }

    /// The location of a node in the file.
    func location(of node: Node) -> SourceLocation { location(node.mark) }

    /// The location of a YAML mark in the file.
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// The top-level mapping of a document, or an error where it is something else.
    func mapping(_ node: Node?, what: String) -> Node.Mapping? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            diagnostics.error("\(what) must be a mapping of `key: value` lines", at: location(of: node))
            return nil
        }
        // YAML leaves a repeated key undefined (and Yams keeps both): which one counts is never guessed.
        var seen: [String: SourceLocation] = [:]
        for key in mapping.keys {
            guard let name = key.string else { continue }
            if let first = seen[name] {
                diagnostics.error("`\(name)` is given twice (first at line \(first.line)): keep one", at: location(of: key))
            } else {
                seen[name] = location(of: key)
            }
        }
        return mapping
    }

    /// The node stored under a key, with the key's own node for locating it.
    func entry(_ key: String, in mapping: Node.Mapping) -> (key: Node, value: Node)? {
        mapping.first { $0.key.string == key }
    }

    /// A text field: any scalar but null. Reports a missing required field at `missingAt`.
    func string(_ key: String, in mapping: Node.Mapping, required: Bool, missingAt: SourceLocation) -> String? {
        guard let (_, value) = entry(key, in: mapping) else {
            if required { diagnostics.error("missing required field `\(key)`", at: missingAt) }
            return nil
        }
        guard let scalar = value.scalar, value.null == nil else {
            let found = value.null != nil ? "nothing" : describeKind(value)
            diagnostics.error("field `\(key)` must be text, found \(found)", at: location(of: value))
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        if text.isEmpty && required {
            diagnostics.error("field `\(key)` must not be empty", at: location(of: value))
            return nil
        }
        return text
    }

    /// A whole number field.
    func int(_ key: String, in mapping: Node.Mapping) -> Int? {
        guard let (_, value) = entry(key, in: mapping) else { return nil }
        guard let number = value.int, value.scalar != nil else {
            diagnostics.error("field `\(key)` must be a whole number, found \(describeKind(value))", at: location(of: value))
            return nil
        }
        return number
    }

    /// A date field written `YYYY-MM-DD`.
    func day(_ key: String, in mapping: Node.Mapping) -> CalendarDay? {
        guard let (_, value) = entry(key, in: mapping) else { return nil }
        guard let text = value.scalar?.string, let day = CalendarDay(text) else {
            diagnostics.error("field `\(key)` must be a date written YYYY-MM-DD, found \(describeKind(value))", at: location(of: value))
            return nil
        }
        return day
    }

    /// A list of texts; a single text is taken as a list of one.
    func strings(_ key: String, in mapping: Node.Mapping) -> [String] {
        guard let (_, value) = entry(key, in: mapping) else { return [] }
        if let scalar = value.scalar, value.null == nil { return [scalar.string] }
        guard let sequence = value.sequence else {
            diagnostics.error("field `\(key)` must be a list of texts, found \(describeKind(value))", at: location(of: value))
            return []
        }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar, item.null == nil else {
                diagnostics.error("each item of `\(key)` must be text, found \(describeKind(item))", at: location(of: item))
                continue
            }
            result.append(scalar.string)
        }
        return result
    }

    /// Warns about keys the reader does not know, which are usually typos.
    func warnUnknownKeys(in mapping: Node.Mapping, known: Set<String>, what: String) {
        for (key, _) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            let hint = NameSuggestion.closest(to: name, among: known, within: 2).map { " (did you mean `\($0)`?)" } ?? ""
            diagnostics.warning("unknown \(what) field `\(name)`\(hint)", at: location(of: key))
        }
    }

    /// A few words for the kind of a node, for messages.
    func describeKind(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return node.null != nil ? "nothing" : "`\(scalar.string)`"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            guard let context else { return (problem, mark) }
            let start = context.mark.line == mark.line ? "" : ", which starts on line \(context.mark.line + lineOffset)"
            return ("\(problem) (\(context.text)\(start))", mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams points at one of the repeated keys, chosen by sorting keys of mixed kinds in an order
            // that differs between runs; with more than one repeated key, the message points at the
            // document's start so that it is the same every time.
            return ("duplicate key \(duplicates.sorted().joined(separator: ", "))", duplicates.count == 1 ? context.mark : nil)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
