/// The site as readers will see it: the content tree and every page, with no I/O.
public struct AssembledSite: Sendable {
    public var config: SiteConfig
    public var strings: [String: InterfaceStrings]
    public var templates: TemplateSet?
    /// The top of the content tree: the language home's introduction and the top-level sections.
    public var root: Section
    /// The office directory, when the site has one.
    public var directory: OfficeDirectory?
    /// The day the build treats as today, for "checked more than a year ago" notices.
    public var today: CalendarDay
    /// Every page, grouped by the content it shows.
    public var pageGroups: [PageGroup]
    /// Each language's link-preview picture, when the site has them.
    public var shareImages: [String: ShareImage] = [:]
    /// Where every page and file lives.
    public var router: Router { Router(baseURL: config.baseURL) }
    /// How many pages the site has.
    public var pageCount: Int { pageGroups.reduce(0) { $0 + $1.pages.count } }
}
