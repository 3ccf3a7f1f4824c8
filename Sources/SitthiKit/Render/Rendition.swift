/// Something the site publishes for one piece of content in each language: a page, a leaflet, a
/// contact card; later a PDF, a share picture or a search index. Each is one type in `Renditions/`,
/// listed once in `Renditions.all`: adding one is a new file and a line there, and the protocol's
/// requirements (none with a default) are what the compiler asks of it.
protocol Rendition: Sendable {
    /// Every rendition of this kind the site has, in reading order.
    static func instances(in outline: SiteOutline) -> [any Rendition]
    /// Whether search engines are told of it in the sitemap.
    static var isListedInSitemap: Bool { get }
    /// Where it lives; `Router` turns this into URLs and output paths.
    var address: RenditionAddress { get }
    /// The languages whose versions the page names as its alternates (none for a page of one language).
    func alternates(in config: SiteConfig) -> [Language]
    /// The article whose text it shows in full, when it does (for link anchors, dates and the page weight budget).
    var article: Article? { get }
    /// The file for one language.
    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile
}

/// Where a rendition lives: in each language's tree, or at one fixed place for the whole site.
enum RenditionAddress: Sendable {
    /// `/<lang>/<folder>/…/`, one page per language.
    case inEachLanguage(folder: [String])
    /// `/<lang>/<folder>/…/<name>`: a file beside a page, one per language (an article's leaflet).
    case fileInEachLanguage(folder: [String], name: String)
    /// One file in the source language only: the language picker, the 404 page, a contact card.
    case fixed(url: String, path: String)
}

/// A rendition that is an HTML page: a template fills its main content from a typed model, and the
/// layout wraps it.
protocol TemplatedPage: Rendition {
    /// The model its template reads.
    associatedtype Content: TemplateModel
    /// The template that makes its main content, `templates/<name>.mustache`.
    static var template: String { get }
    /// Its own content for one page, with what it sets in the page's head.
    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> Content
}

extension TemplatedPage {
    /// What its template can name, for `TemplateChecker`.
    static var contentSchema: TemplateSchema { Content.schema }

    /// The page's whole model, with its main content filled.
    func model(for page: Page, group: GroupModel, using context: RenderContext) -> PageModel {
        var model = context.builder.model(for: page, group: group) { head in
            content(on: page, builder: context.builder, head: &head)
        }
        model.main = HTMLText(context.pageFrames.fill(Self.template, model))
        return model
    }

    /// The page as HTML: the layout around the main content, from the language's frame when there is one.
    func html(for page: Page, group: GroupModel, using context: RenderContext) -> [UInt8] {
        let model = model(for: page, group: group, using: context)
        return context.frames.fill(model) ?? Array(context.templates.render(TemplateSet.layout, model).utf8)
    }

    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        OutputFile(path: page.outputPath, contents: html(for: page, group: group, using: context))
    }
}

/// What a rendition is made from: the content tree, the settings and the directory.
struct SiteOutline: Sendable {
    var root: Section
    var config: SiteConfig
    var directory: OfficeDirectory?
    /// The translation languages' glossaries, by language code.
    var glossaries: [String: Glossary] = [:]
    /// Each language's listed search terms with the pages that hold them, by language code.
    var searchTerms: [String: [ListedSearchTerm]] = [:]
    /// The pages of the search index of the languages whose terms were looked for, made once for both.
    var searchPages: [String: [IndexedPage]] = [:]

    /// Every section below the home, depth first in reading order.
    var sections: [Section] {
        var all: [Section] = []
        func visit(_ section: Section) {
            for child in section.sections {
                all.append(child)
                visit(child)
            }
        }
        visit(root)
        return all
    }

    /// Every article, in reading order (a section's own articles before its sub-sections').
    var articles: [Article] {
        var all: [Article] = []
        func visit(_ section: Section) {
            all += section.articles
            section.sections.forEach(visit)
        }
        visit(root)
        return all
    }
}

/// What rendering a page needs besides the page: the compiled templates, the model builder, the layout
/// frames and the page-template frames.
struct RenderContext: Sendable {
    let templates: TemplateSet
    let builder: PageModelBuilder
    let frames: LayoutFrames
    let pageFrames: PageFrames
}

/// Every kind of rendition, in the order the site lists them. The one place a new one is registered.
enum Renditions {
    static let all: [any Rendition.Type] = [
        LanguagePickerPage.self, NotFoundPage.self, HomePage.self, SectionPage.self, ArticlePage.self,
        LeafletPage.self, OfficesPage.self, ProvincePage.self, GlossaryPage.self, ContactCard.self, OfflinePage.self, ManifestFile.self,
        ServiceWorkerFile.self, SearchPage.self, SearchIndexPiece.self, LeafletPDFFile.self, SharePictureFile.self,
    ]

    /// Each HTML page's template with the model of its content, for `TemplateChecker`.
    static var pageTemplates: [(template: String, content: TemplateSchema)] {
        all.compactMap { kind in (kind as? any TemplatedPage.Type).map { ($0.template, $0.contentSchema) } }
    }
}
