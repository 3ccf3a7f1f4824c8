/// `/<lang>/search/`: the search form, the element the script fills with results, and the key terms
/// (the headings of the language's pages) for readers without script.
struct SearchContent: TemplateModel {
    /// Where the form sends the query (the page itself).
    var action: HTMLText
    /// The folder of this language's index files, and of the Thai index (for queries in Thai script).
    var indexHref: HTMLText
    var thaiIndexHref: HTMLText
    var terms: [SearchTerm]

    static let modelName = "the search page"
    static let fields: [String: TemplateField<Self>] = [
        "action": .text { $0.action },
        "indexHref": .text { $0.indexHref },
        "thaiIndexHref": .text { $0.thaiIndexHref },
        "terms": .list { $0.terms },
    ]
}

/// A heading used on the language's pages, with a link to each place it heads.
struct SearchTerm: TemplateModel {
    var term: HTMLText
    var links: [SearchTermLink]

    static let modelName = "a key term"
    static let fields: [String: TemplateField<Self>] = [
        "term": .text { $0.term },
        "links": .list { $0.links },
    ]
}

/// A link from a key term to a section of a page, named by the page's title.
struct SearchTermLink: TemplateModel {
    var href: HTMLText
    var title: HTMLText

    static let modelName = "a key term's page"
    static let fields: [String: TemplateField<Self>] = [
        "href": .text { $0.href },
        "title": .text { $0.title },
    ]
}
