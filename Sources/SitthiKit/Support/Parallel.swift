import Dispatch

/// Runs independent work on every core and returns the results in input order.
enum Parallel {
    /// Maps each element on all cores; the order of the result is the order of the input.
    static func map<Element, Result>(_ items: [Element], _ transform: (Element) -> Result) -> [Result] {
        if items.count < 2 { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
                let output = UncheckedSendable(buffer.baseAddress!)
                items.withUnsafeBufferPointer { input in
                    let shared = UncheckedSendable((input, transform))
                    DispatchQueue.concurrentPerform(iterations: items.count) { index in
                        let (input, transform) = shared.value
                        (output.value + index).initialize(to: transform(input[index]))
                    }
                }
                initialized = items.count
            }
        }
    }
}

/// Wraps a value that is shared across threads under a discipline the compiler cannot see (each
/// parallel iteration touches only its own slot).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
