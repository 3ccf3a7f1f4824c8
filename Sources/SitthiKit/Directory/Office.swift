/// One office or help line of the directory, from a row of `content/offices/offices.csv`.
struct Office: Sendable, Hashable {
    /// What an office is.
    enum Kind: String, Sendable, CaseIterable, Hashable {
        /// A provincial Labour Protection and Welfare Office.
        case provincial
        /// One of Bangkok's area offices.
        case bangkokArea = "bangkok_area"
        /// The Department's head office and divisions.
        case central
        /// A telephone help line.
        case hotline

        /// The interface string key of the kind's name.
        var stringKey: String { "office_kind_" + rawValue }
    }

    /// A stable identifier, used in the contact card's file name: `prov-th-50`.
    var id: String
    var kind: Kind
    /// The province code, for provincial, Bangkok area and central offices.
    var province: String?
    /// The name in each language that has one, by language code; Thai is always there.
    var names: [String: String]
    /// The address in Thai, as written on letters; empty when unknown.
    var address: String
    /// Phone numbers, checked and normalised; empty when none is known.
    var phones: [PhoneNumber]
    var email: String
    var website: String
    var hours: String
    /// For Bangkok area offices: the districts (เขต) the office covers.
    var districts: [String]
    /// When someone last checked the row against its source (the first day of the period written, for
    /// comparing); `nil` when never.
    var verified: CalendarDay?
    /// The check date as written: `2023-03-20`, `2019-04` or `2020`.
    var verifiedText: String
    /// Where the row's details come from.
    var source: String
    /// The row of the CSV file, for messages.
    var row: Int
}
