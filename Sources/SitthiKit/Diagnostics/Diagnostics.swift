import Synchronization

/// Collects every problem of one run, from any thread, so the build can report them all at once.
final class Diagnostics: Sendable {
    private let collected = Mutex<[Diagnostic]>([])

    init() {}

    /// Records a problem.
    func report(_ diagnostic: Diagnostic) {
        collected.withLock { $0.append(diagnostic) }
    }

    /// Records an error at a location.
    func error(_ message: String, at location: SourceLocation?) {
        report(Diagnostic(.error, message, at: location))
    }

    /// Records a warning at a location.
    func warning(_ message: String, at location: SourceLocation?) {
        report(Diagnostic(.warning, message, at: location))
    }

    /// Everything recorded so far, in file order (path, line, column, then message), so the output is
    /// the same on every run however the parallel stages interleaved.
    var all: [Diagnostic] {
        collected.withLock { list in
            list.sorted { a, b in
                if a.location != b.location {
                    guard let la = a.location else { return true }
                    guard let lb = b.location else { return false }
                    return la < lb
                }
                return a.message < b.message
            }
        }
    }

    /// Whether any error was recorded: the build then writes nothing.
    var hasErrors: Bool { collected.withLock { $0.contains { $0.severity == .error } } }

    /// How many diagnostics of a severity were recorded.
    func count(of severity: Diagnostic.Severity) -> Int {
        collected.withLock { $0.filter { $0.severity == severity }.count }
    }
}
