import OpenClawCore
import Testing

@Suite struct AccessPolicyTests {
    static let alice: Int64 = 1001
    static let bob: Int64 = 1002
    static let group: Int64 = -100_500

    func telegram(
        dm: DMPolicy = .pairing,
        allowFrom: AllowList = AllowList(ids: [alice]),
        groupPolicy: GroupPolicy = .allowlist,
        groups: [String: GroupConfig] = [String(group): GroupConfig()],
        groupAllowFrom: AllowList? = nil
    ) -> TelegramConfig {
        TelegramConfig(
            botToken: .file("telegram_bot_token"), apiRoot: "https://api.telegram.org",
            dmPolicy: dm, allowFrom: allowFrom, groupPolicy: groupPolicy, groups: groups, groupAllowFrom: groupAllowFrom,
            webhookUrl: nil, webhookPath: "/telegram-webhook", webhookSecret: nil, textChunkLimit: 4000
        )
    }

    func dm(from sender: Int64, kind: InboundMessage.Kind = .message, isBot: Bool = false) -> InboundMessage {
        InboundMessage(updateId: 1, kind: kind, chatId: sender, chatKind: .direct, messageId: 1, senderId: sender, senderIsBot: isBot, text: "hi")
    }

    func groupMessage(from sender: Int64, mention: Bool, chat: Int64 = group) -> InboundMessage {
        InboundMessage(updateId: 1, chatId: chat, chatKind: .group, messageId: 1, senderId: sender, text: "hi", addressesBot: mention)
    }

    @Test func pairingPolicyOffersPairingToStrangersOnly() {
        let policy = AccessPolicy(telegram: telegram(), owners: [])
        #expect(policy.decide(dm(from: Self.alice), grantedDM: false) == .allow)
        #expect(policy.decide(dm(from: Self.bob), grantedDM: false) == .pairing)
        #expect(policy.decide(dm(from: Self.bob), grantedDM: true) == .allow)
    }

    @Test func allowlistPolicyIgnoresStrangersWithoutPairing() {
        let policy = AccessPolicy(telegram: telegram(dm: .allowlist), owners: [])
        #expect(policy.decide(dm(from: Self.bob), grantedDM: false) == .ignore(.notAllowlisted))
        #expect(policy.decide(dm(from: Self.alice), grantedDM: false) == .allow)
    }

    @Test func disabledAndOpenPolicies() {
        #expect(AccessPolicy(telegram: telegram(dm: .disabled), owners: [Self.alice]).decide(dm(from: Self.alice), grantedDM: true) == .ignore(.dmDisabled))
        let open = AccessPolicy(telegram: telegram(dm: .open, allowFrom: AllowList(allowsEveryone: true)), owners: [])
        #expect(open.decide(dm(from: Self.bob), grantedDM: false) == .allow)
    }

    @Test func ownersMayDM() {
        let policy = AccessPolicy(telegram: telegram(dm: .allowlist), owners: [Self.bob])
        #expect(policy.decide(dm(from: Self.bob), grantedDM: false) == .allow)
    }

    @Test func editsBotsAndServiceMessagesNeverReachTheModel() {
        let policy = AccessPolicy(telegram: telegram(dm: .open, allowFrom: AllowList(allowsEveryone: true)), owners: [])
        #expect(policy.decide(dm(from: Self.alice, kind: .edited), grantedDM: true) == .ignore(.editedMessage))
        #expect(policy.decide(dm(from: Self.alice, kind: .service), grantedDM: true) == .ignore(.serviceMessage))
        #expect(policy.decide(dm(from: Self.alice, kind: .channelPost), grantedDM: true) == .ignore(.channelPost))
        #expect(policy.decide(dm(from: Self.alice, isBot: true), grantedDM: true) == .ignore(.fromBot))
    }

    @Test func groupsRequireAMentionByDefault() {
        let policy = AccessPolicy(telegram: telegram(), owners: [])
        #expect(policy.decide(groupMessage(from: Self.alice, mention: false), grantedDM: false) == .ignore(.notMentioned))
        #expect(policy.decide(groupMessage(from: Self.alice, mention: true), grantedDM: false) == .allow)
    }

    @Test func groupMentionCanBeTurnedOffPerGroup() {
        let policy = AccessPolicy(telegram: telegram(groups: [String(Self.group): GroupConfig(requireMention: false)]), owners: [])
        #expect(policy.decide(groupMessage(from: Self.alice, mention: false), grantedDM: false) == .allow)
    }

    @Test func groupAllowlistChecksGroupAndSender() {
        let policy = AccessPolicy(telegram: telegram(), owners: [])
        #expect(policy.decide(groupMessage(from: Self.alice, mention: true, chat: -999), grantedDM: false) == .ignore(.groupNotAllowed))
        #expect(policy.decide(groupMessage(from: Self.bob, mention: true), grantedDM: false) == .ignore(.groupSenderNotAllowed))
    }

    @Test func pairingNeverGrantsGroupAccess() {
        // Bob was paired for DMs (grantedDM), but groupAllowFrom falls back to allowFrom only.
        let policy = AccessPolicy(telegram: telegram(), owners: [])
        #expect(policy.decide(groupMessage(from: Self.bob, mention: true), grantedDM: true) == .ignore(.groupSenderNotAllowed))
    }

    @Test func groupAllowFromOverridesAllowFromAndGroupEntryOverridesBoth() {
        let viaGroupAllowFrom = AccessPolicy(telegram: telegram(groupAllowFrom: AllowList(ids: [Self.bob])), owners: [])
        #expect(viaGroupAllowFrom.decide(groupMessage(from: Self.bob, mention: true), grantedDM: false) == .allow)
        #expect(viaGroupAllowFrom.decide(groupMessage(from: Self.alice, mention: true), grantedDM: false) == .ignore(.groupSenderNotAllowed))
        let perGroup = AccessPolicy(
            telegram: telegram(groups: [String(Self.group): GroupConfig(allowFrom: AllowList(allowsEveryone: true))]), owners: []
        )
        #expect(perGroup.decide(groupMessage(from: Self.bob, mention: true), grantedDM: false) == .allow)
    }

    @Test func wildcardGroupEntryAndDisabledGroups() {
        let wildcard = AccessPolicy(telegram: telegram(groups: ["*": GroupConfig()]), owners: [])
        #expect(wildcard.decide(groupMessage(from: Self.alice, mention: true, chat: -777), grantedDM: false) == .allow)
        let disabledEntry = AccessPolicy(telegram: telegram(groups: [String(Self.group): GroupConfig(enabled: false)]), owners: [])
        #expect(disabledEntry.decide(groupMessage(from: Self.alice, mention: true), grantedDM: false) == .ignore(.groupNotAllowed))
        let disabled = AccessPolicy(telegram: telegram(groupPolicy: .disabled), owners: [])
        #expect(disabled.decide(groupMessage(from: Self.alice, mention: true), grantedDM: false) == .ignore(.groupsDisabled))
    }

    @Test func openGroupPolicyStillRequiresMention() {
        let policy = AccessPolicy(telegram: telegram(groupPolicy: .open, groups: [:]), owners: [])
        #expect(policy.decide(groupMessage(from: Self.bob, mention: false, chat: -42), grantedDM: false) == .ignore(.notMentioned))
        #expect(policy.decide(groupMessage(from: Self.bob, mention: true, chat: -42), grantedDM: false) == .allow)
    }

    @Test func migratedGroupKeepsItsEntry() {
        let policy = AccessPolicy(telegram: telegram(), owners: [])
        let newId: Int64 = -100_999
        #expect(policy.decide(groupMessage(from: Self.alice, mention: true, chat: newId), grantedDM: false) == .ignore(.groupNotAllowed))
        #expect(policy.decide(groupMessage(from: Self.alice, mention: true, chat: newId), grantedDM: false, migratedFrom: Self.group) == .allow)
    }
}

@Suite struct SessionKeyTests {
    @Test func oneSessionPerDMPeerGroupAndForumTopic() {
        let dm = InboundMessage(updateId: 1, chatId: 5, chatKind: .direct, messageId: 1, senderId: 5, text: "x")
        let group = InboundMessage(updateId: 1, chatId: -10, chatKind: .group, messageId: 1, senderId: 5, text: "x")
        var topic = group
        topic.threadId = 42
        var otherTopic = group
        otherTopic.threadId = 43
        let keys = Set([dm, group, topic, otherTopic].map(SessionKey.init(for:)))
        #expect(keys.count == 4)
        var otherSender = group
        otherSender.senderId = 6
        #expect(SessionKey(for: otherSender) == SessionKey(for: group))
    }
}
