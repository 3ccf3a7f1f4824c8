import Mustache

/// The site's templates from `templates/`, compiled once: the Mustache files (each usable as a partial
/// by its name without `.mustache`) and the style sheet inlined into every page.
struct TemplateSet: Sendable {
    /// The templates the renderer calls by name; each must exist.
    static var requiredTemplates: [String] {
        Renditions.pageTemplates.map(\.template) + [layout, hotlines, alternates, share, shareImage]
    }
    /// The template that wraps every page's main content (`{{{main}}}`).
    static let layout = "layout"
    /// The blocks filled once and inserted as ready HTML.
    static let hotlines = "hotlines"
    static let alternates = "alternates"
    static let share = "share"
    static let shareImage = "share-image"
    /// The service worker's code, a plain JavaScript file beside the templates.
    static let serviceWorker = "service-worker.js"

    let library: MustacheLibrary
    /// The contents of `templates/style.css`, inlined in each page's `<style>`.
    let styleSheet: String
    /// The text of `layout.mustache`, for what the host settings repeat from every page's head.
    var layoutText = ""
    /// The service worker's code, `templates/service-worker.js`, which the build publishes as `/sw.js`
    /// after a line with this build's settings.
    var serviceWorkerSource = ""

    /// Renders a template with a model. A template that is not there is refused at compile time, so
    /// this never meets one.
    func render(_ name: String, _ model: some MustacheParent & Sendable) -> String {
        library.render(model, withTemplate: name) ?? ""
    }
}

extension TemplateSet {
    /// Compiles every template, reporting syntax errors and references to missing partials at their
    /// line and column; `nil` when a page template is missing or broken.
    static func compile(_ files: [SourceText], diagnostics: Diagnostics) -> TemplateSet? {
        var library = MustacheLibrary()
        var names: Set<String> = []
        var failed = false
        var styleSheet = ""
        let mustacheFiles = files.filter { $0.path.hasSuffix(".mustache") }
        var serviceWorkerSource = ""
        for file in files where file.path == "templates/style.css" { styleSheet = file.text }
        for file in files where file.path == "templates/\(serviceWorker)" { serviceWorkerSource = file.text }
        for file in mustacheFiles {
            let name = String(file.path.dropFirst("templates/".count).dropLast(".mustache".count))
            names.insert(name)
            do {
                library.register(try MustacheTemplate(string: file.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                failed = true
                if case MustacheTemplate.Error.expectedSectionEnd = error.error, let open = unclosedSection(in: file.text) {
                    diagnostics.error(
                        "template syntax: section `\(open.name)` is not closed: add {{/\(open.name)}}", at: SourceLocation(path: file.path, line: open.line, column: open.column))
                } else {
                    diagnostics.error(
                        "template syntax: \(describe(error.error))", at: SourceLocation(path: file.path, line: error.context.lineNumber, column: error.context.columnNumber + 1))
                }
            } catch {
                failed = true
                diagnostics.error("template syntax: \(error)", at: SourceLocation(path: file.path))
            }
        }
        for file in mustacheFiles {
            for reference in partialReferences(in: file.text) where !names.contains(reference.name) {
                failed = true
                diagnostics.error(
                    "unknown partial `\(reference.name)`: no templates/\(reference.name).mustache",
                    at: SourceLocation(path: file.path, line: reference.line, column: reference.column))
            }
        }
        for cycle in partialCycles(mustacheFiles) {
            failed = true
            let chain = cycle.names.map { "`\($0)`" }.joined(separator: " → ")
            diagnostics.error("partials include each other without end (\(chain)): a page would never finish; remove one of these includes", at: cycle.location)
        }
        for name in requiredTemplates where !names.contains(name) {
            failed = true
            diagnostics.error("missing template templates/\(name).mustache", at: nil)
        }
        let layoutText = mustacheFiles.first { $0.path == "templates/\(layout).mustache" }?.text ?? ""
        return failed ? nil : TemplateSet(library: library, styleSheet: styleSheet, layoutText: layoutText, serviceWorkerSource: serviceWorkerSource)
    }

    /// The innermost section (`{{#name}}` or `{{^name}}`) left open at the end of a template.
    static func unclosedSection(in text: String) -> (name: String, line: Int, column: Int)? {
        var open: [(name: String, line: Int, column: Int)] = []
        for (lineIndex, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var rest = line[...]
            while let start = rest.firstRange(of: "{{"), let end = rest[start.upperBound...].firstRange(of: "}}") {
                let tag = rest[start.upperBound..<end.lowerBound]
                let name = String(tag.dropFirst()).trimmingWhitespace
                if tag.hasPrefix("#") || tag.hasPrefix("^") {
                    open.append((name, lineIndex + 1, line.distance(from: line.startIndex, to: start.lowerBound) + 1))
                } else if tag.hasPrefix("/"), let index = open.lastIndex(where: { $0.name == name }) {
                    open.removeSubrange(index...)
                }
                rest = rest[end.upperBound...]
            }
        }
        return open.last
    }

    /// Every loop of partials that include each other (a template including itself is the shortest),
    /// each reported once at the include that closes it. Rendering such a loop never ends, whatever the
    /// data, so it is refused before any page is made.
    static func partialCycles(_ files: [SourceText]) -> [(names: [String], location: SourceLocation)] {
        var includes: [String: [(name: String, location: SourceLocation)]] = [:]
        for file in files {
            let name = String(file.path.dropFirst("templates/".count).dropLast(".mustache".count))
            includes[name] = partialReferences(in: file.text).map {
                ($0.name, SourceLocation(path: file.path, line: $0.line, column: $0.column))
            }
        }
        var cycles: [(names: [String], location: SourceLocation)] = []
        var finished: Set<String> = []
        // Depth-first, with an explicit stack so that a deep chain of partials cannot overflow it.
        for start in includes.keys.sorted() where !finished.contains(start) {
            var path: [String] = [start]
            var onPath: Set<String> = [start]
            var next: [Int] = [0]
            while let top = path.last {
                let edges = includes[top] ?? []
                let index = next[next.count - 1]
                guard index < edges.count else {
                    finished.insert(top)
                    onPath.remove(top)
                    path.removeLast()
                    next.removeLast()
                    continue
                }
                next[next.count - 1] += 1
                let target = edges[index].name
                if onPath.contains(target) {
                    let loop = path[path.lastIndex(of: target)!...] + [target]
                    cycles.append((Array(loop), edges[index].location))
                } else if !finished.contains(target) && includes[target] != nil {
                    path.append(target)
                    onPath.insert(target)
                    next.append(0)
                }
            }
        }
        return cycles
    }

    /// The `{{> name}}` and `{{< name}}` tags of a template, with their positions.
    static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (lineIndex, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var rest = line[...]
            while let open = rest.firstRange(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let sigil = afterOpen.first, sigil == ">" || sigil == "<",
                    let close = afterOpen.firstRange(of: "}}")
                else {
                    rest = afterOpen
                    continue
                }
                let name = String(afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound]).trimmingWhitespace
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                found.append((name, lineIndex + 1, column))
                rest = afterOpen[close.upperBound...]
            }
        }
        return found
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a closing tag does not match the section it closes"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is not closed: add its {{/name}} tag"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not finished: close it with }}"
        default: return "\(error)"
        }
    }
}
