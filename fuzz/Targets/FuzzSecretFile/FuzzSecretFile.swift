#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FuzzSupport
import OpenClawCore
import OpenClawFiles

/// A file in `secrets.dir`, read as each secret and as the metadata sidecar. The value is read the
/// same from a file and from an environment variable; every format check refuses without quoting
/// the value; a value the storage-key format accepts is one the sealing and signing keys take;
/// and the sidecar either loads or is refused, then dates it holds give a status without trapping.
///
/// Every input goes through the pure readers (the trimming the file reader does, the variable
/// reader, the sidecar's decoder); one in 64 also makes the real round trip through files in a
/// 0700 folder, so the file readers are held to the same answers.
enum SecretFileTarget {
    static let directory: SecretDirectory = {
        let directory = SecretDirectory(path: FuzzSample.scratchDirectory("secrets"))
        do {
            try directory.prepare()
        } catch {
            fatalError("cannot prepare \(directory.path): \(error)")
        }
        return directory
    }()
    static let id = "fuzz_secret"
    static let variable = "OPENCLAW_FUZZ_SECRET"
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    static let roles: [SecretRole] = [
        .telegramBotToken, .telegramWebhookSecret, .gatewayToken, .storageEncryptionKey, .auditSigningKey,
        .anthropicAPIKey, .openAIAPIKey, .providerKey,
    ]
    /// Every message a format check can give for our ids and rules, whatever the value: a value
    /// that is part of one is text the message shows anyway (a known secret's id, a rule), not an echo.
    static let fixedTexts: [String] = {
        let rules = roles.map(\.format.rule) + KnownSecret.all.map(\.format.rule) + [SecretFormat.nonEmpty.rule]
        let codes: [SecretFormatError.Code] = [.empty, .invalidFormat, .invalidId]
        return ([id] + KnownSecret.all.map(\.id)).flatMap { secretId in
            rules.flatMap { rule in codes.map { SecretFormatError(code: $0, secretId: secretId, rule: rule).description } }
        }
    }()

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let data = Data(bytes)
        let text = String(decoding: data, as: UTF8.self)
        // What `SecretReader` and `SecretDirectory.observe` make of a file's bytes.
        let trimmed = String(text.trimmingWhitespace())
        let fromText: String? = trimmed.isEmpty ? nil : trimmed
        let sameAsVariable = !data.contains(0) && text.utf8.elementsEqual(data)
        if sameAsVariable {
            let reader = SecretReader(directory: directory.path, environment: [variable: text])
            let fromEnvironment = try? reader.read(SecretRef(source: .env, id: variable), for: "fuzz.secret")
            fuzzCheck(fromText == fromEnvironment, "a file and a variable with the same text give different values")
        }
        if let value = fromText {
            checkFormats(value)
        }
        let observed: SecretObservation = fromText.map { .present(value: $0, mode: 0o600, modified: now) } ?? .missing
        if let metadata = try? SecretMetadata.decode(data) {
            evaluate(metadata, observed: observed)
        }
        if FuzzSample.chosen(bytes) {
            checkFiles(data, expected: fromText, sameAsVariable: sameAsVariable)
        }
    }

    /// The real files: the secret read from its file equals the pure reading, and the sidecar
    /// loads from disk exactly when its decoder accepts the bytes.
    static func checkFiles(_ data: Data, expected: String?, sameAsVariable: Bool) {
        // The exact bytes, as an operator's editor or `echo` may leave them.
        guard FileManager.default.createFile(atPath: directory.file(id), contents: data, attributes: [.posixPermissions: 0o600]) else {
            fatalError("cannot write the secret file")
        }
        let reader = SecretReader(directory: directory.path, environment: [:])
        let fromFile = try? reader.read(.file(id), for: "fuzz.secret")
        fuzzCheck(fromFile == expected, "the secret file reads differently from its bytes")
        let observed = directory.observe(id)
        if case .present(let value, _, _) = observed {
            fuzzCheck(value == (expected ?? ""), "observing the secret file reads differently from its bytes")
        }
        guard FileManager.default.createFile(atPath: directory.metadataFile, contents: data, attributes: [.posixPermissions: 0o600]) else {
            fatalError("cannot write the metadata file")
        }
        let decoded = (try? SecretMetadata.decode(data)) != nil
        guard let metadata = try? directory.loadMetadata() else {
            fuzzCheck(!decoded, "the sidecar is refused from disk but decodes from its bytes")
            return
        }
        fuzzCheck(decoded || data.isEmpty, "the sidecar loads from disk but its bytes do not decode")
        evaluate(metadata, observed: observed)
        for secretId in metadata.secrets.keys {
            _ = directory.previousValue(secretId, now: now)
        }
    }

    static func evaluate(_ metadata: SecretMetadata, observed: SecretObservation) {
        for (secretId, entry) in metadata.secrets {
            _ = SecretStatus.evaluate(id: secretId, observation: observed, entry: entry, policy: SecretPolicy(), now: now)
        }
    }

    static func checkFormats(_ value: String) {
        // Whether the value is part of a fixed text: asked at most once per input, and only of a
        // message that holds the value (`String.contains` builds a search table per call: this
        // check was most of the target's time).
        let valueCharacters = Array(value)
        var isFixedText: Bool?
        func checkNoEcho(_ message: String) {
            guard valueCharacters.count >= 8, FuzzText.contains(Array(message), valueCharacters) else { return }
            if isFixedText == nil {
                isFixedText = fixedTexts.contains { $0.contains(value) }
            }
            fuzzCheck(isFixedText == true, "an error quotes the secret's value")
        }
        for role in roles {
            if case .invalid(let error) = role.check(value, secretId: id) {
                checkNoEcho(error.description)
            }
        }
        for known in KnownSecret.all {
            if case .invalid(let error) = KnownSecret.check(id: known.id, value: value) {
                checkNoEcho(error.description)
            }
        }
        if SecretFormat.storageEncryptionKey.matches(value) {
            fuzzCheck((try? SealingKey(base64: value)) != nil, "the storage-key format accepts a value the sealing key refuses")
            fuzzCheck((try? AuditSigningKey(base64: value)) != nil, "the storage-key format accepts a value the audit signing key refuses")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    SecretFileTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
