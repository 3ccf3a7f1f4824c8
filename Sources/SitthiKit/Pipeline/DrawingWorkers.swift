import Dispatch
import Foundation
import Synchronization

/// Draws on every core with worker processes: a process may draw only one thing at a time
/// (`DrawingSession`), so a build starts one `sitthi draw-worker` per other core, hands each a share of
/// what is to be drawn on its standard input, and draws a share itself meanwhile. What a worker did not
/// give back (it could not start, stopped, or failed to draw it) is drawn here afterwards, so the result
/// never depends on the workers. Workers write nothing but their answers to the build: a worker killed
/// halfway leaves no file anywhere, and its cut answer is dropped.
///
/// The worker's protocol, on its standard input and output: for each job, the parent writes its length
/// (4 bytes, big-endian) and the job as JSON (`DrawingJob`); the worker answers, in the same order, with
/// 1 (drawn) or 0 (failed), the page count (4 bytes, or all ones for none), the processor time in
/// microseconds (8 bytes), the file's length (4 bytes) and the file.
public enum DrawingWorkers {
    /// The worker's side: draws every job that arrives on standard input until it closes.
    public static func serve() {
        let input = FileHandle.standardInput
        let output = FileHandle.standardOutput
        let decoder = JSONDecoder()
        while let header = read(exactly: 4, from: input) {
            guard let json = read(exactly: Int(bigEndian(header)), from: input) else { return }
            let drawn = (try? decoder.decode(DrawingJob.self, from: Data(json)))?.draw()
            output.write(Data(encode(drawn)))
        }
    }

    /// How this program starts a worker: itself, with `draw-worker` (the command line's hidden command).
    public static var command: [String]? {
        FileSystem.realPath("/proc/self/exe").map { [$0, "draw-worker"] }
    }

    /// Draws jobs, a share in this process and the rest in up to `workers` processes started with
    /// `command`; the results are in the order of the jobs (`nil` where drawing failed).
    static func draw(_ jobs: [DrawingJob], workers: Int, command: [String]) -> [DrawingJob.Drawn?] {
        let processes = min(workers, jobs.count - 1)
        guard processes > 0, let program = command.first else { return jobs.map { $0.draw() } }
        // Every (processes + 1)th job, starting at the share's number: a share of each kind of file.
        let shares = (0...processes).map { share in Array(stride(from: share, to: jobs.count, by: processes + 1)) }
        // Each job's result, and whether it is settled: drawn, or tried here too.
        let results = Mutex([(drawn: DrawingJob.Drawn?, answered: Bool)](repeating: (nil, false), count: jobs.count))
        // The mutex makes the results Sendable; it is also taken on this serial queue so that the thread
        // sanitizer sees the ordering (as in `Parallel.map`).
        let turns = DispatchQueue(label: "sitthi.drawing-workers")
        let group = DispatchGroup()
        for share in shares.dropFirst() {
            let payload = share.map { jobs[$0] }
            DispatchQueue.global().async(group: group) {
                let drawn = Self.drawInWorker(payload, program: program, arguments: Array(command.dropFirst()))
                turns.sync {
                    results.withLock { results in
                        // A failure a worker reports is tried once more here, like a job it did not answer.
                        for (index, result) in zip(share, drawn) { results[index] = (result, result != nil) }
                    }
                }
            }
        }
        for index in shares[0] {
            let drawn = jobs[index].draw()
            turns.sync { results.withLock { $0[index] = (drawn, true) } }
        }
        group.wait()
        // What a worker did not answer for is drawn here.
        let unanswered = turns.sync { results.withLock { results in results.indices.filter { !results[$0].answered } } }
        for index in unanswered {
            let drawn = jobs[index].draw()
            turns.sync { results.withLock { $0[index] = (drawn, true) } }
        }
        return turns.sync { results.withLock { $0.map(\.drawn) } }
    }

    /// Runs one worker over some jobs; the answers it gave, in order (fewer than the jobs if it stopped).
    private static func drawInWorker(_ jobs: [DrawingJob], program: String, arguments: [String]) -> [DrawingJob.Drawn?] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        // A worker that stops must not take the build with it: writing to its closed input then fails
        // with an error instead of a signal.
        signal(SIGPIPE, SIG_IGN)
        do { try process.run() } catch { return [] }
        let encoder = JSONEncoder()
        var requests: [UInt8] = []
        for job in jobs {
            let json = (try? encoder.encode(job)) ?? Data()
            requests += bigEndianBytes(UInt32(json.count)) + Array(json)
        }
        // Written from another thread, so that neither side waits on a full pipe.
        let writer = input.fileHandleForWriting
        let writing = DispatchGroup()
        let bytes = requests
        DispatchQueue.global().async(group: writing) {
            try? writer.write(contentsOf: bytes)
            try? writer.close()
        }
        var answers: [DrawingJob.Drawn?] = []
        let reader = output.fileHandleForReading
        while answers.count < jobs.count, let answer = decode(from: reader) {
            switch answer {
            case .drawn(let drawn): answers.append(drawn)
            case .failed: answers.append(nil)
            }
        }
        writing.wait()
        try? reader.close()
        process.waitUntilExit()
        return answers
    }

    // MARK: - The wire format

    private static func encode(_ drawn: DrawingJob.Drawn?) -> [UInt8] {
        guard let drawn else { return [0] + bigEndianBytes(UInt32.max) + [UInt8](repeating: 0, count: 8) + bigEndianBytes(UInt32(0)) }
        let microseconds = UInt64(max(0, drawn.seconds * 1e6))
        return [1] + bigEndianBytes(drawn.pages.map { UInt32($0) } ?? UInt32.max)
            + (0..<8).map { UInt8(truncatingIfNeeded: microseconds >> (56 - 8 * UInt64($0))) }
            + bigEndianBytes(UInt32(drawn.bytes.count)) + drawn.bytes
    }

    /// A worker's answer for one job.
    private enum Answer {
        case drawn(DrawingJob.Drawn)
        case failed
    }

    /// One answer, or `nil` when the worker stopped before giving it whole.
    private static func decode(from reader: FileHandle) -> Answer? {
        guard let head = read(exactly: 17, from: reader) else { return nil }
        let pages = bigEndian(head[1..<5])
        let microseconds = head[5..<13].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let length = Int(bigEndian(head[13..<17]))
        guard let bytes = read(exactly: length, from: reader) else { return nil }
        guard head[0] == 1 else { return .failed }
        return .drawn(DrawingJob.Drawn(bytes: bytes, pages: pages == UInt32.max ? nil : Int(pages), seconds: Double(microseconds) / 1e6))
    }

    /// Exactly `count` bytes from a file, or `nil` at its end.
    private static func read(exactly count: Int, from handle: FileHandle) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            guard let chunk = try? handle.read(upToCount: count - bytes.count), !chunk.isEmpty else { return count == 0 ? [] : nil }
            bytes += chunk
        }
        return bytes
    }

    private static func bigEndianBytes(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func bigEndian(_ bytes: some Collection<UInt8>) -> UInt32 {
        bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
}
