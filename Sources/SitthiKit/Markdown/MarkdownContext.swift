/// What the Markdown stage adds to CommonMark for the texts of one language: the blocks an `include`
/// fence can name, already rendered in that language.
///
/// An include is a fenced code block whose info string is `include` and whose one line names the block:
///
///     ```include
///     minimum-wage
///     ```
///
/// The whole fence is replaced by the named block's HTML; an unknown name is an error at its line.
struct MarkdownContext: Sendable {
    /// The HTML of each block an include can name, by name.
    var includes: [String: String] = [:]

    /// No includes.
    static let plain = MarkdownContext()

    /// The info string that marks a fenced code block as an include.
    static let includeInfo = "include"
}
