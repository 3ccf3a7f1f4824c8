/// One file to write for one rendition in one language: what it shows, in which language, and where it goes.
struct Page: Sendable {
    /// What the page is (an article's page, its leaflet, a contact card…) and the content it shows.
    var rendition: any Rendition
    /// The page's language (the source language for renditions with one fixed place).
    var language: Language
    /// The site-relative URL path, `/my/work/wages/`.
    var url: String
    /// The file to write, relative to the output folder: `my/work/wages/index.html`.
    var outputPath: String
}

/// The pages of one rendition in every language (an article's page, a section, the home), which share
/// what does not depend on the language and are rendered together.
struct PageGroup: Sendable {
    /// The folder they live in under each language (empty for the home and for fixed places).
    var folder: [String]
    /// One page per language, in the site's language order (one page for a fixed place).
    var pages: [Page]
}
