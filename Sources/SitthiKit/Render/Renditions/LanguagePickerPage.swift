/// `/`: every language named in its own script, for a reader who arrives without one.
struct LanguagePickerPage: TemplatedPage {
    static func instances(in outline: SiteOutline) -> [any Rendition] { [Self()] }
    static let isListedInSitemap = true
    static let template = "language-picker"
    var address: RenditionAddress { .fixed(url: Router.languagePickerURL, path: Router.languagePickerPath) }
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> LanguagePickerContent {
        builder.languagePicker()
    }
}
