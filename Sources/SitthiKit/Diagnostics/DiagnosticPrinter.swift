#if canImport(Glibc)
import Glibc
#endif

/// Prints diagnostics for people: one `path:line:col: severity: message` line each, on standard error.
public enum DiagnosticPrinter {
    /// Prints every diagnostic in the order given.
    public static func printText(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
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
        let cards = fileCount > pageCount ? " and \(fileCount - pageCount) contact cards" : ""
        return "wrote \(pageCount) pages\(cards) in \(languageCount) languages in \(Self.format(seconds)) s (\(stages))\(warnings)"
    }

    static func format(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let fraction = milliseconds % 1000
        return "\(milliseconds / 1000).\(fraction < 10 ? "00" : fraction < 100 ? "0" : "")\(fraction)"
    }
}
