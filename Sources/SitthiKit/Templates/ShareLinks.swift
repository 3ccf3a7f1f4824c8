import Foundation

/// The "share this page" links under a page: plain links to each messenger's own share address (no
/// platform script, nothing loaded until the reader taps), and the address itself to copy.
enum ShareLinks {
    /// The messengers offered, in order: the name shown and the share address before the page's URL.
    static let targets: [(name: String, prefix: String)] = [
        ("LINE", "https://line.me/R/share?text="),
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
        ("WhatsApp", "https://wa.me/?text="),
        ("Viber", "viber://forward?text="),
    ]

    /// Characters left as they are in a query value (RFC 3986 unreserved); everything else is %-encoded.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// The template values for one page's absolute address.
    static func context(for url: String) -> [String: Any] {
        let encoded = url.addingPercentEncoding(withAllowedCharacters: unreserved) ?? url
        return [
            "url": HTMLText(HTML.escape(url)),
            "links": targets.map { ["name": HTMLText($0.name), "href": HTMLText(HTML.escape($0.prefix + encoded))] },
        ]
    }
}
