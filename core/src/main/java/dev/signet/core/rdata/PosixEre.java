package dev.signet.core.rdata;

/**
 * A syntax check of POSIX extended regular expressions in the C locale, with the same
 * acceptance rules as BIND's {@code isc_regex_validate} (which NAPTR relies on): balanced
 * groups, no empty alternatives, repetition only after an atom and not twice in a row, bounds
 * {@code {m,n}} up to 255, well-formed bracket expressions with ordered ranges and known
 * character classes, back-references only to groups already opened.
 */
final class PosixEre {

    private static final String[] CLASSES = {":alnum:", ":digit:", ":punct:", ":alpha:", ":graph:", ":space:",
        ":blank:", ":lower:", ":upper:", ":cntrl:", ":print:", ":xdigit:"};

    private enum State { NORMAL, BOUND, BRACKET, COLLATING, EQUIVALENCE, CLASS }

    private PosixEre() {
    }

    /** The number of groups (subexpressions), or -1 if the expression is not valid. */
    static int countGroups(CharSequence re) {
        if (re.length() == 0) {
            return -1;
        }
        State state = State.NORMAL;
        boolean haveAtom = false;
        boolean wasRepeat = false;
        boolean emptyOk = false;
        int openGroups = 0;
        int groups = 0;
        // bound state
        boolean seenComma = false;
        boolean seenHigh = false;
        int low = 0;
        int high = 0;
        // bracket state
        boolean negated = false;
        boolean seenChar = false;
        int range = 0;          // 2 just after '-', 1 just after a range's end, 0 otherwise
        int rangeStart = 0;
        boolean seenElement = false;
        int classStart = 0;
        int n = re.length();
        int i = 0;
        while (i < n) {
            char c = re.charAt(i);
            switch (state) {
                case NORMAL -> {
                    switch (c) {
                        case '\\' -> {
                            if (i + 1 >= n) {
                                return -1;
                            }
                            char e = re.charAt(i + 1);
                            if (e >= '1' && e <= '9' && e - '0' > groups) {
                                return -1; // back-reference to a group not yet opened
                            }
                            haveAtom = true;
                            wasRepeat = false;
                            i += 2;
                        }
                        case '[' -> {
                            i++;
                            negated = false;
                            wasRepeat = false;
                            seenChar = false;
                            state = State.BRACKET;
                        }
                        case '{' -> {
                            if (i + 1 < n && re.charAt(i + 1) >= '0' && re.charAt(i + 1) <= '9') {
                                if (!haveAtom || wasRepeat) {
                                    return -1;
                                }
                                seenComma = false;
                                seenHigh = false;
                                low = 0;
                                high = 0;
                                state = State.BOUND;
                                wasRepeat = true;
                            } else {
                                wasRepeat = false;
                            }
                            haveAtom = true;
                            i++;
                        }
                        case '(' -> {
                            haveAtom = false;
                            wasRepeat = false;
                            emptyOk = true;
                            openGroups++;
                            groups++;
                            i++;
                        }
                        case ')' -> {
                            if (openGroups > 0 && !haveAtom && !emptyOk) {
                                return -1;
                            }
                            haveAtom = true;
                            wasRepeat = false;
                            if (openGroups > 0) {
                                openGroups--;
                            }
                            i++;
                        }
                        case '|' -> {
                            if (!haveAtom) {
                                return -1;
                            }
                            haveAtom = false;
                            emptyOk = false;
                            wasRepeat = false;
                            i++;
                        }
                        case '^', '$' -> {
                            haveAtom = true;
                            wasRepeat = true;
                            i++;
                        }
                        case '+', '*', '?' -> {
                            if (wasRepeat || !haveAtom) {
                                return -1;
                            }
                            wasRepeat = true;
                            i++;
                        }
                        default -> {
                            haveAtom = true;
                            wasRepeat = false;
                            i++;
                        }
                    }
                }
                case BOUND -> {
                    if (c >= '0' && c <= '9') {
                        if (!seenComma) {
                            low = low * 10 + (c - '0');
                            if (low > 255) {
                                return -1;
                            }
                        } else {
                            seenHigh = true;
                            high = high * 10 + (c - '0');
                            if (high > 255) {
                                return -1;
                            }
                        }
                    } else if (c == ',') {
                        if (seenComma) {
                            return -1;
                        }
                        seenComma = true;
                    } else if (c == '}') {
                        if (seenHigh && low > high) {
                            return -1;
                        }
                        state = State.NORMAL;
                    } else {
                        return -1;
                    }
                    i++;
                }
                case BRACKET -> {
                    boolean literal = false;
                    if (c == '^' && !seenChar && !negated) {
                        negated = true;
                        i++;
                    } else if (c == '-' && range != 2 && seenChar) {
                        if (range == 1) {
                            return -1;
                        }
                        range = 2;
                        i++;
                    } else if (c == '[') {
                        i++;
                        char k = i < n ? re.charAt(i) : '\0';
                        if (k == '.') {
                            if (range != 0) {
                                range--;
                            }
                            i++;
                            state = State.COLLATING;
                            seenElement = false;
                        } else if (k == '=' || k == ':') {
                            if (range == 2) {
                                return -1; // a class cannot end a range
                            }
                            classStart = i;
                            i++;
                            state = k == '=' ? State.EQUIVALENCE : State.CLASS;
                            seenElement = false;
                        }
                        seenChar = true;
                    } else if (c == ']' && seenChar) {
                        i++;
                        range = 0;
                        haveAtom = true;
                        state = State.NORMAL;
                    } else if (c == ']' && i + 1 >= n) {
                        return -1; // "[]" at the very end: unterminated
                    } else {
                        literal = true;
                    }
                    if (literal) {
                        seenChar = true;
                        if (range == 2 && c < rangeStart) {
                            return -1;
                        }
                        if (range != 0) {
                            range--;
                        }
                        rangeStart = c;
                        i++;
                    }
                }
                case COLLATING -> {
                    if (c == '.' && i + 1 < n && re.charAt(i + 1) == ']') {
                        if (!seenElement) {
                            return -1;
                        }
                        i += 2;
                        state = State.BRACKET;
                    } else {
                        rangeStart = seenElement ? 256 : c;
                        seenElement = true;
                        i++;
                    }
                }
                case EQUIVALENCE -> {
                    if (c == '=' && i + 1 < n && re.charAt(i + 1) == ']') {
                        if (!seenElement) {
                            return -1;
                        }
                        i += 2;
                        state = State.BRACKET;
                    } else {
                        seenElement = true;
                        i++;
                    }
                }
                case CLASS -> {
                    if (c == ':' && i + 1 < n && re.charAt(i + 1) == ']') {
                        if (!isKnownClass(re.subSequence(classStart, i + 1).toString())) {
                            return -1;
                        }
                        i += 2;
                        state = State.BRACKET;
                    } else {
                        i++;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (openGroups != 0 || state != State.NORMAL || !haveAtom) {
            return -1;
        }
        return groups;
    }

    private static boolean isKnownClass(String name) {
        for (String k : CLASSES) {
            if (k.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
