/// One page to write: what it shows, in which language, and where it goes.
struct Page: Sendable {
    /// What a page shows.
    enum Kind: Sendable {
        /// `/`: every language named in its own script.
        case languagePicker
        /// `/404.html`, in every language.
        case notFound
        /// `/<lang>/`: the sections and articles.
        case home
        /// `/<lang>/<section>/`: a section's introduction and contents.
        case section(Section)
        /// `/<lang>/<article>/`: an article, beside its source text when it is a translation.
        case article(Article)
        /// `/<lang>/<article>/leaflet/`: the article as a printable A4 leaflet, beside the Thai text.
        case leaflet(Article)
        /// `/<lang>/offices/`: every office and help line, by region and province.
        case offices
        /// `/<lang>/offices/<province>/`: the offices of one province in full.
        case officeProvince(Province)
    }

    var kind: Kind
    /// The page's language (the source language for the picker and the 404 page).
    var language: Language
    /// The site-relative URL path, `/my/work/wages/`.
    var url: String
    /// The file to write, relative to the output folder: `my/work/wages/index.html`.
    var outputPath: String
}

/// The pages that show the same content in each language (an article, a section, the home), which
/// share what does not depend on the language and are rendered together.
struct PageGroup: Sendable {
    /// The content folder they show (empty for the home, the language picker and the 404 page).
    var folder: [String]
    /// One page per language, in the site's language order.
    var pages: [Page]
}
