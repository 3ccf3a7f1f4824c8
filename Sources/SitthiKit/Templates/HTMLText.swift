import Mustache

/// Text that is already HTML (escaped, tagged with `lang` where needed), handed to the templates.
///
/// Mustache prints it as it is with `{{{…}}}` and without the type checks and copying it makes for a
/// plain `String`, which were a large share of the render stage.
struct HTMLText: MustacheCustomRenderable, Sendable {
    let html: String
    init(_ html: String) { self.html = html }
    var renderText: String { html }
    var isNull: Bool { false }
}
