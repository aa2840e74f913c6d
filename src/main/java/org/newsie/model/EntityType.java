package org.newsie.model;

import java.util.Locale;

/** The kinds of names newsie finds. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION;

    /** The type name used in OpenNLP name-sample files ({@code person}, {@code location}, {@code organization}). */
    public String sampleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityType fromSampleName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
