import Dispatch
import Synchronization

/// Work started now on another thread, whose result is taken later: the pipeline renders the next batch
/// of pages while it writes the current one. The work and its result are `Sendable`; the result is
/// handed over through a lock taken on the work's own serial queue (which the thread sanitizer follows).
final class Prefetch<Value: Sendable>: Sendable {
    private let queue = DispatchQueue(label: "sitthi.prefetch")
    private let result = Mutex<Value?>(nil)

    init(_ work: @escaping @Sendable () -> Value) {
        queue.async {
            let value = work()
            self.result.withLock { $0 = value }
        }
    }

    /// The result, waiting for the work to end if it has not.
    func value() -> Value {
        queue.sync { result.withLock { $0! } }
    }
}
