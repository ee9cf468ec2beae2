internal import CYAML

/// A 1-based position as libyaml reports it (libyaml counts from 0; this type already adds 1).
struct YAMLMark: Equatable {
    var line: Int
    var column: Int

    init(_ mark: yaml_mark_t) {
        line = Int(mark.line) + 1
        column = Int(mark.column) + 1
    }

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One libyaml event, copied into Swift values so that nothing points into libyaml memory.
enum YAMLEvent {
    case streamStart
    case streamEnd(YAMLMark)
    case documentStart(YAMLMark)
    case documentEnd
    case alias(anchor: String, at: YAMLMark)
    case scalar(Node.Scalar, tag: String?, anchor: String?, at: YAMLMark)
    case sequenceStart(tag: String?, anchor: String?, at: YAMLMark)
    case sequenceEnd
    case mappingStart(tag: String?, anchor: String?, at: YAMLMark)
    case mappingEnd
}

/// Why libyaml stopped.
enum YAMLParseFailure: Error, Equatable {
    /// The bytes are not valid UTF-8, or hold characters YAML forbids; `offset` counts bytes.
    case reader(problem: String, offset: Int, value: Int)
    /// The scanner or the parser found text that is not YAML.
    case syntax(problem: String, context: String?, at: YAMLMark)
    /// libyaml could not allocate memory.
    case memory
}

/// Owns a libyaml event parser and the input it reads: `init` sets both up, `deinit` frees them.
///
/// The parser struct and the input live at fixed heap addresses, because libyaml keeps
/// pointers into the input for as long as it parses.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var finished = false

    /// `nil` when libyaml cannot even allocate its parser.
    init?(bytes: some Collection<UInt8>) {
        input = .allocate(capacity: max(bytes.count, 1))
        let count = input.initialize(fromContentsOf: bytes)
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deinitialize(count: 1)
            parser.deallocate()
            input.deallocate()
            return nil
        }
        // Only UTF-8 is accepted: libyaml would otherwise guess UTF-16 from a byte order mark.
        // The loader strips a UTF-8 byte order mark before it gets here.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or why there is none. After the end of the stream or a failure, every
    /// further call reports the end of the stream again rather than asking libyaml.
    func next() -> Result<YAMLEvent, YAMLParseFailure> {
        if finished { return .success(.streamEnd(YAMLMark(line: 1, column: 1))) }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            finished = true
            return .failure(failure())
        }
        defer { yaml_event_delete(&event) }
        let mark = YAMLMark(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .success(.streamStart)
        case YAML_STREAM_END_EVENT:
            finished = true
            return .success(.streamEnd(mark))
        case YAML_DOCUMENT_START_EVENT:
            return .success(.documentStart(mark))
        case YAML_DOCUMENT_END_EVENT:
            return .success(.documentEnd)
        case YAML_ALIAS_EVENT:
            return .success(.alias(anchor: Self.string(event.data.alias.anchor) ?? "", at: mark))
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value: String
            if let pointer = data.value {
                value = String(decoding: UnsafeBufferPointer(start: pointer, count: data.length), as: UTF8.self)
            } else {
                value = ""
            }
            let scalar = Node.Scalar(value, style: Self.style(data.style))
            return .success(.scalar(scalar, tag: Self.tag(data.tag), anchor: Self.string(data.anchor), at: mark))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .success(.sequenceStart(tag: Self.tag(data.tag), anchor: Self.string(data.anchor), at: mark))
        case YAML_SEQUENCE_END_EVENT:
            return .success(.sequenceEnd)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .success(.mappingStart(tag: Self.tag(data.tag), anchor: Self.string(data.anchor), at: mark))
        case YAML_MAPPING_END_EVENT:
            return .success(.mappingEnd)
        default:
            // YAML_NO_EVENT: libyaml has nothing more to say.
            finished = true
            return .success(.streamEnd(mark))
        }
    }

    private func failure() -> YAMLParseFailure {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.pointee.error {
        case YAML_READER_ERROR:
            return .reader(problem: problem, offset: parser.pointee.problem_offset, value: Int(parser.pointee.problem_value))
        case YAML_MEMORY_ERROR:
            return .memory
        case YAML_SCANNER_ERROR where parser.pointee.context != nil && problem.contains("end of stream"):
            // A token left open to the end of the file (an unclosed quote, say) is reported by
            // libyaml at the end of the file; its context mark is where the token starts, which
            // is where the user must look.
            let context = parser.pointee.context.map { String(cString: $0) }
            return .syntax(problem: problem, context: context, at: YAMLMark(parser.pointee.context_mark))
        default:
            let context = parser.pointee.context.map { String(cString: $0) }
            return .syntax(problem: problem, context: context, at: YAMLMark(parser.pointee.problem_mark))
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The tag as libyaml resolved it; the non-specific tags `!` and `?` say nothing and become `nil`.
    private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = string(pointer), tag != "!", tag != "?", !tag.isEmpty else { return nil }
        return tag
    }

    private static func style(_ style: yaml_scalar_style_t) -> Node.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
