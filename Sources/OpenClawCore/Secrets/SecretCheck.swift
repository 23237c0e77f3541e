/// The outcome of checking a value against its secret's format.
package enum SecretCheck: Sendable, Equatable {
    case valid
    /// The id is not one openclaw knows; the value was accepted without a format check.
    case unvalidated
    case invalid(SecretFormatError)
}

extension KnownSecret {
    /// The rule for an id: lowercase letters, digits and `_`, so it is a safe file name.
    package static let idRule = "1 to 64 characters of a-z, 0-9 and _"

    /// Refuses ids that could escape `secrets.dir` or clash with `.previous` and temp files.
    package static func checkId(_ id: String) throws(SecretFormatError) {
        let allowed = (1...64).contains(id.count)
            && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
        guard allowed else { throw SecretFormatError(code: .invalidId, secretId: id, rule: idRule) }
    }

    /// Checks `value` (already trimmed) for the secret `id`.
    package static func check(id: String, value: String) -> SecretCheck {
        guard !value.isEmpty else {
            return .invalid(SecretFormatError(code: .empty, secretId: id, rule: SecretFormat.nonEmpty.rule))
        }
        guard let known = named(id) else { return .unvalidated }
        return known.format.matches(value)
            ? .valid
            : .invalid(SecretFormatError(code: .invalidFormat, secretId: id, rule: known.format.rule))
    }

    /// Checks `value` by the roles the configuration gives the secret `id` (all must accept it),
    /// or by its id when the configuration does not use it.
    package static func check(id: String, value: String, roles: [SecretRole]) -> SecretCheck {
        guard !roles.isEmpty else { return check(id: id, value: value) }
        for role in roles {
            if case .invalid(let error) = role.check(value, secretId: id) { return .invalid(error) }
        }
        return .valid
    }

    /// Throws unless `value` is valid or unvalidated.
    package static func validate(id: String, value: String) throws(SecretFormatError) {
        if case .invalid(let error) = check(id: id, value: value) { throw error }
    }
}
