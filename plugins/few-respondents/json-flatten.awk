# Flattens one JSON text into lines `path<TAB>type<TAB>value`, one per scalar, in document order.
# path: keys and array indices joined by '.', such as `datasets.0.data.units.3.name`;
# type: s (string), n (number), b (boolean), z (null). Tabs and line breaks inside strings
# become spaces; \uXXXX escapes are kept as written. POSIX awk (mawk, gawk, busybox).

BEGIN { RS = "\001" }
{ text = text $0 }
END {
    n = length(text)
    i = 1
    value("")
}

function skip(    c) {
    while (i <= n) {
        c = substr(text, i, 1)
        if (c == " " || c == "\t" || c == "\n" || c == "\r") i++
        else break
    }
}

function emit(path, type, v) {
    gsub(/[\t\n\r]/, " ", v)
    print path "\t" type "\t" v
}

function join(path, key) { return path == "" ? key : path "." key }

function value(path,    c, start) {
    skip()
    c = substr(text, i, 1)
    if (c == "{") object(path)
    else if (c == "[") array(path)
    else if (c == "\"") emit(path, "s", string())
    else if (c == "t") { i += 4; emit(path, "b", "true") }
    else if (c == "f") { i += 5; emit(path, "b", "false") }
    else if (c == "n") { i += 4; emit(path, "z", "") }
    else {
        start = i
        while (i <= n && substr(text, i, 1) ~ /[-+0-9.eE]/) i++
        if (i == start) { print "json-flatten: unexpected '" c "' at byte " i > "/dev/stderr"; exit 2 }
        emit(path, "n", substr(text, start, i - start))
    }
}

function object(path,    key, c) {
    i++
    skip()
    if (substr(text, i, 1) == "}") { i++; return }
    while (i <= n) {
        skip()
        key = string()
        skip()
        i++    # ':'
        value(join(path, key))
        skip()
        c = substr(text, i, 1)
        i++
        if (c == "}") return
    }
}

function array(path,    k, c) {
    i++
    skip()
    if (substr(text, i, 1) == "]") { i++; return }
    k = 0
    while (i <= n) {
        value(join(path, k))
        k++
        skip()
        c = substr(text, i, 1)
        i++
        if (c == "]") return
    }
}

function string(    s, c, e) {
    i++    # opening quote
    s = ""
    while (i <= n) {
        c = substr(text, i, 1)
        if (c == "\"") { i++; return s }
        if (c == "\\") {
            e = substr(text, i + 1, 1)
            i += 2
            if (e == "n" || e == "t" || e == "r") s = s " "
            else if (e == "b" || e == "f") s = s ""
            else if (e == "u") s = s "\\u"
            else s = s e
            continue
        }
        s = s c
        i++
    }
    return s
}
