/// A scripted error response, served to the next `remaining` matching requests.
struct SimulatedFailure: Sendable {
    var status: Int
    var remaining: Int
    var retryAfter: String?
    /// Only requests for this model fail; nil fails any model.
    var model: String?
    /// Sent as `location`, making the failure a redirect.
    var location: String? = nil

    func matches(model requested: String) -> Bool {
        remaining > 0 && (model == nil || model == requested)
    }
}
