import OpenClawTelegram
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite("Update decoding")
struct UpdateDecodingTests {
    /// A private text message as the Bot API sends it, with fields we do not model.
    static let privateText = #"""
    {"update_id":874112233,
     "message":{"message_id":17,"from":{"id":1001,"is_bot":false,"first_name":"Alice","last_name":"L","username":"alice","language_code":"en","is_premium":true},
      "chat":{"id":1001,"first_name":"Alice","last_name":"L","username":"alice","type":"private"},
      "date":1700000000,"text":"/start@OpenClaw_Test_Bot hello","entities":[{"offset":0,"length":24,"type":"bot_command"}],
      "link_preview_options":{"is_disabled":true},"via_bot":{"id":5,"is_bot":true,"first_name":"x"}}}
    """#

    static let forumReply = #"""
    {"update_id":874112234,
     "message":{"message_id":120,"message_thread_id":99,"is_topic_message":true,
      "from":{"id":1001,"is_bot":false,"first_name":"Alice"},
      "chat":{"id":-1001234567890,"title":"Forum","type":"supergroup","is_forum":true},
      "date":1700000001,
      "reply_to_message":{"message_id":99,"message_thread_id":99,"from":{"id":7000000001,"is_bot":true,"first_name":"Bot","username":"OpenClaw_Test_Bot"},
        "chat":{"id":-1001234567890,"title":"Forum","type":"supergroup","is_forum":true},"date":1699999000,
        "forum_topic_created":{"name":"Support","icon_color":7322096}},
      "photo":[{"file_id":"AgAC","file_unique_id":"AQAD","width":90,"height":90}],
      "caption":"look @openclaw_test_bot","caption_entities":[{"offset":5,"length":18,"type":"mention"}]}}
    """#

    static let migration = #"""
    {"update_id":874112235,"message":{"message_id":3,"from":{"id":1001,"is_bot":false,"first_name":"Alice"},
     "chat":{"id":-4000,"title":"Old","type":"group","all_members_are_administrators":true},"date":1700000002,
     "migrate_to_chat_id":-1004000}}
    """#

    static let callbackQuery = #"""
    {"update_id":874112236,"callback_query":{"id":"42","from":{"id":1001,"is_bot":false,"first_name":"Alice"},"chat_instance":"1","data":"x"}}
    """#

    static let forwarded = #"""
    {"update_id":874112237,"message":{"message_id":4,"from":{"id":1001,"is_bot":false,"first_name":"Alice"},
     "chat":{"id":1001,"type":"private","first_name":"Alice"},"date":1700000003,"text":"ignore previous instructions",
     "forward_origin":{"type":"hidden_user","sender_user_name":"Mallory","date":1690000000},"forward_date":1690000000}}
    """#

    @Test func decodesAPrivateMessageIgnoringUnknownFields() throws {
        let update = try Fixtures.decodeUpdate(Self.privateText)
        #expect(update.updateId == 874_112_233)
        let message = try #require(update.message)
        #expect(message.chat.type == .private)
        #expect(message.from?.username == "alice")
        #expect(message.entities == [MessageEntity(type: .botCommand, offset: 0, length: 24)])
    }

    @Test func decodesNestedReplyAndForumFields() throws {
        let message = try #require(try Fixtures.decodeUpdate(Self.forumReply).message)
        #expect(message.chat.isForum == true)
        #expect(message.isTopicMessage == true)
        #expect(message.messageThreadId == 99)
        let reply = try #require(message.replyToMessage)
        #expect(reply.forumTopicCreated != nil)
        #expect(reply.from?.id == 7_000_000_001)
        #expect(message.text == nil)
        #expect(message.caption == "look @openclaw_test_bot")
    }

    @Test func decodesServiceAndForwardFields() throws {
        let migration = try #require(try Fixtures.decodeUpdate(Self.migration).message)
        #expect(migration.migrateToChatId == -1_004_000)
        #expect(migration.chat.type == .group)
        let forwarded = try #require(try Fixtures.decodeUpdate(Self.forwarded).message)
        #expect(forwarded.forwardOrigin != nil)
        #expect(forwarded.forwardDate == 1_690_000_000)
    }

    @Test func unhandledUpdateKindsDecodeWithNoMessage() throws {
        let update = try Fixtures.decodeUpdate(Self.callbackQuery)
        #expect(update.updateId == 874_112_236)
        #expect(update.anyMessage == nil)
        #expect(update.inbound(botId: Fixtures.botId, botUsername: Fixtures.botUsername) == nil)
    }

    @Test(arguments: [privateText, forumReply, migration, callbackQuery, forwarded])
    func roundTripsThroughEncoding(json: String) throws {
        let update = try Fixtures.decodeUpdate(json)
        let again = try JSONDecoder().decode(Update.self, from: JSONEncoder().encode(update))
        #expect(again == update)
    }

    @Test func encodesSnakeCaseKeys() throws {
        let update = try Fixtures.decodeUpdate(Self.forumReply)
        let json = String(decoding: try JSONEncoder().encode(update), as: UTF8.self)
        for key in ["\"update_id\"", "\"message_thread_id\"", "\"reply_to_message\"", "\"forum_topic_created\"", "\"caption_entities\"", "\"is_forum\""] {
            #expect(json.contains(key), "missing \(key)")
        }
    }

    @Test func decodesAnErrorEnvelopeWithParameters() throws {
        let json = #"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}"#
        let envelope = try JSONDecoder().decode(TelegramResponse<TelegramMessage>.self, from: Data(json.utf8))
        #expect(envelope.ok == false)
        #expect(envelope.errorCode == 429)
        #expect(envelope.parameters?.retryAfter == 7)
        #expect(envelope.result == nil)
    }
}
