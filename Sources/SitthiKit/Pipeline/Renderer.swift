/// A file of the finished site, in memory.
struct OutputFile: Sendable {
    /// The path relative to the output folder, `my/work/wages/index.html`.
    var path: String
    var contents: [UInt8]
    /// For an article page, the Markdown file it shows: such pages are held to the weight budget.
    var articleSource: String? = nil
}

/// The fourth stage: fills the templates for every page, on all cores. The pages of one content folder
/// (one per language) are rendered together and share what they have in common; each page's own
/// template makes its main content, which `layout.mustache` then wraps as `{{{main}}}`. Templates were
/// compiled once by the parser; nothing here reads or writes files. Groups are rendered in batches so
/// that the writer can store each batch before the next is made.
struct Renderer {
    let templates: TemplateSet
    let builder: PageModelBuilder
    /// The layout filled once per language and shape of page.
    let frames: LayoutFrames

    /// `nil` when the templates could not be compiled (the parser has reported why).
    init?(site: AssembledSite) {
        guard let templates = site.templates else { return nil }
        self.templates = templates
        builder = PageModelBuilder(site: site, templates: templates)
        // Pages link to every other language, or (the picker, the 404 page) to none.
        frames = LayoutFrames(
            templates: templates, languages: Array(builder.languages.values),
            languageLinkCounts: [0, max(0, site.config.languages.count - 1)])
    }

    /// The files of some page groups, in order.
    func render(_ groups: ArraySlice<PageGroup>) -> [OutputFile] {
        let builder = builder
        let templates = templates
        let frames = frames
        return Parallel.map(Array(groups)) { group in
            let shared = builder.groupModel(for: group)
            return group.pages.map { page in
                var model = builder.model(for: page, group: shared)
                model.main = HTMLText(templates.render(Self.templateName(for: page.kind), model))
                let html = frames.fill(model) ?? templates.render(TemplateSet.layout, model)
                var articleSource: String?
                if case .article(let article) = page.kind {
                    articleSource = (article.texts[page.language.code] ?? article.texts[builder.source.code])?.path
                }
                return OutputFile(path: page.outputPath, contents: Array(html.utf8), articleSource: articleSource)
            }
        }.flatMap { $0 }
    }

    /// The template that makes a page's main content.
    static func templateName(for kind: Page.Kind) -> String {
        switch kind {
        case .languagePicker: return "language-picker"
        case .notFound: return "not-found"
        case .home: return "language-home"
        case .section: return "section"
        case .article: return "article"
        case .leaflet: return "leaflet"
        case .offices: return "offices"
        case .officeProvince: return "office-province"
        }
    }

    /// Each page template with the model of its content, for `TemplateChecker`.
    static let pageTemplates: [(template: String, content: TemplateSchema)] = [
        ("language-picker", LanguagePickerContent.schema), ("not-found", NotFoundContent.schema),
        ("language-home", HomeContent.schema), ("section", SectionContent.schema), ("article", ArticleContent.schema),
        ("leaflet", LeafletContent.schema), ("offices", OfficesContent.schema), ("office-province", ProvinceContent.schema),
    ]

    /// A contact card per office, `offices/<id>.vcf`, the same in every language.
    func contactCards(_ directory: OfficeDirectory) -> [OutputFile] {
        directory.offices.map { office in
            let province = office.province.flatMap { directory.province($0)?.names["th"] }
            return OutputFile(
                path: Router.contactCardPath(office.id),
                contents: Array(VCard.card(for: office, provinceName: province).utf8))
        }
    }
}
