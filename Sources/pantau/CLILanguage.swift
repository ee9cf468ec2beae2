public import ArgumentParser
import Foundation
import PantauCore
import PantauYAML

/// The language of the command line's messages, known before the arguments are parsed so that
/// help texts can be in it too: `--lang` on the command line, else `PANTAU_LANG`, else Indonesian.
enum CLILanguage {
    static let current: Language = detect(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static func detect(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
        }
        if let value = environment["PANTAU_LANG"], let language = Language(rawValue: value) { return language }
        return .default
    }
}

extension CLIText {
    /// The text in the command line's language.
    var localized: String { text(CLILanguage.current) }
}

extension Language: ExpressibleByArgument {}

extension Finding.Severity: ExpressibleByArgument {}
