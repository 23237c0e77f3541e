import Foundation
import OpenClawCore
import Testing

@Suite struct PrivacyConfigTests {
    private let base = ConfigParserTests()

    @Test func defaultsKeepTextOutOfLogsAndEncryptAtRest() throws {
        let config = try base.parse(ConfigParserTests.minimal)
        #expect(config.logging.messages == .off)
        #expect(config.privacy == .defaults)
        #expect(config.privacy.encryptAtRest && config.privacy.retentionDays == 30 && config.privacy.auditRetentionDays == 365)
        #expect(config.secretReferences.contains { $0.0 == "privacy.encryptionKey" && $0.1 == .file("storage_encryption_key") })
        #expect(config.contentFilter == .default)
    }

    @Test func everyKeyIsRead() throws {
        let config = try base.parse(minimalWith: { tree in
            tree["logging"] = ["messages": "redacted"]
            tree["privacy"] = [
                "retentionDays": 7, "auditRetentionDays": 90, "encryptAtRest": false, "redactUpstream": true,
                "redactReplies": "all", "promptCanary": false, "replacements": ["email": "[email]", "telegram": "[bot token]"],
            ]
        })
        #expect(config.logging.messages == .redacted)
        #expect(config.privacy.retentionDays == 7 && config.privacy.auditRetentionDays == 90)
        #expect(!config.privacy.encryptAtRest && config.privacy.redactUpstream && !config.privacy.promptCanary)
        #expect(config.privacy.redactReplies == .all)
        #expect(!config.secretReferences.contains { $0.0 == "privacy.encryptionKey" })
        let redactor = Redactor(config.privacy.redaction(.all))
        #expect(redactor.redact("bob@example.com got +44 7700 900123") == "[email] got [PHONE]")
    }

    @Test func badValuesAreRefusedWithTheirPaths() {
        let issues = base.issues { tree in
            tree["logging"] = ["messages": "verbose"]
            tree["privacy"] = [
                "retentionDays": 0, "redactReplies": "some", "replacements": ["postcode": "[PC]", "email": ""],
                "encryptionKey": "c2VjcmV0LWtleS12YWx1ZS1pbmxpbmU=",
            ]
        }
        let paths = Set(issues.map(\.path))
        #expect(paths == [
            "logging.messages", "privacy.retentionDays", "privacy.redactReplies", "privacy.replacements.postcode",
            "privacy.replacements.email", "privacy.encryptionKey",
        ])
        #expect(!issues.contains { $0.message.contains("c2VjcmV0") })
    }

    /// A replacement outside square brackets would void "redacting the output finds nothing more":
    /// `+211+0123+::6=3+6` with the phone and address replaced by `<ip>` leaves a phone.
    @Test(arguments: ["<email>", "REDACTED", "(email)", "[email", "email]"])
    func aReplacementOutsideSquareBracketsIsRefused(text: String) {
        let issues = base.issues { tree in tree["privacy"] = ["replacements": ["email": text]] }
        #expect(issues.map(\.path) == ["privacy.replacements.email"])
        #expect(issues.first?.message.contains("must start with [ and end with ]") == true, "\(issues)")
    }
}
