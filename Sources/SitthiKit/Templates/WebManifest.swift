import Foundation

/// A language's web app manifest, `/<lang>/manifest.webmanifest`: what a phone needs to put the site on
/// its home screen in that language. Names from the interface strings (`app_name`, `app_short_name`),
/// the language's code and direction, the language's home as start and scope (so each language installs
/// as its own app), the colours of the style sheet (`--accent` and `--paper`), and the PNG icons under
/// `templates/assets/icons/`: `icon-<size>.png` for any use, `maskable-<size>.png` for launchers that
/// cut icons to their own shape.
struct WebManifest: Encodable {
    var name: String
    var shortName: String
    var description: String?
    var lang: String
    var dir: String
    var id: String
    var startURL: String
    var scope: String
    var display = "standalone"
    var themeColor: String?
    var backgroundColor: String?
    var icons: [Icon]

    /// One icon: its published address, size and purpose.
    struct Icon: Encodable {
        var src: String
        var sizes: String
        var type = "image/png"
        var purpose: String
    }

    enum CodingKeys: String, CodingKey {
        case name, description, lang, dir, id, scope, display, icons
        case shortName = "short_name"
        case startURL = "start_url"
        case themeColor = "theme_color"
        case backgroundColor = "background_color"
    }

    /// The folder under the assets whose PNG files are the manifest's icons.
    static let iconFolder = "/\(Router.assetFolder)/icons/"

    init(language: Language, site: AssembledSite) {
        let strings = site.strings[language.code]
        name = strings?["app_name"].value ?? language.siteTitle
        shortName = strings?["app_short_name"].value ?? name
        description = strings?["site_description"].value
        lang = language.code
        dir = language.direction
        let home = Router.url(language.code, [])
        id = home
        startURL = home
        scope = home
        let colors = ThemeColors(styleSheet: site.templates?.styleSheet ?? "")
        themeColor = colors.accent
        backgroundColor = colors.paper
        icons = site.assetNames.pictureSizes.keys.sorted().compactMap { plain -> Icon? in
            guard plain.hasPrefix(Self.iconFolder), let size = site.assetNames.pictureSizes[plain], let published = site.assetNames.addresses[plain] else { return nil }
            let name = plain.dropFirst(Self.iconFolder.count)
            let purpose = name.hasPrefix("icon-") ? "any" : name.hasPrefix("maskable-") ? "maskable" : nil
            return purpose.map { Icon(src: published, sizes: "\(size.width)x\(size.height)", purpose: $0) }
        }
    }

    /// The manifest as JSON, keys in a fixed order so that builds stay identical.
    var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [UInt8(ascii: "\n")]
    }
}

/// The colours the style sheet gives the site, read from its custom properties: `--accent` (links,
/// buttons, the hotline bar: the phone's title bar takes it) and `--paper` (the page's background: the
/// splash screen of the installed site takes it).
struct ThemeColors: Equatable {
    var accent: String?
    var paper: String?

    init(styleSheet: String) {
        accent = Self.property("--accent", in: styleSheet)
        paper = Self.property("--paper", in: styleSheet)
    }

    /// A custom property's value, when it is a plain colour (`#0b5cad`, `white`).
    static func property(_ name: String, in css: String) -> String? {
        guard let start = css.range(of: name + ":") else { return nil }
        let value = css[start.upperBound...].prefix { $0 != ";" && $0 != "}" }.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, value.count <= 32, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }) else { return nil }
        return value
    }
}
