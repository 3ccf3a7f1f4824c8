import Dispatch

/// The one drawing a process does at a time. Cairo 1.16 (Debian 12) opens FreeType faces on its shared
/// FreeType library after letting go of its own lock, and closes faces once more than ten are open, so
/// two threads drawing at once can corrupt FreeType's lists and crash the build. Every use of Pango and
/// Cairo therefore happens inside `run`; a build draws on all cores with worker processes, each with
/// its own Cairo (`DrawingWorkers`).
enum DrawingSession {
    /// Drawings take turns on this serial queue (which, unlike a mutex, the thread sanitizer sees).
    private static let turns = DispatchQueue(label: "sitthi.drawing-session")

    /// Runs some drawing with no other drawing in this process at the same time.
    static func run<Result: Sendable>(_ work: () -> Result) -> Result {
        turns.sync { work() }
    }
}
