import Foundation

/// `/sw.js`: `templates/service-worker.js` after one line of this build's settings, which the worker
/// reads as `SITE`: the build's id (its caches are named by it, so a worker never serves one version's
/// pages with another's), each language's pages to keep once a page of it is opened, each language's
/// offline page, and the assets every page uses (the Burmese web font, the icons, the page script).
struct ServiceWorkerScript {
    let site: AssembledSite

    /// The settings line's content.
    struct Settings: Encodable {
        var build: String
        var fallback: String
        var pages: [String: [String]]
        var offline: [String: String]
        var assets: [String]
    }

    var settings: Settings {
        let folders = OfflinePage.keptFolders(config: site.config, hasDirectory: site.directory != nil)
        var pages: [String: [String]] = [:]
        var offline: [String: String] = [:]
        for language in site.config.languages {
            pages[language.code] = folders.map { Router.url(language.code, $0) }
            offline[language.code] = Router.url(language.code, [Router.offlineFolder])
        }
        // What the pages load: assets the style sheet or the layout names.
        let used = (site.templates?.styleSheet ?? "") + (site.templates?.layoutText ?? "")
        let assets = site.assetNames.addresses.values.filter { used.contains($0) }.sorted()
        return Settings(build: site.buildID, fallback: site.config.defaultLanguage.code, pages: pages, offline: offline, assets: assets)
    }

    func file() -> OutputFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(settings)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let text =
            "// Written by sitthi build from templates/\(TemplateSet.serviceWorker), after this build's settings.\n"
            + "const SITE = \(json);\n" + (site.templates?.serviceWorkerSource ?? "")
        return OutputFile(path: Router.serviceWorkerPath, contents: Array(text.utf8))
    }

    /// A fingerprint of everything a build read (every text, and every asset by its content-hashed name):
    /// the same input gives the same id, any change a new one.
    static func buildID(_ loaded: LoadedSite) -> String {
        var hash = ContentHash.Stream()
        hash.add("sitthi offline 1")
        for file in loaded.allTexts {
            hash.add(file.path)
            hash.add(file.text)
        }
        for asset in loaded.assets { hash.add(asset.outputPath) }
        return String(hash.hex().prefix(16))
    }
}
