/// A file of the finished site, in memory.
struct OutputFile: Sendable {
    /// The path relative to the output folder, `my/work/wages/index.html`.
    var path: String
    var contents: [UInt8]
    /// For an article page, the Markdown file it shows: such pages are held to the weight budget.
    var articleSource: String? = nil
    /// For a file to draw (a leaflet's PDF, a share picture), what to draw: the drawing stage fills
    /// `contents` from it, or from the cache.
    var drawing: DrawingJob? = nil
}

/// The fourth stage: makes every rendition's file for every language, on all cores. The pages of one
/// group (one rendition in each language) are made together and share what they have in common; an
/// HTML page's own template makes its main content, which `layout.mustache` then wraps as `{{{main}}}`.
/// Templates were compiled once by the parser; nothing here reads or writes files. Groups are rendered
/// in batches so that the writer can store each batch before the next is made.
struct Renderer {
    let context: RenderContext

    var templates: TemplateSet { context.templates }
    var builder: PageModelBuilder { context.builder }
    var frames: LayoutFrames { context.frames }

    /// `nil` when the templates could not be compiled (the parser has reported why).
    init?(site: AssembledSite) {
        guard let templates = site.templates else { return nil }
        let builder = PageModelBuilder(site: site, templates: templates)
        // Pages link to every other language, or (the picker, the 404 page) to none.
        let frames = LayoutFrames(
            templates: templates, languages: Array(builder.languages.values),
            languageLinkCounts: [0, max(0, site.config.languages.count - 1)])
        context = RenderContext(templates: templates, builder: builder, frames: frames, pageFrames: PageFrames(templates: templates))
    }

    /// The files of some page groups, in order.
    func render(_ groups: ArraySlice<PageGroup>) -> [OutputFile] {
        let context = context
        return Parallel.map(Array(groups)) { group in
            let shared = context.builder.groupModel(for: group)
            return group.pages.map { page in page.rendition.file(for: page, group: shared, using: context) }
        }.flatMap { $0 }
    }
}
