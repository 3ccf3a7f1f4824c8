/// What the Markdown stage adds to CommonMark for the texts of one language: the blocks an `include`
/// fence can name, already rendered in that language, and the hotline numbers that become tap-to-call
/// links wherever the text (outside links and code) writes them.
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
    /// The same blocks as a printed page draws them (the PDF leaflets), by name.
    var printIncludes: [String: [PrintBlock]] = [:]
    /// The numbers that become `tel:` links.
    var phoneLinks: PhoneLinks = .none

    /// No includes.
    static let plain = MarkdownContext()

    /// The info string that marks a fenced code block as an include.
    static let includeInfo = "include"
}
