#!/usr/bin/env python3
"""Lists Swift functions and declarations longer than the project's limit (120 lines).

Usage: check-function-length.py [--max N] PATH...

PATH is a directory (searched for *.swift files) or a file. Measured, from the line of the keyword to the line of the
closing brace: every `func`, `init`, `deinit` and `subscript` with a body (nested ones too), and every property
declared in a type or extension (`let`/`var`, stored with its initializer expression, or computed), so that a long
table literal counts like a long function. File-level declarations (such as the package manifest) are not measured. Comments, string literals (including multi-line `\"\"\"` strings, raw
`#"…"#` strings and interpolations) and regex literals `#/…/#` are skipped, so braces inside them are not counted.

Prints one line per offender, longest first (`LINES PATH:LINE DECLARATION`), and exits with status 1 when there is
any offender, 0 when there is none, 2 on a usage error.
"""

import os
import sys

DEFAULT_LIMIT = 120
TYPE_KEYWORDS = {"class", "struct", "enum", "extension", "protocol", "actor"}
FUNCTION_KEYWORDS = {"func", "init", "deinit", "subscript"}
PROPERTY_KEYWORDS = {"let", "var"}
# Keywords after which a pending `func`/`init` without a body is abandoned (a protocol requirement).
DECLARATION_KEYWORDS = TYPE_KEYWORDS | FUNCTION_KEYWORDS | PROPERTY_KEYWORDS | {"case", "typealias", "associatedtype"}
# A property's declaration goes on past the end of a line when the next line starts with one of these.
CONTINUATION_STARTS = (".", "+", "-", "*", "/", "%", "&", "|", "?", ":", "=", "<", ">", "^", "{")


def mask(text):
    """`text` with comments blanked (newlines kept) and each string or regex literal turned into `(  )`."""
    out = list(text)
    n = len(text)

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    def bracket(a, b):
        """Marks a literal as a parenthesised group, so that a multi-line one counts as one expression."""
        if b - a >= 2 and text[b - 1] != "\n":
            out[a], out[b - 1] = "(", ")"

    def skip_string(i):
        """`i` is at the first `#` or quote of a string literal; returns the index just after it."""
        hashes = 0
        while text[i] == "#":
            hashes += 1
            i += 1
        multiline = text.startswith('"""', i)
        i += 3 if multiline else 1
        closing = ('"""' if multiline else '"') + "#" * hashes
        escape = "\\" + "#" * hashes
        while i < n:
            if text.startswith(escape, i):
                i += len(escape)
                if i < n and text[i] == "(":
                    i = skip_code(i + 1, ")")
                elif i < n:
                    i += 1
            elif text.startswith(closing, i):
                return i + len(closing)
            elif text[i] == "\n" and not multiline:
                return i  # unterminated single-line literal: stop at the line's end
            else:
                i += 1
        return n

    def skip_code(i, until=None):
        """Scans code from `i`; with `until`, stops just after the unbalanced closing parenthesis."""
        depth = 0
        while i < n:
            c = text[i]
            if text.startswith("//", i):
                end = text.find("\n", i)
                end = n if end < 0 else end
                blank(i, end)
                i = end
            elif text.startswith("/*", i):
                start, level = i, 0
                while i < n:
                    if text.startswith("/*", i):
                        level += 1
                        i += 2
                    elif text.startswith("*/", i):
                        level -= 1
                        i += 2
                        if level == 0:
                            break
                    else:
                        i += 1
                blank(start, i)
            elif c == '"' or (c == "#" and text[i:].lstrip("#").startswith('"')):
                start = i
                i = skip_string(i)
                blank(start, i)
                bracket(start, i)
            elif c == "#" and text[i:].lstrip("#").startswith("/"):
                start, hashes = i, 0
                while text[i] == "#":
                    hashes += 1
                    i += 1
                end = text.find("/" + "#" * hashes, i + 1)
                i = n if end < 0 else end + 1 + hashes
                blank(start, i)
                bracket(start, i)
            elif until and c == "(":
                depth += 1
                i += 1
            elif until and c == ")":
                if depth == 0:
                    return i + 1
                depth -= 1
                i += 1
            else:
                i += 1
        return n

    skip_code(0)
    return "".join(out)


def tokens(code):
    """Yields (line, token, preceded by a dot) for identifiers and the characters `{}()[]` and newlines."""
    line, i, n = 1, 0, len(code)
    previous = ""
    while i < n:
        c = code[i]
        if c == "\n":
            yield line, "\n", False
            line += 1
            i += 1
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (code[j].isalnum() or code[j] == "_"):
                j += 1
            yield line, code[i:j], previous == "."
            previous = "a"
            i = j
        elif c == "`":  # an escaped identifier is never a keyword
            j = code.find("`", i + 1)
            i = n if j < 0 else j + 1
            previous = "a"
        else:
            if c in "{}()[]":
                yield line, c, False
            if not c.isspace():
                previous = c
            i += 1


def next_content(code_lines, line):
    """The first non-blank text after line `line` (1-based), stripped, or ''."""
    for text in code_lines[line:]:
        if text.strip():
            return text.strip()
    return ""


def long_declarations(path, limit):
    """(length, line, text) of every declaration in the file over `limit` lines."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = mask(source)
    code_lines = code.split("\n")
    source_lines = source.split("\n")
    found = []
    # The scopes open at this point: each is [opening character, kind, start line]; kinds are "type", "function"
    # (a body being measured), "code" and, for parentheses and brackets, "group".
    stack = []
    pending = None  # "type" or ("function", line) until its opening brace
    prop = None  # (start line, stack depth, last line with content) of a property declared in a type
    last_content = 0

    def member_level():
        return bool(stack) and stack[-1][1] == "type"

    def finish_property():
        nonlocal prop
        start, _, end = prop
        if end - start + 1 > limit:
            found.append((end - start + 1, start, source_lines[start - 1].strip()))
        prop = None

    for line, tok, after_dot in tokens(code):
        if tok == "\n":
            if prop and len(stack) == prop[1] and not next_content(code_lines, line).startswith(CONTINUATION_STARTS):
                prop = (prop[0], prop[1], last_content)
                finish_property()
            continue
        last_content = line
        if prop:
            prop = (prop[0], prop[1], line)
        if tok in ("(", "["):
            stack.append([tok, "group", line])
        elif tok == "{":
            kind = "code"
            if pending is not None and (not stack or stack[-1][1] != "group"):
                kind = "type" if pending == "type" else "function"
                if kind == "function":
                    line = pending[1]
                pending = None
            stack.append(["{", kind, line])
        elif tok in ("}", ")", "]"):
            if tok == "}" and isinstance(pending, tuple) and len(stack) == pending[2]:
                pending = None  # a requirement without a body; its scope closes
            if stack:
                _, kind, start = stack.pop()
                if kind == "function" and line - start + 1 > limit:
                    found.append((line - start + 1, start, source_lines[start - 1].strip()))
            if prop and len(stack) < prop[1]:
                finish_property()
        elif after_dot:
            continue
        elif tok in TYPE_KEYWORDS and (not stack or stack[-1][1] != "group"):
            pending = "type"
        elif tok in FUNCTION_KEYWORDS:
            pending = ("function", line, len(stack))
        elif tok in DECLARATION_KEYWORDS and isinstance(pending, tuple) and len(stack) == pending[2]:
            pending = None
        if tok in PROPERTY_KEYWORDS and not after_dot:
            if pending == "type":
                pending = None  # `class var`: a modifier, not a class
            if member_level() and prop is None:
                prop = (line, len(stack), line)
    if prop:
        finish_property()
    return found


def swift_files(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if f.endswith(".swift"):
                    yield os.path.join(root, f)


def main(argv):
    args = argv[1:]
    limit = DEFAULT_LIMIT
    if len(args) >= 2 and args[0] == "--max":
        if not args[1].isdigit():
            print("--max needs a number of lines", file=sys.stderr)
            return 2
        limit, args = int(args[1]), args[2:]
    if not args or any(a.startswith("-") for a in args):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    missing = [a for a in args if not os.path.exists(a)]
    if missing:
        print("no such file or directory: " + ", ".join(missing), file=sys.stderr)
        return 2
    offenders = []
    for path in swift_files(args):
        offenders += [(n, path, line, text) for n, line, text in long_declarations(path, limit)]
    offenders.sort(key=lambda o: (-o[0], o[1], o[2]))
    for n, path, line, text in offenders:
        print(f"{n} {path}:{line} {text[:90]}")
    if offenders:
        print(f"{len(offenders)} declaration(s) over {limit} lines", file=sys.stderr)
    return 1 if offenders else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
