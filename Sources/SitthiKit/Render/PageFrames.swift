import Dispatch
import Mustache
import Synchronization

/// Page templates filled once per template, language and outline, with markers where a page's texts go;
/// each page of that outline then only puts its texts into the markers' places.
///
/// What a template can branch on is the outline of a page's model: which optional texts and objects
/// are there, each flag, and how many entries each list has (`TemplateModel.outline(into:)`); interface
/// strings are the same on every page of a language and stay in the frame as they are. The first page
/// of an outline is filled by Mustache through a probe of its own model whose texts are markers
/// (`FrameProbeModel`); the frame is cut at the markers and kept, and later pages fill it with their
/// texts found by each marker's path. A frame is kept only if it gives its first page exactly what
/// Mustache gives; a template whose output does not cut cleanly, or prints values other than texts, is
/// filled by Mustache. Tests and the templates fuzz target compare both ways.
final class PageFrames: Sendable {
    private struct Key: Hashable {
        var template: String
        var language: String
        var outline: [Int]
    }

    /// A filled template cut at the markers, with the path of each marker's text.
    private struct Frame: Sendable {
        var pieces: [String]
        var values: [(path: [FrameStep], escaped: Bool)]
    }

    private let frames = Mutex<[Key: Frame?]>([:])
    /// The frames are taken and stored on this queue as well, so the thread sanitizer sees the order.
    private let turns = DispatchQueue(label: "sitthi.page-frames")
    private let templates: TemplateSet

    init(templates: TemplateSet) { self.templates = templates }

    /// How many outlines have a frame (for tests and the profile).
    var count: Int { turns.sync { frames.withLock { $0.values.count { $0 != nil } } } }

    /// A page template filled for a page.
    func fill(_ template: String, _ page: PageModel) -> String {
        var outline: [Int] = []
        page.outline(into: &outline)
        let key = Key(template: template, language: page.language.lang.html, outline: outline)
        if let known = turns.sync(execute: { frames.withLock { $0[key] } }) {
            guard let frame = known else { return templates.render(template, page) }
            return fill(frame, page)
        }
        // A new outline: its frame is kept only if it gives this page exactly what Mustache gives.
        let expected = templates.render(template, page)
        var frame = makeFrame(template, page)
        if let made = frame, fill(made, page) != expected { frame = nil }
        turns.sync { frames.withLock { $0[key] = frame } }
        return expected
    }

    private func fill(_ frame: Frame, _ page: PageModel) -> String {
        var result = ""
        result.reserveCapacity(frame.pieces.reduce(0) { $0 + $1.utf8.count } + 2048)
        for (index, piece) in frame.pieces.enumerated() {
            result += piece
            guard index < frame.values.count else { break }
            let value = page.resolve(frame.values[index].path[...])?.html ?? ""
            result += frame.values[index].escaped ? HTML.escape(value) : value
        }
        return result
    }

    private func makeFrame(_ template: String, _ page: PageModel) -> Frame? {
        let probe = FrameProbe()
        let filled = templates.render(template, PageProbeModel(page: page, probe: probe))
        let paths = probe.paths
        guard let (pieces, values) = FrameMarkers.cut(filled, valueCount: paths.count) else { return nil }
        return Frame(pieces: pieces, values: values.map { (paths[$0.index], $0.escaped) })
    }
}

/// One step of the path from a page's model to one of its texts.
enum FrameStep: Hashable, Sendable {
    /// A part of the page model: its content, head, language or group.
    case part(Int)
    case field(String)
    case index(Int)
}

/// Hands out the markers of one probe and remembers the path of each.
final class FrameProbe: Sendable {
    private let recorded = Mutex<[[FrameStep]]>([])

    func marker(for path: [FrameStep]) -> HTMLText {
        recorded.withLock { paths in
            paths.append(path)
            return FrameMarkers.marker(paths.count - 1)
        }
    }

    var paths: [[FrameStep]] { recorded.withLock { $0 } }
}

/// A model as a probe shows it to Mustache: the same fields, with markers for texts. A template that
/// prints the model itself (`{{.}}` on it) gets a broken marker, so that its frame is not kept.
struct FrameProbeModel<Model: TemplateModel>: MustacheParent, CustomStringConvertible, Sendable {
    let model: Model
    let path: [FrameStep]
    let probe: FrameProbe

    func child(named name: String) -> Any? { model.probeChild(named: name, at: path, probe: probe) }
    var description: String { FrameMarkers.broken }
}

/// Interface strings as a probe shows them: each string as it is (the same on every page of a language),
/// and a broken marker if a template prints the strings themselves.
struct FrameProbeStrings: MustacheParent, CustomStringConvertible, Sendable {
    let strings: InterfaceTexts
    func child(named name: String) -> Any? { strings.child(named: name) }
    var description: String { FrameMarkers.broken }
}

/// A page's model as a probe shows it: its parts in the order `PageModel` looks names up.
private struct PageProbeModel: MustacheParent, CustomStringConvertible, Sendable {
    let page: PageModel
    let probe: FrameProbe
    var description: String { FrameMarkers.broken }

    func child(named name: String) -> Any? {
        if name == "main" { return nil }
        return page.content.probeChild(named: name, at: [.part(0)], probe: probe)
            ?? page.head.probeChild(named: name, at: [.part(1)], probe: probe)
            ?? page.language.probeChild(named: name, at: [.part(2)], probe: probe)
            ?? page.group.probeChild(named: name, at: [.part(3)], probe: probe)
    }
}

extension PageModel {
    /// What the page's templates can branch on (see `PageFrames`).
    func outline(into shape: inout [Int]) {
        content.outline(into: &shape)
        head.outline(into: &shape)
        language.outline(into: &shape)
        group.outline(into: &shape)
    }

    /// The text at a path from the page's model.
    func resolve(_ path: ArraySlice<FrameStep>) -> HTMLText? {
        guard case .part(let part)? = path.first else { return nil }
        let rest = path.dropFirst()
        switch part {
        case 0: return content.resolve(rest)
        case 1: return head.resolve(rest)
        case 2: return language.resolve(rest)
        default: return group.resolve(rest)
        }
    }
}
