/// Creates a new article bundle: the source-language file and a stub per translation, each with the
/// front matter fields filled in as far as they can be (`title` and `summary` are left for the editor,
/// and the build says so until they are written).
public struct ArticleScaffold {
    let root: String
    let config: SiteConfig

    /// Reads the site's settings, or describes why they cannot be read.
    public static func load(root: String) -> Result<ArticleScaffold, ScaffoldError> {
        let diagnostics = Diagnostics()
        guard let bytes = try? FileSystem.read("\(root)/\(SiteConfig.path)"),
            let text = String(validating: bytes, as: UTF8.self),
            let config = SiteConfig.parse(text, diagnostics: diagnostics)
        else {
            return .failure(ScaffoldError(message: "cannot read \(SiteConfig.path) under \(root)"))
        }
        return .success(ArticleScaffold(root: root, config: config))
    }

    /// A reason the article could not be created.
    public struct ScaffoldError: Error, CustomStringConvertible {
        var message: String
        public var description: String { message }
    }

    /// Creates `content/<path>/<lang>.md` for every language; returns the files made.
    public func create(_ path: String, today: CalendarDay) -> Result<[String], ScaffoldError> {
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.isEmpty else { return .failure(ScaffoldError(message: "give the article's path, like work/overtime")) }
        for part in parts where !FolderName.isValid(part) {
            return .failure(ScaffoldError(message: "`\(part)` cannot be part of a link: use lowercase a–z, 0–9 and dashes, for example `\(FolderName.suggestion(for: part))`"))
        }
        let folder = "content/" + parts.joined(separator: "/")
        let source = config.defaultLanguage.code
        if parts.count > 1 {
            let section = "content/" + parts.dropLast().joined(separator: "/")
            guard FileSystem.kind(of: "\(root)/\(section)/_index.\(source).md").exists else {
                return .failure(ScaffoldError(message: "\(section)/ is not a section yet: create \(section)/_index.\(source).md with its title and summary first"))
            }
        }
        guard !FileSystem.kind(of: "\(root)/\(folder)").exists else {
            return .failure(ScaffoldError(message: "\(folder)/ exists already"))
        }
        var made: [String] = []
        do {
            var current = root
            for part in ["content"] + parts {
                current += "/" + part
                try FileSystem.makeDirectory(current)
            }
            for language in config.languages {
                var lines = ["---", "title: \"\"", "summary: \"\"", "updated: \(today)", "weight: 0", "sources: []"]
                if language.code != source {
                    lines += ["translation: draft", "source_version: \(today)"]
                }
                lines += ["---", "", "## ", ""]
                let file = "\(folder)/\(language.code).md"
                try FileSystem.write(Array(lines.joined(separator: "\n").utf8), to: "\(root)/\(file)")
                made.append(file)
            }
        } catch {
            return .failure(ScaffoldError(message: "\(error)"))
        }
        return .success(made)
    }
}
