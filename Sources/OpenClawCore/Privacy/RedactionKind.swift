/// A kind of personal data or secret the redactor recognises.
package enum RedactionKind: String, CaseIterable, Sendable, Hashable, Codable {
    case email
    case phone
    case creditCard = "credit_card"
    case iban
    case ip
    case usSSN = "us_ssn"
    case anthropic
    case openai
    case telegram
    case github
    case aws
    case slack
    case google
    case jwt
    case bearer
    case privateKey = "private_key"
    case assignment

    /// Secret kinds: keys, tokens and credentials, as opposed to personal data.
    package static let secrets: Set<RedactionKind> = [
        .anthropic, .openai, .telegram, .github, .aws, .slack, .google, .jwt, .bearer, .privateKey, .assignment,
    ]

    /// Personal data kinds (PII).
    package static let personalData: Set<RedactionKind> = Set(allCases).subtracting(secrets)

    /// The token written in place of a match unless the configuration names another.
    package var defaultReplacement: String {
        switch self {
        case .email: "[EMAIL]"
        case .phone: "[PHONE]"
        case .creditCard: "[CREDIT_CARD]"
        case .iban: "[IBAN]"
        case .ip: "[IP]"
        case .usSSN: "[US_SSN]"
        default: "[SECRET:\(rawValue)]"
        }
    }

    /// Position in `allCases`, used as a bit in the redactor's enabled mask.
    var bit: UInt32 {
        switch self {
        case .email: 1 << 0
        case .phone: 1 << 1
        case .creditCard: 1 << 2
        case .iban: 1 << 3
        case .ip: 1 << 4
        case .usSSN: 1 << 5
        case .anthropic: 1 << 6
        case .openai: 1 << 7
        case .telegram: 1 << 8
        case .github: 1 << 9
        case .aws: 1 << 10
        case .slack: 1 << 11
        case .google: 1 << 12
        case .jwt: 1 << 13
        case .bearer: 1 << 14
        case .privateKey: 1 << 15
        case .assignment: 1 << 16
        }
    }
}
