/// One stored turn of a conversation, as sent to and received from the model.
package struct ChatTurn: Sendable, Equatable, Codable {
    package enum Role: String, Sendable, Codable {
        case user
        case assistant
    }

    package var role: Role
    package var content: String

    package init(role: Role, content: String) {
        self.role = role
        self.content = content
    }
}
