/// `/<lang>/offices/`: the hotlines, the central offices, and every province by region.
struct OfficesContent: TemplateModel {
    var title: HTMLText
    var hotlineOffices: [OfficeSummary]
    var centralOffices: [OfficeSummary]
    var regions: [RegionItem]

    static let modelName = "the office index"
    static let fields: [String: TemplateField<Self>] = [
        "title": .text { $0.title },
        "hotlineOffices": .list { $0.hotlineOffices },
        "centralOffices": .list { $0.centralOffices },
        "hasCentral": .flag { !$0.centralOffices.isEmpty },
        "regions": .list { $0.regions },
    ]
}

/// A region of the office index with its provinces.
struct RegionItem: TemplateModel {
    var name: HTMLText
    var provinces: [ProvinceItem]

    static let modelName = "a region"
    static let fields: [String: TemplateField<Self>] = [
        "name": .text { $0.name },
        "provinces": .list { $0.provinces },
    ]
}

/// A province in the office index, with its offices.
struct ProvinceItem: TemplateModel {
    var names: PlaceNames
    var href: HTMLText
    var offices: [OfficeSummary]

    static let modelName = "a province"
    static let fields: [String: TemplateField<Self>] = [
        "name": .text { $0.names.name },
        "nameThai": .text { $0.names.nameThai },
        "href": .text { $0.href },
        "offices": .list { $0.offices },
    ]
}

/// `/<lang>/offices/<province>/`: a province's offices in full.
struct ProvinceContent: TemplateModel {
    var names: PlaceNames
    var offices: [OfficeDetails]
    var hotlineOffices: [OfficeSummary]
    /// The province's minimum wage, when the site has the spreadsheet.
    var minimumWage: MinimumWageBox? = nil

    static let modelName = "a province's page"
    static let fields: [String: TemplateField<Self>] = [
        "name": .text { $0.names.name },
        "nameThai": .text { $0.names.nameThai },
        "offices": .list { $0.offices },
        "hasOffices": .flag { !$0.offices.isEmpty },
        "hotlineOffices": .list { $0.hotlineOffices },
        "minimumWage": .object { $0.minimumWage },
    ]
}

/// A province's minimum wage: the rate for the whole province (or its other districts), each district
/// with a rate of its own, and where to check for later changes; each line in the reader's language
/// with the Thai beside it.
struct MinimumWageBox: TemplateModel {
    var lines: [BesideThai]

    static let modelName = "a province's minimum wage"
    static let fields: [String: TemplateField<Self>] = ["lines": .list { $0.lines }]
}

/// A text in the reader's language and the same in Thai (absent on Thai pages).
struct BesideThai: TemplateModel {
    var text: HTMLText
    var thai: HTMLText?

    static let modelName = "a text beside its Thai"
    static let fields: [String: TemplateField<Self>] = [
        "text": .text { $0.text },
        "thai": .text { $0.thai },
    ]
}

/// A name in the reader's language (the Thai name, tagged, when there is none) and the Thai name when
/// the two differ, for showing beside it.
struct PlaceNames: Sendable {
    var name: HTMLText
    var nameThai: HTMLText?
}

/// An office in a list: its names, id, link and phones.
struct OfficeSummary: TemplateModel {
    var names: PlaceNames
    var id: HTMLText
    var href: HTMLText?
    var phones: [PhoneItem]

    static let modelName = "an office"
    static let fields: [String: TemplateField<Self>] = [
        "name": .text { $0.names.name },
        "nameThai": .text { $0.names.nameThai },
        "id": .text { $0.id },
        "href": .text { $0.href },
        "phones": .list { $0.phones },
        "hasPhones": .flag { !$0.phones.isEmpty },
    ]
}

/// A phone number: the `tel:` address and the number as written in Thailand.
struct PhoneItem: TemplateModel {
    var tel: HTMLText
    var display: HTMLText

    static let modelName = "a phone number"
    static let fields: [String: TemplateField<Self>] = [
        "tel": .text { $0.tel },
        "display": .text { $0.display },
    ]
}

/// Everything known about an office, and what is not known.
struct OfficeDetails: TemplateModel {
    var summary: OfficeSummary
    var kind: HTMLText
    var email: HTMLText?
    var mailto: HTMLText?
    var website: HTMLText?
    var address: HTMLText?
    var mapHref: HTMLText?
    var hours: HTMLText?
    var districts: HTMLText?
    var verified: HTMLText?
    var mayBeOld: Bool
    var source: HTMLText?
    var vcardHref: HTMLText

    static let modelName = "an office in full"
    static let fields: [String: TemplateField<Self>] = OfficeSummary.fields.mapValues { $0.reached { $0.summary } }.merging([
        "kind": .text { $0.kind },
        "email": .text { $0.email },
        "mailto": .text { $0.mailto },
        "website": .text { $0.website },
        "address": .text { $0.address },
        "mapHref": .text { $0.mapHref },
        "hours": .text { $0.hours },
        "districts": .text { $0.districts },
        "verified": .text { $0.verified },
        "mayBeOld": .flag { $0.mayBeOld },
        "source": .text { $0.source },
        "vcardHref": .text { $0.vcardHref },
    ]) { first, _ in first }
}
