/// A file of the finished site, in memory.
public struct OutputFile: Sendable {
    /// The path relative to the output folder, `my/work/wages/index.html`.
    public var path: String
    public var contents: [UInt8]
}

/// The fourth stage: fills the templates for every page, on all cores. The pages of one content folder
/// (one per language) are rendered together and share what they have in common; each page's own
/// template makes its main content, which `layout.mustache` then wraps as `{{{main}}}`. Templates were
/// compiled once by the parser; nothing here reads or writes files.
public struct Renderer {
    let diagnostics: Diagnostics

    public init(diagnostics: Diagnostics) { self.diagnostics = diagnostics }

    public func render(_ site: AssembledSite) -> [OutputFile] {
        guard let templates = site.templates else { return [] }
        let builder = PageContext(site: site, templates: templates)
        return Parallel.map(site.pageGroups) { group in
            let shared = builder.groupContext(for: group)
            return group.pages.map { page in
                var context = builder.context(for: page, group: shared)
                context["main"] = HTMLText(templates.render(Self.templateName(for: page.kind), context))
                let html = templates.render(TemplateSet.layout, context)
                return OutputFile(path: page.outputPath, contents: Array(html.utf8))
            }
        }.flatMap { $0 }
    }

    static func templateName(for kind: Page.Kind) -> String {
        switch kind {
        case .languagePicker: return "language-picker"
        case .notFound: return "not-found"
        case .home: return "language-home"
        case .section: return "section"
        case .article: return "article"
        }
    }
}
