# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# Turns one `sotto COMMAND --help` (Qt's layout) into a man page subsection: the usage
# line as its title, the description as paragraphs, every two-column entry (options,
# arguments, a description's own table) as a tagged paragraph. An option whose entry
# is the same in `sotto --help` (the variable `global`, a file of that help) is left
# out: the page's OPTIONS says it once. make-manual runs it; -v global=FILE.

function roff(s,    out, i, c) {
    out = ""
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        out = out (c == "\\" ? "\\e" : c == "-" ? "\\-" : c)
    }
    c = substr(out, 1, 1)
    return (c == "." || c == "'") ? "\\&" out : out
}

# "-h, --help" and "--model <model>": names in bold, <values> in italics.
function tag(spec,    out, n, i, words) {
    n = split(spec, words, " ")
    out = ""
    for (i = 1; i <= n; i++)
        out = out (i > 1 ? " " : "") (words[i] ~ /^</ ? "\\fI" : "\\fB") roff(words[i]) "\\fR"
    return out
}

# Qt's entries: "  SPEC   TEXT" with TEXT wrapped onto deeper-indented lines.
function entries(line) {
    if (line ~ /^  [^ ]/) {
        finish()
        line = substr(line, 3)
        if (match(line, /   */)) {
            spec = substr(line, 1, RSTART - 1)
            text = substr(line, RSTART + RLENGTH)
        } else {
            spec = line
            text = ""
        }
        return 1
    }
    if (spec != "" && line ~ /^   /) {
        sub(/^ +/, "", line)
        text = text (text == "" ? "" : " ") line
        return 1
    }
    return 0
}

function finish() {
    if (spec == "")
        return
    if (collecting) {
        known[spec SUBSEP text] = 1
    } else if (!((spec SUBSEP text) in known)) {
        print ".TP"
        print (block == "arguments" ? "\\fI" roff(spec) "\\fR" : tag(spec))
        if (text != "")
            print roff(text)
        afterEntry = 1
    }
    spec = ""
    text = ""
}

BEGIN {
    collecting = 1
    while ((getline line < global) > 0) {
        if (line ~ /^Options:$/)
            inOptions = 1
        else if (line !~ /^ / && line != "")
            inOptions = 0
        if (inOptions && line !~ /^Options:$/)
            entries(line)
    }
    finish()
    collecting = 0
}

FNR == 1 && /^Usage: / {
    sub(/^Usage: /, "")
    print ".SS \"" roff($0) "\""
    next
}
/^Options:$/ { finish(); block = "options"; next }
/^Arguments:$/ { finish(); block = "arguments"; next }
entries($0) { next }
/^$/ { finish(); paragraph = 1; next }
{
    finish()
    if ((paragraph || afterEntry) && started)
        print ".PP"
    paragraph = 0
    afterEntry = 0
    started = 1
    print roff($0)
}
END { finish() }
