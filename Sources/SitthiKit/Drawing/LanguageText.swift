/// A text and the language it is written in, which decides its font and how its lines break.
struct LanguageText: Sendable, Hashable, Codable {
    var text: String
    var language: String
}
