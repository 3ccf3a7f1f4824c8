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
        // One line per problem, whatever the message quotes: line breaks are shown as `\n`.
        let text = message.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
        if let location { return "\(location): \(severity.rawValue): \(text)" }
        return "\(severity.rawValue): \(text)"
    }
}
