/// The site as readers will see it: the content tree and every page, with no I/O.
struct AssembledSite: Sendable {
    var config: SiteConfig
    var strings: [String: InterfaceStrings]
    var templates: TemplateSet?
    /// The top of the content tree: the language home's introduction and the top-level sections.
    var root: Section
    /// The office directory, when the site has one.
    var directory: OfficeDirectory?
    /// The day the build treats as today, for "checked more than a year ago" notices.
    var today: CalendarDay
    /// Every page, grouped by the content it shows.
    var pageGroups: [PageGroup]
    /// Each province's minimum wage on the build's day, by province code, when the site has the
    /// spreadsheet.
    var minimumWages: [String: ProvinceWage]?
    /// The blocks each language's include fences show in a printed leaflet, by language code and name.
    var printIncludes: [String: [String: [PrintBlock]]] = [:]
    /// The translation languages' glossaries, by language code.
    var glossaries: [String: Glossary] = [:]
    /// Each language's listed search terms with the pages that hold them, by language code.
    var searchTerms: [String: [ListedSearchTerm]] = [:]
    /// Every asset's published, content-hashed address by its plain one.
    var assetNames = AssetNames([])
    /// A fingerprint of everything the build read, which names the offline caches of this version of the
    /// site (set by the pipeline, which holds the loaded files).
    var buildID = ""
    /// Where every page and file lives.
    var router: Router { Router(baseURL: config.baseURL) }
    /// The content tree, settings and directory, as renditions are made from them.
    var outline: SiteOutline {
        SiteOutline(root: root, config: config, directory: directory, glossaries: glossaries, searchTerms: searchTerms)
    }
    /// How many pages the site has.
    var pageCount: Int { pageGroups.reduce(0) { $0 + $1.pages.count } }
}
