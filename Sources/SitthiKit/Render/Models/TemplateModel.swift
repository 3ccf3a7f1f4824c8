import Mustache

/// A value a template reads: a struct whose fields are listed once, in `fields`, with the shape each
/// has. swift-mustache reads a model through `child(named:)` (one dictionary lookup, no reflection), and
/// `TemplateChecker` reads the same table to find, before any page is made, every name in a template
/// that no model provides.
protocol TemplateModel: MustacheParent, Sendable {
    /// The fields a template can name, with their shapes and how to read them.
    static var fields: [String: TemplateField<Self>] { get }
    /// What the model is, for messages ("the article page").
    static var modelName: String { get }
}

extension TemplateModel {
    func child(named name: String) -> Any? { Self.fields[name]?.read(self) }

    /// The names and shapes, for checking templates.
    static var schema: TemplateSchema { TemplateSchema(name: modelName, shapes: fields.mapValues(\.shape)) }
}

/// One field of a model: its shape, and how to read it from a value.
struct TemplateField<Model>: Sendable {
    let shape: TemplateShape
    let read: @Sendable (Model) -> Any?

    /// Ready HTML; absent when `nil` (a template's section on it is then skipped).
    static func text(_ read: @escaping @Sendable (Model) -> HTMLText?) -> Self { Self(shape: .text) { read($0) } }
    /// A yes or no for sections.
    static func flag(_ read: @escaping @Sendable (Model) -> Bool) -> Self { Self(shape: .flag) { read($0) } }
    /// A list of ready HTML, each printed with `{{{.}}}`.
    static func texts(_ read: @escaping @Sendable (Model) -> [HTMLText]) -> Self { Self(shape: .texts) { read($0) } }
    /// A list of models, each the scope of one round of a section.
    static func list<Item: TemplateModel>(_ read: @escaping @Sendable (Model) -> [Item]) -> Self {
        Self(shape: .list(Item.schema)) { read($0) }
    }
    /// One model, the scope of a section on it; absent when `nil`.
    static func object<Item: TemplateModel>(_ read: @escaping @Sendable (Model) -> Item?) -> Self {
        Self(shape: .object(Item.schema)) { read($0) }
    }
    /// Interface strings, named as `t.key` or `attr.key`.
    static func strings(_ read: @escaping @Sendable (Model) -> InterfaceTexts) -> Self { Self(shape: .strings) { read($0) } }
}

/// What a name in a template stands for.
indirect enum TemplateShape: Sendable {
    case text, flag, texts, strings
    case list(TemplateSchema)
    case object(TemplateSchema)
}

/// The names a model offers, with their shapes.
struct TemplateSchema: Sendable {
    var name: String
    var shapes: [String: TemplateShape]
    /// For the inside of a section whose name is unknown (already an error): names there are not
    /// reported again.
    var acceptsAnything = false

    /// The union of several models read as one (a page: its own fields, then the language's).
    static func union(_ name: String, _ parts: [TemplateSchema]) -> TemplateSchema {
        var shapes: [String: TemplateShape] = [:]
        for part in parts { shapes.merge(part.shapes) { first, _ in first } }
        return TemplateSchema(name: name, shapes: shapes)
    }

    /// The scope inside a section whose name is unknown.
    static let unknown = TemplateSchema(name: "an unknown value", shapes: [:], acceptsAnything: true)
}

/// A language's interface strings as templates read them: `t.key` (HTML, tagged where it falls back to
/// another language) or `attr.key` (for attribute values).
struct InterfaceTexts: MustacheParent, Sendable {
    let texts: [String: HTMLText]
    func child(named name: String) -> Any? { texts[name] }
}
