/// `/<lang>/glossary/`: the page language's agreed terms, or every language's on a page whose language
/// has no glossary (the Thai page, for reviewers).
struct GlossaryContent: TemplateModel {
    var title: HTMLText
    var intro: HTMLText
    var groups: [GlossaryGroup]

    static let modelName = "the glossary page"
    static let fields: [String: TemplateField<Self>] = [
        "title": .text { $0.title },
        "intro": .text { $0.intro },
        "groups": .list { $0.groups },
    ]
}

/// One language's glossary: its name in its own script and its terms.
struct GlossaryGroup: TemplateModel {
    var name: HTMLText
    var lang: HTMLText
    var isDraft: Bool
    var entries: [GlossaryRow]

    static let modelName = "a language's glossary"
    static let fields: [String: TemplateField<Self>] = [
        "name": .text { $0.name },
        "lang": .text { $0.lang },
        "draft": .flag { $0.isDraft },
        "entries": .list { $0.entries },
    ]
}

/// A Thai term, the agreed term, and the spellings to avoid (in the glossary's language).
struct GlossaryRow: TemplateModel {
    var thai: HTMLText
    var term: HTMLText
    var avoid: HTMLText?
    var lang: HTMLText

    static let modelName = "a glossary term"
    static let fields: [String: TemplateField<Self>] = [
        "thai": .text { $0.thai },
        "term": .text { $0.term },
        "avoid": .text { $0.avoid },
        "lang": .text { $0.lang },
    ]
}
