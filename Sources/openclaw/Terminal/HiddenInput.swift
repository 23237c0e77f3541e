#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a line from standard input with the terminal's echo turned off, so a typed secret never
/// appears on screen (or in a terminal recording). The terminal is restored afterwards, also when
/// the user presses Ctrl-C while typing.
enum HiddenInput {
    /// The settings to put back if SIGINT arrives mid-prompt.
    ///
    /// Safe without a lock: written only on the main thread before the handler is installed and
    /// cleared after it is removed; the handler only reads it.
    private nonisolated(unsafe) static var savedForSignal: termios?

    /// Prints `prompt`, reads one line without echo; nil at end of input.
    /// When standard input is not a terminal (a pipe), it reads the line as it comes.
    static func readLine(prompt: String) -> String? {
        var saved = termios()
        guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &saved) == 0 else {
            Console.write(prompt)
            return Swift.readLine(strippingNewline: true)
        }
        var hidden = saved
        // Keep ECHONL so Enter still moves to a new line; ICANON stays on for line editing.
        hidden.c_lflag &= ~tcflag_t(ECHO)
        hidden.c_lflag |= tcflag_t(ECHONL)
        savedForSignal = saved
        let previousHandler = signal(SIGINT) { signalNumber in
            if var terminal = HiddenInput.savedForSignal {
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &terminal)
            }
            signal(signalNumber, SIG_DFL)
            raise(signalNumber)
        }
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            signal(SIGINT, previousHandler)
            savedForSignal = nil
        }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0 else { return nil }
        // The prompt comes after echo is off, so nothing typed in answer to it can be echoed.
        Console.write(prompt)
        return Swift.readLine(strippingNewline: true)
    }

    /// Whether prompts can be answered: standard input is a terminal.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }
}
