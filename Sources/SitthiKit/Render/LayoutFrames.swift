/// The layout filled once per language and shape of page, with markers where a page's own values go;
/// each page then only puts its values into the markers' places, which costs a small fraction of
/// filling the template with Mustache. The layout reads only what every page has (the template
/// checker enforces it): the language's parts, which are the same for every page of the language, and
/// the page's head, group block and main content, which become the markers. What the layout can
/// branch on (whether the page has a body class and share links, and how many language links) is part
/// of the frame's key; a page whose shape has no frame is filled by Mustache as before.
struct LayoutFrames: Sendable {
    /// What a frame depends on besides the language.
    struct Shape: Hashable, Sendable {
        var language: String
        var hasBodyClass: Bool
        var hasShareBlock: Bool
        var languageLinks: Int

        init(_ page: PageModel) {
            language = page.language.lang.html
            hasBodyClass = page.head.bodyClass != nil
            hasShareBlock = page.head.shareBlock != nil
            languageLinks = page.head.languageLinks.count
        }
    }

    /// A value of the page that goes into a marker's place.
    enum Hole: Sendable {
        case pageTitle, ogTitle, description, ogType, canonical, bodyClass, shareBlock, shareImageBlock, alternatesBlock, main
        case linkCode(Int)
        case linkName(Int)
        case linkHref(Int)
    }

    /// The filled layout cut at the markers: text, then a value, then text, and so on. The text is kept
    /// as UTF-8 bytes: a page is written as bytes, so it is made as bytes.
    struct Frame: Sendable {
        var pieces: [[UInt8]]
        /// The value after each piece but the last, and whether the template escaped it (`{{x}}`).
        var holes: [(hole: Hole, escaped: Bool)]
    }

    private var frames: [Shape: Frame] = [:]

    /// Fills the layout for every language and every shape a page can have.
    init(templates: TemplateSet, languages: [LanguageModel], languageLinkCounts: [Int]) {
        for language in languages {
            for hasBodyClass in [false, true] {
                for hasShareBlock in [false, true] {
                    for links in Set(languageLinkCounts) {
                        let (model, holes) = Self.probe(language: language, bodyClass: hasBodyClass, shareBlock: hasShareBlock, links: links)
                        if let frame = Self.frame(from: templates.render(TemplateSet.layout, model), holes: holes) {
                            frames[Shape(model)] = frame
                        }
                    }
                }
            }
        }
    }

    /// The layout filled for a page, as the bytes of the file, or `nil` when no frame fits its shape.
    func fill(_ page: PageModel) -> [UInt8]? {
        guard let frame = frames[Shape(page)] else { return nil }
        var result: [UInt8] = []
        var size = 0
        for piece in frame.pieces { size += piece.count }
        result.reserveCapacity(size + (page.main?.html.utf8.count ?? 0) + 4096)
        for (index, piece) in frame.pieces.enumerated() {
            result += piece
            guard index < frame.holes.count else { break }
            let value = Self.value(of: frame.holes[index].hole, in: page)
            result += (frame.holes[index].escaped ? HTML.escape(value) : value).utf8
        }
        return result
    }

    private static func value(of hole: Hole, in page: PageModel) -> String {
        switch hole {
        case .pageTitle: return page.head.pageTitle.html
        case .ogTitle: return page.head.ogTitle.html
        case .description: return page.head.description.html
        case .ogType: return page.head.ogType.html
        case .canonical: return page.head.canonical.html
        case .bodyClass: return page.head.bodyClass?.html ?? ""
        case .shareBlock: return page.head.shareBlock?.html ?? ""
        case .shareImageBlock: return page.head.shareImageBlock.html
        case .alternatesBlock: return page.group.alternatesBlock.html
        case .main: return page.main?.html ?? ""
        case .linkCode(let index): return page.head.languageLinks[index].code.html
        case .linkName(let index): return page.head.languageLinks[index].name.html
        case .linkHref(let index): return page.head.languageLinks[index].href.html
        }
    }

    // MARK: - Markers

    /// A page model whose own values are markers, for one language and shape.
    private static func probe(language: LanguageModel, bodyClass: Bool, shareBlock: Bool, links: Int) -> (PageModel, [Hole]) {
        var holes: [Hole] = []
        func hole(_ kind: Hole) -> HTMLText {
            holes.append(kind)
            return FrameMarkers.marker(holes.count - 1)
        }
        var head = PageHead(
            pageTitle: hole(.pageTitle), ogTitle: hole(.ogTitle), description: hole(.description), ogType: hole(.ogType),
            canonical: hole(.canonical), bodyClass: nil, languageLinks: [], shareBlock: nil, shareImageBlock: hole(.shareImageBlock))
        if bodyClass { head.bodyClass = hole(.bodyClass) }
        if shareBlock { head.shareBlock = hole(.shareBlock) }
        head.languageLinks = (0..<links).map { index in
            LanguageLink(code: hole(.linkCode(index)), name: hole(.linkName(index)), href: hole(.linkHref(index)))
        }
        let group = GroupModel(alternatesBlock: hole(.alternatesBlock))
        let main = hole(.main)
        let model = PageModel(content: NotFoundContent(notFound: []), head: head, language: language, group: group, main: main)
        return (model, holes)
    }

    /// The filled probe cut at its markers; `nil` when it does not cut cleanly, so that such a layout is
    /// always filled by Mustache.
    private static func frame(from filled: String, holes: [Hole]) -> Frame? {
        guard let (pieces, values) = FrameMarkers.cut(filled, valueCount: holes.count) else { return nil }
        return Frame(pieces: pieces.map { Array($0.utf8) }, holes: values.map { (holes[$0.index], $0.escaped) })
    }
}
