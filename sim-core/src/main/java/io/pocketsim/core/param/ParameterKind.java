package io.pocketsim.core.param;

/** The type of values a parameter accepts. */
public enum ParameterKind {
    /** A finite real number, optionally bounded. */
    NUMBER,
    /** A whole number (stored as a double), optionally bounded. */
    INTEGER,
    /** One string out of a fixed list of choices. */
    CHOICE,
    /** Either a finite number (optionally bounded) or one string out of a fixed list (e.g. "Dynamic"). */
    NUMBER_OR_CHOICE,
    /** A string matching a pattern described by the spec (e.g. "GFPR*1.25"), or a number. */
    NUMBER_OR_EXPRESSION,
    /** An ordered list of strings, each from a fixed list of choices (e.g. the corrections switched on). */
    CHOICE_LIST
}
