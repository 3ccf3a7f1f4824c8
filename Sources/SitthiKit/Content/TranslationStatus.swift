/// How far a translation has come: written (`draft`) or checked by a native speaker (`reviewed`).
enum TranslationStatus: String, Sendable, Hashable, CaseIterable {
    /// Written but not yet checked; pages show a notice in the reader's language.
    case draft
    /// Checked by a native speaker.
    case reviewed
}
