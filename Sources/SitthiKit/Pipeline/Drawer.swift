import Dispatch
import Foundation
import Synchronization

/// The drawing stage, between rendering and writing: fills in each file the renderer left to draw (the
/// leaflets' PDFs and the share pictures), taking it from the drawing cache when nothing it is drawn
/// from has changed and drawing the rest on every core (`DrawingWorkers`). A drawing's cache name is the
/// SHA-256 of its whole input (texts, titles, dates, addresses, hotlines, interface strings) together
/// with what else decides how it comes out: this program's own file, the fonts fontconfig picks, and
/// the Pango and Cairo versions.
final class Drawer: Sendable {
    let cache: DrawingCache
    let diagnostics: Diagnostics
    /// What besides its own input decides a drawing.
    let salt: String
    /// How to start a worker process (`sitthi draw-worker`), or `nil` to draw in this process only.
    let workerCommand: [String]?
    private let state = Mutex(State())
    /// The mutex makes the state Sendable; it is also taken on this serial queue so that the thread
    /// sanitizer sees the ordering (as in `Parallel.map`).
    private let turns = DispatchQueue(label: "sitthi.drawer")

    /// What the stage did, for the build's summary.
    private struct State {
        var summary = DrawingSummary()
        var names: Set<String> = []
    }

    /// Below this many drawings, starting a worker costs more than it saves.
    static let fewestForWorkers = 8

    /// The drawings this process made lately, by cache name: a program that builds
    /// several sites in one process (the tests do) draws the same file once.
    private static let recent = RecentDrawings()

    init(cache: String, languages: [String], workerCommand: [String]?, diagnostics: Diagnostics) {
        self.cache = DrawingCache(cache: cache)
        self.diagnostics = diagnostics
        self.workerCommand = workerCommand
        let program = FileSystem.status(of: "/proc/self/exe", followingLinks: true)
        salt =
            "sitthi drawing 1; program \(program?.size ?? 0) \(program?.modifiedSeconds ?? 0).\(program?.modifiedNanoseconds ?? 0); "
            + DrawingFonts.fingerprint(for: languages)
    }

    /// The error to report when the fonts a site's drawings need are missing, if they are.
    static func fontProblem(for config: SiteConfig) -> String? {
        guard config.leafletPDFs || config.shareImages else { return nil }
        return DrawingFonts.problem(for: config.languages.map(\.code))
    }

    /// The files with every drawing filled in; one that could not be drawn is an error and is left out,
    /// so that no writer ever gets an empty file in its place.
    func draw(_ files: [OutputFile]) -> [OutputFile] {
        let indices = files.indices.filter { files[$0].drawing != nil }
        guard !indices.isEmpty else { return files }
        let salt = Array(salt.utf8)
        let cache = cache
        // Named and looked up in the cache on all cores: hashing and reading need no Cairo.
        let found = Parallel.map(indices.map { files[$0].drawing! }) { job -> (name: String, cached: [UInt8]?) in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let name = ContentHash.hex(salt + Array((try? encoder.encode(job)) ?? Data())) + "." + job.fileExtension
            return (name, cache.bytes(named: name))
        }
        let missing = found.indices.filter { found[$0].cached == nil }
        let jobs = missing.map { files[indices[$0]].drawing! }
        let drawn: [DrawingJob.Drawn?] =
            if let workerCommand, jobs.count >= Self.fewestForWorkers {
                DrawingWorkers.draw(jobs, workers: ProcessInfo.processInfo.activeProcessorCount - 1, command: workerCommand)
            } else {
                zip(missing, jobs).map { position, job in Self.recent.drawing(named: found[position].name) { job.draw() } }
            }
        var made: [Int: DrawingJob.Drawn] = [:]
        for (position, result) in zip(missing, drawn) {
            if let result {
                made[position] = result
                cache.store(result.bytes, named: found[position].name)
            }
        }

        var result = files
        var undrawn: Set<Int> = []
        var summary = DrawingSummary()
        for (position, index) in indices.enumerated() {
            let file = files[index]
            let job = file.drawing!
            result[index].drawing = nil
            let seconds = made[position]?.seconds
            guard let bytes = found[position].cached ?? made[position]?.bytes else {
                diagnostics.error("could not draw \(file.path) (Cairo failed)", at: nil)
                undrawn.insert(index)
                continue
            }
            result[index].contents = bytes
            var pages: Int?
            if case .leaflet(_, let source) = job {
                pages = made[position]?.pages ?? Self.pageCount(ofPDF: bytes)
                if let pages, pages > LeafletPDF.maxPages {
                    diagnostics.warning(
                        "the leaflet's PDF (\(file.path)) takes \(pages) A4 pages even in \(LeafletPDF.smallestType) pt type: a printed leaflet should take at most \(LeafletPDF.maxPages); shorten the text",
                        at: SourceLocation(path: source))
                }
            }
            summary.count(job, bytes: bytes.count, pages: pages, seconds: seconds)
        }
        turns.sync {
            state.withLock { state in
                state.names.formUnion(found.map(\.name))
                state.summary.add(summary)
            }
        }
        return undrawn.isEmpty ? result : result.indices.filter { !undrawn.contains($0) }.map { result[$0] }
    }

    /// What the stage did so far.
    var summary: DrawingSummary { turns.sync { state.withLock { $0.summary } } }

    /// Empties the cache of drawings this build did not use (after a full build).
    func pruneCache() {
        cache.prune(keeping: turns.sync { state.withLock { $0.names } })
    }

    /// The page count Cairo writes in a PDF's page tree (`/Count n`).
    static func pageCount(ofPDF bytes: [UInt8]) -> Int? {
        let marker = Array("/Type /Pages\n".utf8)
        guard let start = bytes.indices.first(where: { bytes[$0] == marker[0] && bytes[$0...].starts(with: marker) }) else { return nil }
        let count = Array("/Count ".utf8)
        guard let at = bytes[start...].indices.first(where: { bytes[$0] == count[0] && bytes[$0...].starts(with: count) }) else { return nil }
        let digits = bytes[(at + count.count)...].prefix { (0x30...0x39).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}

/// What the drawing stage did in one build: how many PDFs and pictures it drew and the processor time
/// each took (on one core), how many came from the cache, and the largest of each.
public struct DrawingSummary: Sendable {
    var pdfs = 0
    var pictures = 0
    var drawnPDFs = 0
    var drawnPictures = 0
    var pdfSeconds = 0.0
    var pictureSeconds = 0.0
    var largestPDF = 0
    var largestPicture = 0
    var mostPages = 0

    mutating func count(_ job: DrawingJob, bytes: Int, pages: Int?, seconds: Double?) {
        switch job {
        case .leaflet:
            pdfs += 1
            largestPDF = max(largestPDF, bytes)
            mostPages = max(mostPages, pages ?? 0)
            if let seconds {
                drawnPDFs += 1
                pdfSeconds += seconds
            }
        case .picture:
            pictures += 1
            largestPicture = max(largestPicture, bytes)
            if let seconds {
                drawnPictures += 1
                pictureSeconds += seconds
            }
        }
    }

    /// Adds what another batch did.
    mutating func add(_ other: DrawingSummary) {
        pdfs += other.pdfs
        pictures += other.pictures
        drawnPDFs += other.drawnPDFs
        drawnPictures += other.drawnPictures
        pdfSeconds += other.pdfSeconds
        pictureSeconds += other.pictureSeconds
        largestPDF = max(largestPDF, other.largestPDF)
        largestPicture = max(largestPicture, other.largestPicture)
        mostPages = max(mostPages, other.mostPages)
    }

    /// One line for the build's report, or `nil` when nothing was drawn or reused.
    public var line: String? {
        guard pdfs + pictures > 0 else { return nil }
        func average(_ seconds: Double, _ count: Int) -> String {
            count == 0 ? "" : String(format: ", %.1f ms of processor time each", seconds * 1000 / Double(count))
        }
        var parts: [String] = []
        if pdfs > 0 {
            parts.append(
                "\(pdfs) leaflet PDFs (\(drawnPDFs) drawn\(average(pdfSeconds, drawnPDFs)); largest \(PageWeigher.kilobytes(largestPDF)) KB, at most \(mostPages) pages)")
        }
        if pictures > 0 {
            parts.append(
                "\(pictures) share pictures (\(drawnPictures) drawn\(average(pictureSeconds, drawnPictures)); largest \(PageWeigher.kilobytes(largestPicture)) KB)")
        }
        return "drawings: " + parts.joined(separator: " and ") + "; the rest from the cache"
    }
}

/// What one process drew lately, by cache name, up to a bound on their bytes (past it, the oldest go).
private final class RecentDrawings: Sendable {
    private let entries = Mutex<(drawings: [String: DrawingJob.Drawn], order: [String], bytes: Int)>(([:], [], 0))
    /// Taken with the mutex, so that the thread sanitizer sees the ordering (as in `Parallel.map`).
    private let turns = DispatchQueue(label: "sitthi.recent-drawings")
    /// How many bytes of drawings are kept.
    static let limit = 32 << 20

    /// The drawing kept under a name, or the one `draw` makes, kept.
    func drawing(named name: String, _ draw: () -> DrawingJob.Drawn?) -> DrawingJob.Drawn? {
        if let kept = turns.sync(execute: { entries.withLock { $0.drawings[name] } }) { return kept }
        guard let made = draw() else { return nil }
        turns.sync {
            entries.withLock { state in
                state.drawings[name] = made
                state.order.append(name)
                state.bytes += made.bytes.count
                while state.bytes > Self.limit, !state.order.isEmpty {
                    let oldest = state.order.removeFirst()
                    state.bytes -= state.drawings.removeValue(forKey: oldest)?.bytes.count ?? 0
                }
            }
        }
        return made
    }
}
