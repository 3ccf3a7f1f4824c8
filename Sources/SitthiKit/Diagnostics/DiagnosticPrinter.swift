import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Prints diagnostics for people: one `path:line:col: severity: message` line each, on standard error.
public enum DiagnosticPrinter {
    /// Prints every diagnostic in the order given.
    public static func printText(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }

    /// Prints each diagnostic as a GitHub Actions workflow command, so CI shows it on the line:
    /// `::error file=content/a/th.md,line=3,col=7::message`.
    public static func githubLines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            var properties: [String] = []
            if let location = diagnostic.location {
                properties = ["file=\(escapeProperty(location.path))", "line=\(location.line)", "col=\(location.column)"]
            }
            let head = properties.isEmpty ? "::\(diagnostic.severity.rawValue)" : "::\(diagnostic.severity.rawValue) " + properties.joined(separator: ",")
            return head + "::" + escapeData(diagnostic.message)
        }
    }

    /// The whole result as one JSON document: diagnostics, counts and the translation report.
    public static func json(_ report: BuildReport) -> String {
        struct Item: Encodable {
            var severity: String
            var file: String?
            var line: Int?
            var column: Int?
            var message: String
        }
        struct Document: Encodable {
            var succeeded: Bool
            var errors: Int
            var warnings: Int
            var pages: Int
            var diagnostics: [Item]
            var translations: TranslationReport?
        }
        let document = Document(
            succeeded: report.succeeded, errors: report.errorCount, warnings: report.warningCount, pages: report.pageCount,
            diagnostics: report.diagnostics.map {
                Item(severity: $0.severity.rawValue, file: $0.location?.path, line: $0.location?.line, column: $0.location?.column, message: $0.message)
            },
            translations: report.translations)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    // GitHub's escaping for workflow command data and properties.
    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// Writes one line to standard output at once (no buffering, so a pipe sees it immediately).
    public static func printOut(_ line: String) {
        var bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
    }

    /// Writes one line to standard error.
    public static func printError(_ line: String) {
        var bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

extension BuildReport {
    /// How many errors the run found.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// How many warnings the run found.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// The closing line: pages, languages, seconds, and the time of each stage.
    public var summary: String {
        let stages = stageSeconds.map { "\($0.stage) \(Self.format($0.seconds))" }.joined(separator: ", ")
        let warnings = warningCount == 0 ? "" : ", \(warningCount) warning(s)"
        if incremental {
            return "rebuilt \(pageCount) pages in \(Self.format(seconds)) s (\(stages))\(warnings)"
        }
        let others = fileCount > pageCount ? " and \(fileCount - pageCount) other files (contact cards, sitemap, feeds, assets)" : ""
        return "wrote \(pageCount) pages\(others) in \(languageCount) languages in \(Self.format(seconds)) s (\(stages))\(warnings)"
    }

    /// The line naming the heaviest article pages, compressed, or `nil` when there were none.
    public var heaviestPagesLine: String? {
        guard !heaviestPages.isEmpty else { return nil }
        let pages = heaviestPages.map {
            "\($0.path.hasSuffix("index.html") ? String($0.path.dropLast("index.html".count)) : $0.path) \(PageWeigher.kilobytes($0.compressedBytes)) KB"
        }
        return "heaviest article pages (gzip, budget \(PageWeigher.budget / 1024) KB): " + pages.joined(separator: ", ")
    }

    /// The line on the compressed copies: how many files got them, and what a host saves by sending them;
    /// `nil` when the build wrote none.
    public var precompressionLine: String? {
        guard let tally = precompression else { return nil }
        func megabytes(_ bytes: Int) -> String {
            let hundredths = (bytes * 100 + 524_288) / 1_048_576
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) MB"
        }
        let cached = tally.files - tally.compressedAnew
        return "compressed copies of \(tally.files) files (.gz and .br): \(megabytes(tally.originalBytes)) as written, "
            + "\(megabytes(tally.gzipBytes)) as gzip, \(megabytes(tally.brotliBytes)) as brotli (\(megabytes(tally.savedBytes)) saved); "
            + "\(tally.compressedAnew) compressed now, \(cached) from the cache"
    }

    static func format(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let fraction = milliseconds % 1000
        return "\(milliseconds / 1000).\(fraction < 10 ? "00" : fraction < 100 ? "0" : "")\(fraction)"
    }
}
