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
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}
