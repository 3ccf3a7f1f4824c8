/// What every page of one language shares, built once per language: its code and titles, the inlined
/// style sheet, the interface strings, the hotlines, and the blocks filled once (the hotlines, and the
/// share picture's tags for the pages without a picture of their own).
struct LanguageModel: TemplateModel {
    var lang: HTMLText
    var siteTitle: HTMLText
    /// The site's description in the language, for pages that have none of their own.
    var siteDescription: HTMLText
    var css: HTMLText
    var t: InterfaceTexts
    var attr: InterfaceTexts
    var homeHref: HTMLText
    var hasDirectory: Bool
    var locale: HTMLText
    var localeAlternates: [HTMLText]
    var officesHref: HTMLText
    /// The language's web app manifest, linked from each of its pages.
    var manifestHref: HTMLText
    /// The phone's title-bar colour (the style sheet's `--accent`), when the style sheet has one.
    var themeColor: HTMLText?
    var hotlines: [HotlineItem]
    /// The share picture's tags of the pages that have none of their own (every page's head holds its own copy).
    var shareImageBlock = HTMLText("")
    var hotlinesBlock = HTMLText("")

    static let modelName = "every page"
    static let fields: [String: TemplateField<Self>] = [
        "lang": .text { $0.lang },
        "siteTitle": .text { $0.siteTitle },
        "css": .text { $0.css },
        "t": .strings { $0.t },
        "attr": .strings { $0.attr },
        "homeHref": .text { $0.homeHref },
        "hasDirectory": .flag { $0.hasDirectory },
        "locale": .text { $0.locale },
        "localeAlternates": .texts { $0.localeAlternates },
        "officesHref": .text { $0.officesHref },
        "manifestHref": .text { $0.manifestHref },
        "themeColor": .text { $0.themeColor },
        "hotlines": .list { $0.hotlines },
        "hotlinesBlock": .text { $0.hotlinesBlock },
    ]
}

/// A help line: its number and its label in the page's language.
struct HotlineItem: TemplateModel {
    var number: HTMLText
    var label: HTMLText

    static let modelName = "a hotline"
    static let fields: [String: TemplateField<Self>] = [
        "number": .text { $0.number },
        "label": .text { $0.label },
    ]
}
