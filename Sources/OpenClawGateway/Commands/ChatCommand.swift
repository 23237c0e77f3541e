/// The chat commands an allowed sender can use; anything else goes to the model as text.
enum ChatCommand: String, CaseIterable {
    case start = "/start"
    case help = "/help"
    case new = "/new"
    case reset = "/reset"
    case status = "/status"
    case whoami = "/whoami"
    case usage = "/usage"
    case forgetMe = "/forgetme"
}
