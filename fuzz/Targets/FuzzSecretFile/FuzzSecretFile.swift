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
enum SecretFileTarget {
    static let directory: SecretDirectory = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("openclaw-fuzz-secrets-\(ProcessInfo.processInfo.processIdentifier)").path
        let directory = SecretDirectory(path: path)
        do {
            try directory.prepare()
        } catch {
            fatalError("cannot prepare \(path): \(error)")
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
    /// Texts an error may legitimately contain; a value that is part of them is not an echo.
    static let fixedTexts = roles.map(\.format.rule) + KnownSecret.all.map(\.format.rule) + [SecretFormat.nonEmpty.rule]

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let data = Data(bytes)
        // The exact bytes, as an operator's editor or `echo` may leave them.
        guard FileManager.default.createFile(atPath: directory.file(id), contents: data, attributes: [.posixPermissions: 0o600]) else {
            fatalError("cannot write the secret file")
        }
        let reader = SecretReader(directory: directory.path, environment: [variable: String(decoding: data, as: UTF8.self)])
        let fromFile = try? reader.read(.file(id), for: "fuzz.secret")
        if !data.contains(0), String(decoding: data, as: UTF8.self).utf8.elementsEqual(data) {
            let fromEnvironment = try? reader.read(SecretRef(source: .env, id: variable), for: "fuzz.secret")
            fuzzCheck(fromFile == fromEnvironment, "a file and a variable with the same text give different values")
        }
        if let value = fromFile {
            checkFormats(value)
        }
        checkMetadata(data, observed: directory.observe(id))
    }

    static func checkFormats(_ value: String) {
        for role in roles {
            if case .invalid(let error) = role.check(value, secretId: id) {
                checkNoEcho(error.description, of: value)
            }
        }
        for known in KnownSecret.all {
            if case .invalid(let error) = KnownSecret.check(id: known.id, value: value) {
                checkNoEcho(error.description, of: value)
            }
        }
        if SecretFormat.storageEncryptionKey.matches(value) {
            fuzzCheck((try? SealingKey(base64: value)) != nil, "the storage-key format accepts a value the sealing key refuses")
            fuzzCheck((try? AuditSigningKey(base64: value)) != nil, "the storage-key format accepts a value the audit signing key refuses")
        }
    }

    static func checkNoEcho(_ message: String, of value: String) {
        guard value.count >= 8, !fixedTexts.contains(where: { $0.contains(value) }) else { return }
        fuzzCheck(!message.contains(value), "an error quotes the secret's value")
    }

    static func checkMetadata(_ data: Data, observed: SecretObservation) {
        guard FileManager.default.createFile(atPath: directory.metadataFile, contents: data, attributes: [.posixPermissions: 0o600]) else {
            fatalError("cannot write the metadata file")
        }
        guard let metadata = try? directory.loadMetadata() else { return }
        for (secretId, entry) in metadata.secrets {
            _ = SecretStatus.evaluate(id: secretId, observation: observed, entry: entry, policy: SecretPolicy(), now: now)
            _ = directory.previousValue(secretId, now: now)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    SecretFileTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
