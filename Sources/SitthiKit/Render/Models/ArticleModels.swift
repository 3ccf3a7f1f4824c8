/// What an article's page and its leaflet both show at the top.
struct ArticleHead: Sendable {
    /// The title in the reader's language (the Thai title, tagged, when there is no translation).
    var title: HTMLText
    var summary: HTMLText
    /// The source language's code, for `lang` on the Thai text.
    var sourceLang: HTMLText
    /// The date in ISO form (`datetime`) and in the language's own form.
    var updated: HTMLText?
    var updatedText: HTMLText?
    /// The Thai title beside a translation's own.
    var sourceTitle: HTMLText?

    /// The head's fields, for a model that has one.
    static func fields<Model>(_ head: @escaping @Sendable (Model) -> ArticleHead) -> [String: TemplateField<Model>] {
        [
            "title": .text { head($0).title },
            "summary": .text { head($0).summary },
            "sourceLang": .text { head($0).sourceLang },
            "updated": .text { head($0).updated },
            "updatedText": .text { head($0).updatedText },
            "sourceTitle": .text { head($0).sourceTitle },
        ]
    }
}

/// `/<lang>/<article>/`: the article in the reader's language, section by section beside the Thai text
/// when the sections align, in full one after the other when they do not, or the Thai text with a note
/// when there is no translation.
struct ArticleContent: TemplateModel {
    /// How the article's text is laid out on the page.
    enum Body: Sendable {
        /// A page of the source language: its own text.
        case source(HTMLText)
        /// A translation whose sections align with the source: pairs of sections.
        case pairs([SectionPair], draft: Bool)
        /// A translation whose sections do not align: both texts in full.
        case unaligned(reader: HTMLText, source: HTMLText, draft: Bool)
        /// No translation: the source text, tagged with its language.
        case notTranslated(HTMLText)
    }

    var head: ArticleHead
    var body: Body
    var sources: [HTMLText]
    var available: [LanguageLink]
    var leafletHref: HTMLText?
    /// The leaflet's PDF, when the site draws them.
    var leafletPDFHref: HTMLText?

    static let modelName = "an article page"
    static let fields: [String: TemplateField<Self>] = ArticleHead.fields { $0.head }.merging([
        "sources": .texts { $0.sources },
        "hasSources": .flag { !$0.sources.isEmpty },
        "available": .list { $0.available },
        "hasAvailable": .flag { !$0.available.isEmpty },
        "leafletHref": .text { $0.leafletHref },
        "leafletPDFHref": .text { $0.leafletPDFHref },
        "sourceOnly": .flag { if case .source = $0.body { true } else { false } },
        "notTranslated": .flag { if case .notTranslated = $0.body { true } else { false } },
        "body": .text {
            switch $0.body {
            case .source(let html), .notTranslated(let html): html
            case .pairs, .unaligned: nil
            }
        },
        "draft": .flag {
            switch $0.body {
            case .pairs(_, let draft), .unaligned(_, _, let draft): draft
            case .source, .notTranslated: false
            }
        },
        "pairs": .list { if case .pairs(let pairs, _) = $0.body { pairs } else { [] } },
        "unaligned": .flag { if case .unaligned = $0.body { true } else { false } },
        "readerBody": .text { if case .unaligned(let reader, _, _) = $0.body { reader } else { nil } },
        "sourceBody": .text { if case .unaligned(_, let source, _) = $0.body { source } else { nil } },
    ]) { first, _ in first }
}

/// One section of a translation beside the same section of the source text.
struct SectionPair: TemplateModel {
    var reader: HTMLText
    var source: HTMLText

    static let modelName = "a pair of sections"
    static let fields: [String: TemplateField<Self>] = [
        "reader": .text { $0.reader },
        "source": .text { $0.source },
    ]
}

/// `/<lang>/<article>/leaflet.html`: the article as an A4 leaflet, the reader's text beside the Thai text,
/// with a QR code to the article online.
struct LeafletContent: TemplateModel {
    /// The two columns' shares of the width (in `fr`), when there are two.
    struct Columns: Sendable {
        var sourceBody: HTMLText
        var readerShare: HTMLText
        var sourceShare: HTMLText
    }

    var head: ArticleHead
    var articleURL: HTMLText
    var articleHref: HTMLText
    var qr: HTMLText?
    var readerBody: HTMLText
    var columns: Columns?
    var typeScale: HTMLText?
    /// The same leaflet as a PDF, when the site draws them.
    var pdfHref: HTMLText?

    static let modelName = "a leaflet"
    static let fields: [String: TemplateField<Self>] = ArticleHead.fields { $0.head }.merging([
        "articleURL": .text { $0.articleURL },
        "articleHref": .text { $0.articleHref },
        "qr": .text { $0.qr },
        "readerBody": .text { $0.readerBody },
        "twoColumns": .flag { $0.columns != nil },
        "sourceBody": .text { $0.columns?.sourceBody },
        "readerShare": .text { $0.columns?.readerShare },
        "sourceShare": .text { $0.columns?.sourceShare },
        "typeScale": .text { $0.typeScale },
        "pdfHref": .text { $0.pdfHref },
    ]) { first, _ in first }
}
