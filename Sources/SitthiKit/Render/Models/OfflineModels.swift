/// `/<lang>/offline/`: what the phone keeps for reading without a connection. The pages every reader of
/// the language has once she opened one are listed here; the pages she opened herself are added by the
/// page's script from the service worker's cache (there is no other way to know them).
struct OfflineContent: TemplateModel {
    var title: HTMLText
    /// The pages kept for every reader of the language: the home, the office index and `offline_pages`.
    var kept: [ListItem]

    static let modelName = "the offline page"
    static let fields: [String: TemplateField<Self>] = [
        "title": .text { $0.title },
        "kept": .list { $0.kept },
    ]
}
