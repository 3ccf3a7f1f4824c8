#if canImport(Glibc)
    import Glibc
#endif

/// A file the build draws rather than fills from a template: a leaflet's PDF or a share picture. Its
/// encoded form is what the drawing cache names it by, so everything that changes the drawing is in it.
enum DrawingJob: Sendable, Hashable, Codable {
    /// A leaflet's PDF; `source` is the Markdown file of the reader's text, where a warning about it points.
    case leaflet(LeafletPDF, source: String)
    case picture(SharePicture)

    /// The file's kind, for counting and naming cache entries.
    var fileExtension: String {
        switch self {
        case .leaflet: return "pdf"
        case .picture: return "png"
        }
    }

    /// What drawing made: the file's bytes, its page count (a PDF), and the processor time it took.
    struct Drawn: Sendable {
        var bytes: [UInt8]
        var pages: Int?
        var seconds: Double
    }

    /// Draws the file; `nil` if Cairo failed.
    func draw() -> Drawn? {
        let start = Self.threadSeconds()
        switch self {
        case .leaflet(let leaflet, _):
            return leaflet.draw().map { Drawn(bytes: $0.bytes, pages: $0.pages, seconds: Self.threadSeconds() - start) }
        case .picture(let picture):
            return picture.draw().map { Drawn(bytes: $0, pages: nil, seconds: Self.threadSeconds() - start) }
        }
    }

    /// The processor time this thread has used: what a drawing costs on one core, however busy the
    /// machine is.
    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
