/// `/`: every language, named in its own script.
struct LanguagePickerContent: TemplateModel {
    var choices: [LanguageChoice]

    static let modelName = "the language picker"
    static let fields: [String: TemplateField<Self>] = ["choices": .list { $0.choices }]
}

/// One language on the picker.
struct LanguageChoice: TemplateModel {
    var code: HTMLText
    var name: HTMLText
    var siteTitle: HTMLText
    var href: HTMLText

    static let modelName = "a language choice"
    static let fields: [String: TemplateField<Self>] = [
        "code": .text { $0.code },
        "name": .text { $0.name },
        "siteTitle": .text { $0.siteTitle },
        "href": .text { $0.href },
    ]
}

/// `/404.html`: the message in every language.
struct NotFoundContent: TemplateModel {
    var notFound: [NotFoundMessage]

    static let modelName = "the not-found page"
    static let fields: [String: TemplateField<Self>] = ["notFound": .list { $0.notFound }]
}

/// The not-found message in one language.
struct NotFoundMessage: TemplateModel {
    var lang: HTMLText
    var name: HTMLText
    var title: HTMLText
    var text: HTMLText
    var href: HTMLText

    static let modelName = "a not-found message"
    static let fields: [String: TemplateField<Self>] = [
        "lang": .text { $0.lang },
        "name": .text { $0.name },
        "title": .text { $0.title },
        "text": .text { $0.text },
        "href": .text { $0.href },
    ]
}

/// A section's page: its introduction and what it holds.
struct SectionContent: TemplateModel {
    var title: HTMLText?
    var intro: HTMLText?
    var items: [ListItem]

    static let modelName = "a section page"
    static let fields: [String: TemplateField<Self>] = [
        "title": .text { $0.title },
        "intro": .text { $0.intro },
        "items": .list { $0.items },
        "isEmpty": .flag { $0.items.isEmpty },
    ]
}

/// A language's home: its introduction, each top-level section with its first entries, and the
/// articles that belong to no section.
struct HomeContent: TemplateModel {
    var title: HTMLText?
    var intro: HTMLText?
    var groups: [HomeGroup]
    var items: [ListItem]

    static let modelName = "a language home"
    static let fields: [String: TemplateField<Self>] = [
        "title": .text { $0.title },
        "intro": .text { $0.intro },
        "groups": .list { $0.groups },
        "items": .list { $0.items },
        "hasItems": .flag { !$0.items.isEmpty },
        "isEmpty": .flag { _ in false },
    ]
}

/// A top-level section on the home.
struct HomeGroup: TemplateModel {
    var href: HTMLText
    var title: HTMLText?
    var summary: HTMLText?
    var items: [ListItem]
    var more: Bool

    static let modelName = "a section on the home"
    static let fields: [String: TemplateField<Self>] = [
        "href": .text { $0.href },
        "title": .text { $0.title },
        "summary": .text { $0.summary },
        "items": .list { $0.items },
        "more": .flag { $0.more },
    ]
}

/// An entry of a list: a section or an article, with its title and summary in the page's language.
struct ListItem: TemplateModel {
    var href: HTMLText
    var title: HTMLText?
    var summary: HTMLText?

    static let modelName = "a list entry"
    static let fields: [String: TemplateField<Self>] = [
        "href": .text { $0.href },
        "title": .text { $0.title },
        "summary": .text { $0.summary },
    ]
}
