/// `share.mustache`: the share links, filled once per language with markers for the page's address.
struct ShareBlockModel: TemplateModel {
    var t: InterfaceTexts
    var url: HTMLText
    var links: [ShareLinkItem]

    static let modelName = "the share block"
    static let fields: [String: TemplateField<Self>] = [
        "t": .strings { $0.t },
        "url": .text { $0.url },
        "links": .list { $0.links },
    ]
}

/// One messenger's share link.
struct ShareLinkItem: TemplateModel {
    var name: HTMLText
    var href: HTMLText

    static let modelName = "a share link"
    static let fields: [String: TemplateField<Self>] = [
        "name": .text { $0.name },
        "href": .text { $0.href },
    ]
}

/// `share-image.mustache`: the link-preview picture's tags of a language, when it has a picture.
struct ShareImageBlockModel: TemplateModel {
    var shareImage: ShareImageItem?

    static let modelName = "the share picture block"
    static let fields: [String: TemplateField<Self>] = ["shareImage": .object { $0.shareImage }]
}

/// A link-preview picture: its absolute address, size and description.
struct ShareImageItem: TemplateModel {
    var url: HTMLText
    var width: HTMLText
    var height: HTMLText
    var alt: HTMLText

    static let modelName = "a share picture"
    static let fields: [String: TemplateField<Self>] = [
        "url": .text { $0.url },
        "width": .text { $0.width },
        "height": .text { $0.height },
        "alt": .text { $0.alt },
    ]
}

/// `alternates.mustache`: a page's versions in every language, for `<link rel="alternate">`.
struct AlternatesBlockModel: TemplateModel {
    var alternates: [AlternateItem]

    static let modelName = "the alternates block"
    static let fields: [String: TemplateField<Self>] = ["alternates": .list { $0.alternates }]
}

/// One language version of a page.
struct AlternateItem: TemplateModel {
    var hreflang: HTMLText
    var href: HTMLText

    static let modelName = "an alternate link"
    static let fields: [String: TemplateField<Self>] = [
        "hreflang": .text { $0.hreflang },
        "href": .text { $0.href },
    ]
}
