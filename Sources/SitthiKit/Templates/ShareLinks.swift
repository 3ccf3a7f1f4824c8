import Foundation

/// The "share this page" links under a page: plain links to each messenger's own share address (no
/// platform script, nothing loaded until the reader taps), and the address itself to copy.
///
/// `share.mustache` is filled once per language with markers where the page's address goes; each page
/// then only puts its address into the markers' places, which costs a fraction of filling the template.
struct ShareLinks: Sendable {
    /// The messengers offered, in order: the name shown and the share address before the page's URL.
    static let targets: [(name: String, prefix: String)] = [
        ("LINE", "https://line.me/R/share?text="),
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
        ("WhatsApp", "https://wa.me/?text="),
        ("Viber", "viber://forward?text="),
    ]

    /// Characters left as they are in a query value (RFC 3986 unreserved); everything else is %-encoded.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Where the address goes as it is (HTML-escaped) and where it goes %-encoded as a query value.
    /// Private-use characters, which no template or interface string contains.
    private static let plainMarker: Character = "\u{E000}"
    private static let encodedMarker: Character = "\u{E001}"

    /// The filled template cut at the markers, and which form of the address goes after each piece.
    private var pieces: [Substring] = []
    private var holes: [Bool] = []  // true: %-encoded

    /// Fills `share.mustache` for one language; `strings` are the language's interface strings (`t`).
    init(templates: TemplateSet, strings: InterfaceTexts) {
        let model = ShareBlockModel(
            t: strings, url: HTMLText(String(Self.plainMarker)),
            links: Self.targets.map { ShareLinkItem(name: HTMLText(HTML.escape($0.name)), href: HTMLText(HTML.escape($0.prefix) + String(Self.encodedMarker))) })
        let filled = templates.render(TemplateSet.share, model)
        var start = filled.startIndex
        var index = start
        while index < filled.endIndex {
            let character = filled[index]
            if character == Self.plainMarker || character == Self.encodedMarker {
                pieces.append(filled[start..<index])
                holes.append(character == Self.encodedMarker)
                start = filled.index(after: index)
            }
            index = filled.index(after: index)
        }
        pieces.append(filled[start...])
    }

    /// The block for one page's absolute address.
    func html(for url: String) -> String {
        let plain = HTML.escape(url)
        let encoded = url.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? plain
        var result = ""
        result.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count } + holes.count * encoded.utf8.count)
        for (index, piece) in pieces.enumerated() {
            result += piece
            if index < holes.count { result += holes[index] ? encoded : plain }
        }
        return result
    }
}
