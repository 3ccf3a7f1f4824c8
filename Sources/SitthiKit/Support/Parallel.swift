import Dispatch
import Foundation
import Synchronization

/// Runs independent work on every core and returns the results in input order.
enum Parallel {
    /// Maps each element on all cores; the order of the result is the order of the input. The work and
    /// the values are `Sendable`, so the compiler checks that nothing is shared unsafely: each worker
    /// takes chunks of the input by a shared counter and hands its results back through a lock.
    static func map<Element: Sendable, Result: Sendable>(_ items: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        if items.count < 2 { return items.map(transform) }
        let workers = min(items.count, ProcessInfo.processInfo.activeProcessorCount)
        // Several chunks per worker, so that one slow chunk does not leave the other cores idle.
        let chunkSize = max(1, items.count / (workers * 8))
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        let next = Mutex(0)
        let results = Mutex([[Result]](repeating: [], count: chunkCount))
        // The mutexes make the shared state Sendable; taking them on one serial queue as well lets the
        // thread sanitizer see the ordering (it cannot see inside the standard library's futex-based
        // Mutex on Linux). Sixteen or so chunks per call: the queue costs nothing measurable.
        let turns = DispatchQueue(label: "sitthi.parallel")
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let chunk = turns.sync {
                        next.withLock { value -> Int in
                            defer { value += 1 }
                            return value
                        }
                    }
                    guard chunk < chunkCount else { return }
                    let start = chunk * chunkSize
                    let mapped = items[start..<min(start + chunkSize, items.count)].map(transform)
                    turns.sync { results.withLock { $0[chunk] = mapped } }
                }
            }
        }
        return turns.sync { results.withLock { chunks in chunks.flatMap { $0 } } }
    }
}
