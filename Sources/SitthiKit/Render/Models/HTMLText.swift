import Mustache

/// Text that is already HTML (escaped, tagged with `lang` where needed), handed to the templates.
///
/// Mustache prints it as it is with `{{{…}}}` and without the type checks and copying it makes for a
/// plain `String`, which were a large share of the render stage. As the subject of a section
/// (`{{#summary}}…{{/summary}}`) it has no fields of its own, so names inside are looked up in the
/// enclosing values without Mustache falling back to reflection.
struct HTMLText: MustacheCustomRenderable, MustacheParent, Sendable {
    let html: String
    init(_ html: String) { self.html = html }
    var renderText: String { html }
    var isNull: Bool { false }
    func child(named: String) -> Any? { nil }
}
