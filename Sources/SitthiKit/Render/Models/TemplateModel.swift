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

/// One field of a model: its shape, how to read it from a value, and what page-template frames need of
/// it (`PageFrames`): what a template can branch on, the text at a path below it, and the value a
/// frame's probe hands Mustache instead (a marker for each text). All typed: no casts.
struct TemplateField<Model>: Sendable {
    let shape: TemplateShape
    let read: @Sendable (Model) -> Any?
    /// Adds what a template can branch on (present or not, true or false, how many) to a page's outline.
    let outline: @Sendable (Model, inout [Int]) -> Void
    /// The text at a path below this field.
    let resolve: @Sendable (Model, ArraySlice<FrameStep>) -> HTMLText?
    /// The field as a frame's probe shows it to Mustache: each text a marker for its path.
    let probe: @Sendable (Model, [FrameStep], FrameProbe) -> Any?

    /// Ready HTML; absent when `nil` (a template's section on it is then skipped).
    static func text(_ read: @escaping @Sendable (Model) -> HTMLText?) -> Self {
        Self(
            shape: .text, read: { read($0) }, outline: { model, shape in shape.append(read(model) == nil ? 0 : 1) },
            resolve: { model, rest in rest.isEmpty ? read(model) : nil },
            probe: { model, path, probe in read(model) == nil ? nil : probe.marker(for: path) })
    }
    /// A yes or no for sections.
    static func flag(_ read: @escaping @Sendable (Model) -> Bool) -> Self {
        Self(
            shape: .flag, read: { read($0) }, outline: { model, shape in shape.append(read(model) ? 1 : 0) },
            resolve: { _, _ in nil }, probe: { model, _, _ in read(model) })
    }
    /// A list of ready HTML, each printed with `{{{.}}}`.
    static func texts(_ read: @escaping @Sendable (Model) -> [HTMLText]) -> Self {
        Self(
            shape: .texts, read: { read($0) }, outline: { model, shape in shape.append(read(model).count) },
            resolve: { model, rest in
                guard rest.count == 1, case .index(let index)? = rest.first else { return nil }
                let texts = read(model)
                return texts.indices.contains(index) ? texts[index] : nil
            },
            probe: { model, path, probe in read(model).indices.map { probe.marker(for: path + [.index($0)]) } })
    }
    /// A list of models, each the scope of one round of a section.
    static func list<Item: TemplateModel>(_ read: @escaping @Sendable (Model) -> [Item]) -> Self {
        Self(
            shape: .list(Item.schema), read: { read($0) },
            outline: { model, shape in
                let items = read(model)
                shape.append(items.count)
                for item in items { item.outline(into: &shape) }
            },
            resolve: { model, rest in
                guard case .index(let index)? = rest.first else { return nil }
                let items = read(model)
                return items.indices.contains(index) ? items[index].resolve(rest.dropFirst()) : nil
            },
            probe: { model, path, probe in
                read(model).enumerated().map { FrameProbeModel(model: $1, path: path + [.index($0)], probe: probe) }
            })
    }
    /// One model, the scope of a section on it; absent when `nil`.
    static func object<Item: TemplateModel>(_ read: @escaping @Sendable (Model) -> Item?) -> Self {
        Self(
            shape: .object(Item.schema), read: { read($0) },
            outline: { model, shape in
                guard let item = read(model) else { return shape.append(0) }
                shape.append(1)
                item.outline(into: &shape)
            },
            resolve: { model, rest in read(model)?.resolve(rest) },
            probe: { model, path, probe in read(model).map { FrameProbeModel(model: $0, path: path, probe: probe) } })
    }
    /// Interface strings, named as `t.key` or `attr.key`: the same on every page of a language, so a
    /// frame holds them as they are.
    static func strings(_ read: @escaping @Sendable (Model) -> InterfaceTexts) -> Self {
        Self(
            shape: .strings, read: { read($0) }, outline: { _, _ in }, resolve: { _, _ in nil },
            probe: { model, _, _ in FrameProbeStrings(strings: read(model)) })
    }

    /// The same field reached through a value that holds the model.
    func reached<Outer>(through part: @escaping @Sendable (Outer) -> Model) -> TemplateField<Outer> {
        TemplateField<Outer>(
            shape: shape, read: { read(part($0)) }, outline: { outer, shape in outline(part(outer), &shape) },
            resolve: { outer, rest in resolve(part(outer), rest) }, probe: { outer, path, markers in probe(part(outer), path, markers) })
    }
}

extension TemplateModel {
    /// Adds what templates can branch on in this model to a page's outline.
    func outline(into shape: inout [Int]) {
        for field in Self.fields.values { field.outline(self, &shape) }
    }

    /// The text at a path in this model.
    func resolve(_ path: ArraySlice<FrameStep>) -> HTMLText? {
        guard case .field(let name)? = path.first else { return nil }
        return Self.fields[name]?.resolve(self, path.dropFirst())
    }

    /// A field as a frame's probe shows it.
    func probeChild(named name: String, at path: [FrameStep], probe: FrameProbe) -> Any? {
        Self.fields[name]?.probe(self, path + [.field(name)], probe)
    }
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
