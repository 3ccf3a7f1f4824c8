import Mustache

/// Everything one page's templates read: its own content, its head (titles, address, language links),
/// the language's shared parts and its group's. A name is looked up in that order, so a page's own value
/// comes before a shared one; `main` is the page template's result, which the layout wraps.
struct PageModel: MustacheParent, Sendable {
    var content: any TemplateModel
    var head: PageHead
    let language: LanguageModel
    let group: GroupModel
    var main: HTMLText?

    func child(named name: String) -> Any? {
        if name == "main" { return main }
        return content.child(named: name) ?? head.child(named: name) ?? language.child(named: name) ?? group.child(named: name)
    }

    /// What a page of some content can name, for checking its template (`content`) or the layout (`nil`:
    /// only what every page has).
    static func schema(content: TemplateSchema?) -> TemplateSchema {
        var parts = [
            PageHead.schema, LanguageModel.schema, GroupModel.schema,
            TemplateSchema(name: "the layout", shapes: ["main": .text]),
        ]
        if let content { parts.insert(content, at: 0) }
        return TemplateSchema.union(content?.name ?? "every page", parts)
    }
}

/// A page's own part of every page's head: titles, description, address and the links to the page in
/// other languages.
struct PageHead: TemplateModel {
    var pageTitle: HTMLText
    var ogTitle: HTMLText
    var description: HTMLText
    var ogType: HTMLText
    var canonical: HTMLText
    var bodyClass: HTMLText?
    var languageLinks: [LanguageLink]
    var shareBlock: HTMLText?
    /// The link-preview picture's tags: the article's own picture, or the language's.
    var shareImageBlock: HTMLText

    static let modelName = "every page"
    static let fields: [String: TemplateField<Self>] = [
        "pageTitle": .text { $0.pageTitle },
        "ogTitle": .text { $0.ogTitle },
        "description": .text { $0.description },
        "ogType": .text { $0.ogType },
        "canonical": .text { $0.canonical },
        "bodyClass": .text { $0.bodyClass },
        "languageLinks": .list { $0.languageLinks },
        "hasLanguageLinks": .flag { !$0.languageLinks.isEmpty },
        "shareBlock": .text { $0.shareBlock },
        "shareImageBlock": .text { $0.shareImageBlock },
    ]
}

/// A link to the same page, or an article, in another language.
struct LanguageLink: TemplateModel {
    var code: HTMLText
    var name: HTMLText
    var href: HTMLText

    static let modelName = "a language link"
    static let fields: [String: TemplateField<Self>] = [
        "code": .text { $0.code },
        "name": .text { $0.name },
        "href": .text { $0.href },
    ]
}

/// What the pages of one group (one content folder in every language) share: the alternate links.
struct GroupModel: TemplateModel {
    var alternatesBlock: HTMLText

    static let modelName = "every page"
    static let fields: [String: TemplateField<Self>] = ["alternatesBlock": .text { $0.alternatesBlock }]
}
