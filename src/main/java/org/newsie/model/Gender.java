package org.newsie.model;

/** Grammatical gender of a person as the text reveals it (titles, first names, pronouns). */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
}
