import Foundation

/// One problem found in the site's input: where it is, how serious, and what to do about it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is: errors stop the build, warnings do not.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// How serious it is.
    public var severity: Severity
    /// Where it is; `nil` only for problems that belong to no file (the output folder, say).
    public var location: SourceLocation?
    /// What is wrong, in one sentence an editor can act on.
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`, or `error: message` without a location.
    public var description: String {
        let text = Self.printable(message)
        if let location { return "\(Self.printable(location.description)): \(severity.rawValue): \(text)" }
        return "\(severity.rawValue): \(text)"
    }

    /// One line per problem, whatever a path or message quotes: a line break is shown as `\n` and any
    /// other control character as `\u{…}`, so no file name can start a line of its own (a CI workflow
    /// command, say) or move the terminal's cursor.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
